import { createPaymentsHarness, policyData, policyEvent, userIdentity, type PaymentsHarness } from '../testing/payments-harness';

const rub = (amount: string) => ({ amount, currency: 'RUB' as const });
const MONEY_SUMMARIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Deal { id moneySummary { premiumPlanned { amount } } } } }`;
type Summaries = { _entities: { id: string; moneySummary: { premiumPlanned: { amount: string } } }[] };

/** The deal money reads (prepared statements, one per batch of deals): each deal its own rows, only the caller's organisation. */
describe('payments loaders for deals’ money', () => {
  let h: PaymentsHarness;
  const first = policyData();
  const orgId = first.organizationId;
  const second = policyData({ organizationId: orgId, dealOwnerId: first.dealOwnerId, premium: rub('60000.00'), instalments: [{ dueDate: '2030-03-01', amount: rub('60000.00') }] });
  const elsewhere = policyData({ premium: rub('999000.00'), instalments: [{ dueDate: '2030-03-01', amount: rub('999000.00') }] });
  const summaries = (identity = userIdentity(orgId, ['ADMIN'])) =>
    h.run<Summaries>(MONEY_SUMMARIES, { variables: { reps: [first, second, elsewhere].map((p) => ({ __typename: 'Deal', id: p.dealId })) }, identity });

  beforeAll(async () => {
    h = await createPaymentsHarness();
    for (const policy of [first, second, elsewhere]) await h.deliver(policyEvent(policy));
  });
  afterAll(() => h?.close());

  it('answers several deals in one request, each with its own policies and items, and nothing of another organisation', async () => {
    const result = await summaries();
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities.map((d) => [d.id, d.moneySummary.premiumPlanned.amount])).toEqual([
      [first.dealId, '120000.00'],
      [second.dealId, '60000.00'],
      // Another organisation's deal has no policy here for this caller: no money, and no trace of its own.
      [elsewhere.dealId, '0.00'],
    ]);
  });

  it('asked again (the statements are prepared once), answers the same, and the deal access rule still refuses a stranger', async () => {
    expect((await summaries()).data?._entities.map((d) => d.moneySummary.premiumPlanned.amount)).toEqual(['120000.00', '60000.00', '0.00']);
    const stranger = await summaries(userIdentity(orgId, ['SELLER']));
    expect(stranger.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
