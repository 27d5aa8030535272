import { startTestSystem, type TestSystem } from './support/test-system';

// The core scenario's CRM steps (SPEC.md): 1 deal + new client with a duplicate warning, 2 journal,
// 4 executor enters calculations, 5 the client's choice, 7 the policy, 8 the review date.
// Step 3's task is Tasks' business; here the seller makes the executor a participant directly.

interface Deal {
  id: string;
  version: number;
  reviewDate: string | null;
  stage: string;
}

const CREATE_DEAL = `mutation($input: CreateDealInput!) {
  createDeal(input: $input) { deal { id version stage client { id displayName } owner { id } } duplicates { client { id } matchedOn } }
}`;
const ME = '{ me { id } }';
const DEAL = `query($id: ID!) {
  deal(id: $id) {
    id version stage reviewDate
    calculations { id status }
    policies { number }
    journal { edges { node { kind text author { id } edited history { text } } } }
  }
}`;

describe('CRM core scenario through the router', () => {
  let system: TestSystem;
  let seller: string;
  let executor: string;
  let executorId: string;
  let deal: Deal;
  let calculationIds: string[];

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    executorId = (await call<{ me: { id: string } }>(ME, {}, executor)).me.id;
  });
  afterAll(() => system?.stop());

  it('step 1: the seller creates a deal with a new client and is warned about a likely duplicate', async () => {
    const client = { kind: 'PERSON', firstName: 'Анна', lastName: 'Смирнова', phones: ['+7 (903) 555-12-34'], emails: ['anna@example.ru'] };
    const first = await call<{ createDeal: { deal: Deal & { client: { id: string } }; duplicates: unknown[] } }>(
      CREATE_DEAL,
      { input: { title: 'КАСКО Смирнова', insuranceType: 'KASKO', expectedPremium: { amount: '100000.00', currency: 'RUB' }, newClient: client } },
      seller,
    );
    expect(first.createDeal.duplicates).toEqual([]);
    expect(first.createDeal.deal.stage).toBe('NEW');
    deal = first.createDeal.deal;

    const again = await call<{ createDeal: { duplicates: { client: { id: string }; matchedOn: string[] }[] } }>(
      CREATE_DEAL,
      { input: { title: 'ОСАГО Смирнова', newClient: { ...client, phones: ['8 903 555 12 34'], emails: [] } } },
      seller,
    );
    expect(again.createDeal.duplicates).toEqual([{ client: { id: first.createDeal.deal.client.id }, matchedOn: ['PHONE'] }]);
  });

  it('step 2: the seller writes the journal; an edit keeps the previous text', async () => {
    const added = await call<{ addJournalEntry: { entry: { id: string; version: number } } }>(
      'mutation($input: AddJournalEntryInput!) { addJournalEntry(input: $input) { entry { id version } } }',
      { input: { dealId: deal.id, kind: 'CALL', text: 'Клиент хочет КАСКО без франшизы' } },
      seller,
    );
    await call(
      'mutation($input: EditJournalEntryInput!) { editJournalEntry(input: $input) { entry { version } } }',
      { input: { id: added.addJournalEntry.entry.id, version: 1, text: 'Клиент хочет КАСКО, франшиза до 15 000 ₽' } },
      seller,
    );
    const read = await call<{ deal: { journal: { edges: { node: { kind: string; text: string; edited: boolean; history: { text: string }[] } }[] } } }>(DEAL, { id: deal.id }, seller);
    expect(read.deal.journal.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ kind: 'CALL', text: 'Клиент хочет КАСКО, франшиза до 15 000 ₽', edited: true, history: [{ text: 'Клиент хочет КАСКО без франшизы' }] }),
    );
  });

  it('step 4: the executor, once on the deal, enters the calculations', async () => {
    expect((await call<{ deal: unknown }>(DEAL, { id: deal.id }, executor)).deal).toBeNull();
    await call('mutation($input: DealParticipantInput!) { addDealParticipant(input: $input) { deal { id } } }', { input: { dealId: deal.id, userId: executorId } }, seller);

    const { insurers } = await call<{ insurers: { id: string; name: string; products: { id: string; name: string }[] }[] }>('{ insurers { id name products { id name } } }', {}, executor);
    const kasko = insurers.filter((i) => i.products.some((p) => p.name === 'КАСКО'));
    expect(kasko.length).toBeGreaterThanOrEqual(2);
    calculationIds = [];
    for (const [index, insurer] of kasko.slice(0, 2).entries()) {
      const product = insurer.products.find((p) => p.name === 'КАСКО')!;
      const added = await call<{ addCalculation: { calculation: { id: string; status: string } } }>(
        'mutation($input: AddCalculationInput!) { addCalculation(input: $input) { calculation { id status } } }',
        {
          input: {
            dealId: deal.id,
            insurerId: insurer.id,
            productId: product.id,
            insuredObject: 'Toyota Camry 2024, VIN XW7BF4FK10S000001',
            sumInsured: { amount: '3500000.00', currency: 'RUB' },
            premium: { amount: index === 0 ? '100000.00' : '112500.50', currency: 'RUB' },
            commissionRate: '0.15',
            deductible: '15 000 ₽',
            validUntil: '2027-01-10',
            variantLabel: `Вариант ${index + 1}`,
            status: 'READY',
          },
        },
        executor,
      );
      expect(added.addCalculation.calculation.status).toBe('READY');
      calculationIds.push(added.addCalculation.calculation.id);
    }
  });

  it('step 5: the client chooses one; the other is kept as rejected', async () => {
    const chosen = await call<{ chooseCalculation: { chosen: { id: string; status: string }; rejected: { id: string; status: string }[] } }>(
      'mutation($input: ChooseCalculationInput!) { chooseCalculation(input: $input) { chosen { id status } rejected { id status } } }',
      { input: { id: calculationIds[0], version: 1 } },
      seller,
    );
    expect(chosen.chooseCalculation.chosen).toEqual({ id: calculationIds[0], status: 'CHOSEN' });
    expect(chosen.chooseCalculation.rejected).toEqual([{ id: calculationIds[1], status: 'REJECTED' }]);
    const read = await call<{ deal: { calculations: { id: string; status: string }[] } }>(DEAL, { id: deal.id }, seller);
    expect(read.deal.calculations).toEqual([
      { id: calculationIds[0], status: 'CHOSEN' },
      { id: calculationIds[1], status: 'REJECTED' },
    ]);
  });

  it('step 7: the policy is entered from the chosen calculation with instalments adding up to the premium', async () => {
    const policy = {
      dealId: deal.id,
      calculationId: calculationIds[0],
      number: 'AI-123456789',
      startDate: '2027-01-15',
      endDate: '2028-01-14',
      instalments: [
        { dueDate: '2027-01-15', amount: { amount: '60000.00', currency: 'RUB' } },
        { dueDate: '2027-07-15', amount: { amount: '39999.99', currency: 'RUB' } },
      ],
      plannedExpenses: [{ description: 'Агентское вознаграждение партнёру', amount: { amount: '2000.00', currency: 'RUB' } }],
    };
    const CREATE_POLICY = `mutation($input: CreatePolicyInput!) {
      createPolicy(input: $input) { policy { number premium { amount currency } commissionRate instalments { dueDate amount { amount } } } deal { reviewDate reviewDateManual } }
    }`;
    const wrong = await system.graphql(CREATE_POLICY, { input: policy }, executor);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.instalments' });

    policy.instalments[1]!.amount.amount = '40000.00';
    const created = await call<{ createPolicy: { policy: Record<string, unknown>; deal: { reviewDate: string; reviewDateManual: boolean } } }>(CREATE_POLICY, { input: policy }, executor);
    expect(created.createPolicy.policy).toEqual({
      number: 'AI-123456789',
      premium: { amount: '100000.00', currency: 'RUB' },
      commissionRate: '0.15',
      instalments: [
        { dueDate: '2027-01-15', amount: { amount: '60000.00' } },
        { dueDate: '2027-07-15', amount: { amount: '40000.00' } },
      ],
    });
    // Step 8: snoozed until the policy end minus the 30-day renewal lead time.
    expect(created.createPolicy.deal).toEqual({ reviewDate: '2027-12-15', reviewDateManual: false });

    const duplicate = await system.graphql(CREATE_POLICY, { input: policy }, seller);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.number' });
  });

  it('step 8: the deal comes back in the seller’s "to review" list on its review date', async () => {
    const TO_REVIEW = `query($by: Date!) { deals(first: 20, filter: { reviewDueBy: $by }) { totalCount edges { node { id reviewDate } } } }`;
    const before = await call<{ deals: { edges: { node: { id: string } }[] } }>(TO_REVIEW, { by: '2026-12-31' }, seller);
    expect(before.deals.edges.map((e) => e.node.id)).not.toContain(deal.id);
    const due = await call<{ deals: { edges: { node: { id: string; reviewDate: string } }[] } }>(TO_REVIEW, { by: '2027-12-15' }, seller);
    // Payments may since have reported the first unpaid instalment, which can only bring the date closer.
    const listed = due.deals.edges.find((e) => e.node.id === deal.id);
    expect(listed?.node.reviewDate && listed.node.reviewDate <= '2027-12-15').toBe(true);

    const journal = await call<{ deal: { journal: { edges: { node: { kind: string; text: string } }[] } } }>(DEAL, { id: deal.id }, seller);
    const system_ = journal.deal.journal.edges.filter((e) => e.node.kind === 'SYSTEM').map((e) => e.node.text);
    expect(system_).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Добавлен расчёт: /), expect.stringMatching(/^Выбран расчёт: /), expect.stringMatching(/^Добавлен полис № AI-123456789/)]),
    );
  });
});
