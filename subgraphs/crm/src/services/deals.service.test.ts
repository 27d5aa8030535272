import { crmDealUpdatedV1Schema, dataSchemaUri } from '@crm/contracts';
import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { CREATE_CLIENT, CREATE_DEAL, newPerson } from '../testing/operations';

describe('deals and clients', () => {
  let h: CrmHarness;
  let org: TestOrg;
  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
  });
  afterAll(() => h?.close());

  it('creates a deal with a new client in one call and warns about a likely duplicate', async () => {
    const first = await h.ok<{ createDeal: { deal: { id: string; client: { id: string } }; duplicates: unknown[] } }>(CREATE_DEAL, org.seller, {
      input: { title: 'КАСКО Петров', newClient: newPerson() },
    });
    expect(first.createDeal.duplicates).toEqual([]);
    // Same phone spelled the Russian long-distance way, e-mail in capitals: still the same person.
    const second = await h.ok<{ createDeal: { deal: { owner: { id: string } }; duplicates: { client: { id: string }; matchedOn: string[] }[] } }>(CREATE_DEAL, org.seller, {
      input: { title: 'ОСАГО Петров', newClient: newPerson({ phones: ['8 (916) 123 45 67'], emails: ['IVAN.PETROV@example.com'], firstName: 'Ваня' }) },
    });
    expect(second.createDeal.deal.owner.id).toBe(org.seller.userId);
    expect(second.createDeal.duplicates).toEqual([{ client: { id: first.createDeal.deal.client.id, displayName: 'Петров Иван' }, matchedOn: ['PHONE', 'EMAIL'] }]);
    expect((await h.published('crm.deal.created')).length).toBeGreaterThanOrEqual(2);
  });

  it('creates nothing when the new client is invalid (one transaction)', async () => {
    const before = (await h.published()).length;
    const result = await h.run(CREATE_DEAL, { identity: org.seller, variables: { input: { title: 'Без клиента', newClient: { kind: 'COMPANY' } } } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.newClient.companyName' });
    const both = await h.run(CREATE_DEAL, { identity: org.seller, variables: { input: { title: 'x' } } });
    expect(firstError(both)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientId' });
    expect((await h.published()).length).toBe(before);
  });

  it('finds duplicates by INN', async () => {
    const company = { kind: 'COMPANY', companyName: 'ООО Ромашка', inn: '7701234567' };
    await h.ok(CREATE_CLIENT, org.seller, { input: { client: company } });
    const again = await h.ok<{ createClient: { duplicates: { matchedOn: string[] }[] } }>(CREATE_CLIENT, org.seller, { input: { client: { ...company, companyName: 'Ромашка' } } });
    expect(again.createClient.duplicates.map((d) => d.matchedOn)).toEqual([['INN']]);
  });

  it('moves through valid stages only and needs a reason to lose', async () => {
    const created = await h.ok<{ createDeal: { deal: { id: string; version: number } } }>(CREATE_DEAL, org.seller, { input: { title: 'Стадии', newClient: newPerson({ phones: [], emails: [] }) } });
    const { id } = created.createDeal.deal;
    const stage = (version: number, s: string, lossReason?: string) =>
      h.run<{ changeDealStage: { deal: { stage: string; version: number } } }>(
        'mutation($input: ChangeDealStageInput!) { changeDealStage(input: $input) { deal { stage version } } }',
        { identity: org.seller, variables: { input: { id, version, stage: s, lossReason } } },
      );
    expect(firstError(await stage(1, 'ACTIVE'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stage' });
    expect(firstError(await stage(1, 'CLOSED_LOST'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lossReason' });
    expect((await stage(1, 'CALCULATION')).data?.changeDealStage.deal).toEqual({ stage: 'CALCULATION', version: 2 });
    // The first version is stale now.
    expect(firstError(await stage(1, 'NEGOTIATION'))).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    expect((await stage(2, 'CLOSED_LOST', 'Клиент ушёл к конкуренту')).data?.changeDealStage.deal.stage).toBe('CLOSED_LOST');
    const changed = await h.published('crm.deal.stage_changed');
    expect(changed.at(-1)?.data).toMatchObject({ dealId: id, from: 'CALCULATION', to: 'CLOSED_LOST', lossReason: 'Клиент ушёл к конкуренту', version: 3 });
  });

  it('publishes crm.deal.updated v3: the changed fields with before and after and the version produced, still readable as v1', async () => {
    const created = await h.ok<{ createDeal: { deal: { id: string; version: number } } }>(CREATE_DEAL, org.seller, { input: { title: 'До', newClient: newPerson({ phones: [], emails: [] }) } });
    const { id, version } = created.createDeal.deal;
    await h.ok('mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id } } }', org.seller, { input: { id, version, title: 'После', source: 'call' } });
    const event = (await h.published('crm.deal.updated')).at(-1)!;
    expect(event.dataschema).toBe(dataSchemaUri('crm.deal.updated', 3));
    expect(event.data).toMatchObject({ dealId: id, version: version + 1, changedFields: ['title', 'source'], changes: { title: { from: 'До', to: 'После' }, source: { from: null, to: 'call' } } });
    expect(crmDealUpdatedV1Schema.parse(event.data)).toMatchObject({ dealId: id, changedFields: ['title', 'source'] });
  });
});
