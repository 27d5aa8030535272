import { sql } from 'drizzle-orm';
import { createCrmHarness, firstError, type CrmHarness, type TestOrg } from '../../testing/crm-harness';
import { ADD_CALCULATION, CHOOSE_CALCULATION, CREATE_DEAL, CREATE_POLICY, newPerson } from '../../testing/operations';

/** Rows in every CRM table plus the outbox: "nothing written" means this does not move. */
async function footprint(h: CrmHarness): Promise<string> {
  const tables = ['clients', 'deals', 'deal_participants', 'journal_entries', 'journal_entry_revisions', 'calculations', 'policies', 'insurers', 'insurance_products', 'org_settings', 'outbox'];
  const counts = [];
  for (const table of tables) {
    const result = await h.db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM crm.${table}`));
    counts.push(`${table}=${(result as unknown as { rows: { n: number }[] }).rows[0]!.n}`);
  }
  return counts.join(' ');
}

describe('every mutation refuses bad input naming the field, writing nothing', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let dealId: string;
  let clientId: string;
  let calculationId: string;
  let ref: Awaited<ReturnType<CrmHarness['reference']>>;

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    ref = await h.reference(org.orgId);
    const created = await h.ok<{ createDeal: { deal: { id: string; client: { id: string } } } }>(CREATE_DEAL, org.seller, { input: { title: 'Сделка', newClient: newPerson() } });
    dealId = created.createDeal.deal.id;
    clientId = created.createDeal.deal.client.id;
    const calc = await h.ok<{ addCalculation: { calculation: { id: string } } }>(ADD_CALCULATION, org.seller, {
      input: { dealId, insurerId: ref.insurerId, productId: ref.productId, premium: { amount: '1000.00', currency: 'RUB' }, commissionRate: '0.1' },
    });
    calculationId = calc.addCalculation.calculation.id;
    await h.ok(CHOOSE_CALCULATION, org.seller, { input: { id: calculationId, version: 1 } });
  });
  afterAll(() => h?.close());

  const money = (amount: string) => ({ amount, currency: 'RUB' });
  const cases: [string, string, () => Record<string, unknown>, string][] = [
    ['createClient', 'CreateClientInput', () => ({ client: { kind: 'PERSON', firstName: 'A', emails: ['not-an-email'] } }), 'input.client.emails.0'],
    ['createClient', 'CreateClientInput', () => ({ client: { kind: 'PERSON', firstName: 'A', inn: '123' } }), 'input.client.inn'],
    ['updateClient', 'UpdateClientInput', () => ({ id: clientId, version: 1, lastName: '', firstName: '' }), 'input.lastName'],
    ['createClient', 'CreateClientInput', () => ({ client: { kind: 'PERSON', firstName: 'A', phones: ['+7 916 000-00-01', 'звонить в офис'] } }), 'input.client.phones.1'],
    ['deleteClient', 'DeleteClientInput', () => ({ id: 'nope', version: 1 }), 'input.id'],
    ['mergeClients', 'MergeClientsInput', () => ({ sourceId: clientId, sourceVersion: 1, targetId: clientId, targetVersion: 1 }), 'input.targetId'],
    ['createDeal', 'CreateDealInput', () => ({ title: '  ', clientId }), 'input.title'],
    ['createDeal', 'CreateDealInput', () => ({ title: 'x', clientId, expectedPremium: money('-5') }), 'input.expectedPremium.amount'],
    ['updateDeal', 'UpdateDealInput', () => ({ id: 'nope', version: 1 }), 'input.id'],
    ['changeDealStage', 'ChangeDealStageInput', () => ({ id: dealId, version: 1, stage: 'CLOSED_LOST' }), 'input.lossReason'],
    ['setDealArchived', 'SetDealArchivedInput', () => ({ id: dealId, version: 0, archived: true }), 'input.version'],
    ['addDealParticipant', 'DealParticipantInput', () => ({ dealId, userId: 'x' }), 'input.userId'],
    ['removeDealParticipant', 'DealParticipantInput', () => ({ dealId: 'x', userId: org.executor.userId }), 'input.dealId'],
    ['setDealReviewDate', 'SetDealReviewDateInput', () => ({ id: dealId, version: 1, reviewDate: '2027-01-01' }), 'input.reason'],
    ['snoozeDeal', 'SnoozeDealInput', () => ({ id: dealId, version: 1, days: 0, reason: 'x' }), 'input.days'],
    ['addJournalEntry', 'AddJournalEntryInput', () => ({ dealId, kind: 'SYSTEM', text: 'hi' }), 'input.kind'],
    ['addJournalEntry', 'AddJournalEntryInput', () => ({ dealId, kind: 'NOTE', text: '' }), 'input.text'],
    ['editJournalEntry', 'EditJournalEntryInput', () => ({ id: dealId, version: 1, text: ' ' }), 'input.text'],
    ['addCalculation', 'AddCalculationInput', () => ({ dealId, insurerId: ref.insurerId, productId: ref.productId, commissionRate: '1.5' }), 'input.commissionRate'],
    ['addCalculation', 'AddCalculationInput', () => ({ dealId, insurerId: ref.insurerId, productId: ref.otherProductId }), 'input.productId'],
    ['addCalculation', 'AddCalculationInput', () => ({ dealId, insurerId: ref.insurerId, productId: ref.productId, premium: money('1'), sumInsured: { amount: '5', currency: 'USD' } }), 'input.premium.currency'],
    ['addCalculation', 'AddCalculationInput', () => ({ dealId, insurerId: ref.insurerId, productId: ref.productId, status: 'CHOSEN' }), 'input.status'],
    ['updateCalculation', 'UpdateCalculationInput', () => ({ id: calculationId, version: 2, commissionRate: '0.1', commissionAmount: money('5') }), 'input.commissionAmount'],
    ['chooseCalculation', 'ChooseCalculationInput', () => ({ id: 'x', version: 1 }), 'input.id'],
    ['createPolicy', 'CreatePolicyInput', () => ({ dealId, calculationId, number: 'P-1', startDate: '2027-01-01', endDate: '2026-01-01' }), 'input.endDate'],
    ['createPolicy', 'CreatePolicyInput', () => ({ dealId, calculationId, number: 'P-1', startDate: '2027-01-01', endDate: '2028-01-01', instalments: [{ dueDate: '2027-01-01', amount: money('999.99') }] }), 'input.instalments'],
    ['createPolicy', 'CreatePolicyInput', () => ({ dealId, number: 'P-1', startDate: '2027-01-01', endDate: '2028-01-01', premium: money('10') }), 'input.insurerId'],
    ['createPolicy', 'CreatePolicyInput', () => ({ dealId, insurerId: ref.insurerId, productId: ref.productId, number: 'P-1', startDate: '2027-01-01', endDate: '2028-01-01', premium: money('10') }), 'input.commissionRate'],
    ['updatePolicy', 'UpdatePolicyInput', () => ({ id: dealId, version: 1, number: '' }), 'input.number'],
    ['renewPolicy', 'RenewPolicyInput', () => ({ policyId: 'x' }), 'input.policyId'],
    ['createInsurer', 'CreateInsurerInput', () => ({ name: '' }), 'input.name'],
    ['updateInsurer', 'UpdateInsurerInput', () => ({ id: ref.insurerId, version: 1, name: ' ' }), 'input.name'],
    ['createInsuranceProduct', 'CreateInsuranceProductInput', () => ({ name: 'X', insurerId: '00000000-0000-4000-8000-000000000000' }), 'input.insurerId'],
    ['updateInsuranceProduct', 'UpdateInsuranceProductInput', () => ({ id: ref.productId, version: 1, name: '' }), 'input.name'],
    ['updateCrmSettings', 'UpdateCrmSettingsInput', () => ({ version: 1, renewalLeadDays: -1 }), 'input.renewalLeadDays'],
    ['updateCrmSettings', 'UpdateCrmSettingsInput', () => ({ version: 1, timeZone: 'Europe/Atlantis' }), 'input.timeZone'],
  ];

  it.each(cases)('%s (%#) → BAD_USER_INPUT at the field', async (mutation, inputType, input, field) => {
    const before = await footprint(h);
    const result = await h.run(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, { identity: org.admin, variables: { input: input() } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await footprint(h)).toBe(before);
  });

  it('covers every mutation of the schema', () => {
    const all = Object.keys(h.schema.getMutationType()!.getFields());
    expect(new Set(cases.map(([name]) => name))).toEqual(new Set(all));
  });

  it('a policy from the chosen calculation is prefilled', async () => {
    const created = await h.ok<{ createPolicy: { policy: { premium: { amount: string }; commissionRate: string; insurer: { id: string }; instalments: unknown[] } } }>(CREATE_POLICY, org.seller, {
      input: { dealId, calculationId, number: 'P-OK', startDate: '2027-01-01', endDate: '2028-01-01' },
    });
    expect(created.createPolicy.policy).toMatchObject({ premium: { amount: '1000.00' }, commissionRate: '0.1', insurer: { id: ref.insurerId }, instalments: [{ dueDate: '2027-01-01', amount: { amount: '1000.00' } }] });
  });
});
