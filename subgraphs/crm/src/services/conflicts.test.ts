import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { ADD_CALCULATION, ADD_NOTE, CREATE_DEAL, CREATE_POLICY, newPerson } from '../testing/operations';

describe('a stale version is a CONFLICT, never a silent overwrite', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let dealId: string;
  let clientId: string;
  let ref: Awaited<ReturnType<CrmHarness['reference']>>;

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    ref = await h.reference(org.orgId);
    const created = await h.ok<{ createDeal: { deal: { id: string; client: { id: string } } } }>(CREATE_DEAL, org.seller, { input: { title: 'Версии', newClient: newPerson() } });
    dealId = created.createDeal.deal.id;
    clientId = created.createDeal.deal.client.id;
  });
  afterAll(() => h?.close());

  it('two concurrent edits of a deal at the same version: one wins, the other conflicts', async () => {
    const edit = (title: string) =>
      h.run<{ updateDeal: { deal: { title: string; version: number } } }>('mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { title version } } }', {
        identity: org.seller,
        variables: { input: { id: dealId, version: 1, title } },
      });
    const results = await Promise.all([edit('Первый'), edit('Второй')]);
    const codes = results.map((r) => firstError(r)?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data!.updateDeal.deal;
    expect(winner.version).toBe(2);
    const read = await h.ok<{ deal: { title: string } }>('query($id: ID!) { deal(id: $id) { title } }', org.seller, { id: dealId });
    expect(read.deal.title).toBe(winner.title);
  });

  it('clients, journal entries, calculations and policies check the version they were read at', async () => {
    const client = await h.run('mutation($input: UpdateClientInput!) { updateClient(input: $input) { client { version } } }', {
      identity: org.seller,
      variables: { input: { id: clientId, version: 1, notes: 'a' } },
    });
    expect(client.errors).toBeUndefined();
    const staleClient = await h.run('mutation($input: UpdateClientInput!) { updateClient(input: $input) { client { version } } }', {
      identity: org.seller,
      variables: { input: { id: clientId, version: 1, notes: 'b' } },
    });
    expect(firstError(staleClient)).toMatchObject({ code: 'CONFLICT' });

    const note = await h.ok<{ addJournalEntry: { entry: { id: string } } }>(ADD_NOTE, org.seller, { input: { dealId, kind: 'NOTE', text: 'v1' } });
    const editNote = (version: number, text: string) =>
      h.run('mutation($input: EditJournalEntryInput!) { editJournalEntry(input: $input) { entry { version } } }', {
        identity: org.seller,
        variables: { input: { id: note.addJournalEntry.entry.id, version, text } },
      });
    expect((await editNote(1, 'v2')).errors).toBeUndefined();
    expect(firstError(await editNote(1, 'v2 again'))).toMatchObject({ code: 'CONFLICT', field: 'input.version' });

    const calc = await h.ok<{ addCalculation: { calculation: { id: string } } }>(ADD_CALCULATION, org.seller, {
      input: { dealId, insurerId: ref.insurerId, productId: ref.productId, premium: { amount: '500', currency: 'RUB' }, commissionRate: '0.1' },
    });
    const updateCalc = (version: number) =>
      h.run('mutation($input: UpdateCalculationInput!) { updateCalculation(input: $input) { calculation { version } } }', {
        identity: org.seller,
        variables: { input: { id: calc.addCalculation.calculation.id, version, status: 'READY' } },
      });
    expect((await updateCalc(1)).errors).toBeUndefined();
    // v2 (ADR 0041): only what changed, before and after.
    expect((await h.published('crm.calculation.updated')).at(-1)?.data).toMatchObject({ changedFields: ['status'], changes: { status: { from: 'DRAFT', to: 'READY' } } });
    expect(firstError(await updateCalc(1))).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    const choose = await h.run('mutation($input: ChooseCalculationInput!) { chooseCalculation(input: $input) { chosen { id } } }', {
      identity: org.seller,
      variables: { input: { id: calc.addCalculation.calculation.id, version: 1 } },
    });
    expect(firstError(choose)).toMatchObject({ code: 'CONFLICT' });

    const policy = await h.ok<{ createPolicy: { policy: { id: string } } }>(CREATE_POLICY, org.seller, {
      input: { dealId, insurerId: ref.insurerId, productId: ref.productId, number: 'V-1', startDate: '2027-01-01', endDate: '2028-01-01', premium: { amount: '500', currency: 'RUB' }, commissionRate: '0.1' },
    });
    const updatePolicy = (version: number) =>
      h.run('mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { policy { version } } }', {
        identity: org.seller,
        variables: { input: { id: policy.createPolicy.policy.id, version, status: 'ACTIVE', premium: { amount: '600', currency: 'RUB' } } },
      });
    expect(firstError(await updatePolicy(1))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.instalments' });
    const ok = await h.run('mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { policy { version } } }', {
      identity: org.seller,
      variables: { input: { id: policy.createPolicy.policy.id, version: 1, number: 'V-1a' } },
    });
    expect(ok.errors).toBeUndefined();
    expect((await h.published('crm.policy.updated')).at(-1)?.data).toMatchObject({ changedFields: ['number'], changes: { number: { from: 'V-1', to: 'V-1a' } } });
    expect(firstError(await updatePolicy(1))).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
  });
});
