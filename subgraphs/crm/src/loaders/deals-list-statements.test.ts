import { createCrmHarness, type CrmHarness, type TestOrg } from '../testing/crm-harness';
import { ADD_CALCULATION, CREATE_DEAL, CREATE_POLICY, newPerson } from '../testing/operations';

const LIST = `query($first: Int!) {
  deals(first: $first, sort: { field: CREATED_AT, direction: ASC }) {
    edges { node {
      id title stage reviewDate expectedPremium { amount }
      owner { id } participants { id }
      client { id displayName phones owner { id } }
      calculationsCount
      calculations { id status insurer { name } product { name insurer { name } } }
      policies { number status }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

// Nested fields share loaders only where the order of resolution cannot change the count: an insurer
// asked for by two sibling lists would be loaded in one batch or two depending on which answers first.
describe('a deals list costs the same number of SQL statements whatever the page size', () => {
  let h: CrmHarness;
  let org: TestOrg;

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    const ref = await h.reference(org.orgId);
    for (let i = 0; i < 12; i++) {
      const created = await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, {
        input: { title: `Сделка ${i}`, expectedPremium: { amount: '100.00', currency: 'RUB' }, newClient: newPerson({ phones: [`+7 900 000 00 ${String(i).padStart(2, '0')}`], emails: [] }) },
      });
      const dealId = created.createDeal.deal.id;
      await h.ok('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', org.seller, { input: { dealId, userId: org.executor.userId } });
      for (const [insurerId, productId] of [[ref.insurerId, ref.productId], [ref.otherInsurerId, ref.otherProductId]]) {
        await h.ok(ADD_CALCULATION, org.executor, { input: { dealId, insurerId, productId, premium: { amount: '100.00', currency: 'RUB' }, commissionRate: '0.1' } });
      }
      await h.ok(CREATE_POLICY, org.executor, {
        input: { dealId, insurerId: ref.insurerId, productId: ref.productId, number: `N-${i}`, startDate: '2027-01-01', endDate: '2028-01-01', premium: { amount: '100.00', currency: 'RUB' }, commissionRate: '0.1' },
      });
    }
  });
  afterAll(() => h?.close());

  it('2 deals and 10 deals take the same statements, and every nested field is filled', async () => {
    const small = await h.countStatements(() => h.ok<{ deals: { edges: { node: { calculations: unknown[] } }[] } }>(LIST, org.seller, { first: 2 }));
    const large = await h.countStatements(() => h.ok<{ deals: { edges: { node: { calculations: unknown[]; policies: unknown[]; participants: unknown[] } }[] } }>(LIST, org.seller, { first: 10 }));
    expect(small.result.deals.edges).toHaveLength(2);
    expect(large.result.deals.edges).toHaveLength(10);
    expect(large.result.deals.edges.every((e) => e.node.calculations.length === 2 && e.node.policies.length === 1 && e.node.participants.length === 1)).toBe(true);
    // The counter really sees them: at least the deals, clients and calculations each cost one.
    expect(small.statements.length).toBeGreaterThanOrEqual(3);
    expect(large.statements.length).toBe(small.statements.length);
    // One per loader: deals, clients, participants, counts, calculations, policies, insurers, products.
    expect(large.statements.length).toBeLessThanOrEqual(9);
  });
});
