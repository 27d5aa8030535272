import { postGraphQL } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// Issue 10, "Stages that follow the work" (ADR 0053) and "Russian first" (ADR 0054), through the
// router: Tasks' events reach CRM over the bus, so this runs in both runtime modes.

const ME = '{ me { id } }';
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id version stage } } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { id version stage title journal(first: 100, includeSystem: true) { edges { node { kind text } } } } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;
const UPDATE_DEAL = `mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { title version stage } } }`;
const CHANGE_STAGE = `mutation($input: ChangeDealStageInput!) { changeDealStage(input: $input) { deal { stage version } } }`;
const ADD_CALCULATION = `mutation($input: AddCalculationInput!) { addCalculation(input: $input) { calculation { id version status } } }`;
const UPDATE_CALCULATION = `mutation($input: UpdateCalculationInput!) { updateCalculation(input: $input) { calculation { id version status } } }`;
const CHOOSE = `mutation($input: ChooseCalculationInput!) { chooseCalculation(input: $input) { chosen { id } } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } deal { stage } } }`;
const RENEW = `mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { deal { id title calculations { variantLabel notes } } } }`;

type DealView = { id: string; version: number; stage: string; title: string; journal: { edges: { node: { kind: string; text: string } }[] } };

describe('deal stages follow the work; what the system writes reads in the reader’s language', () => {
  let system: TestSystem;
  let seller: string;
  let executor: string;
  let executorId: string;
  let kasko: { insurerId: string; productId: string };

  async function call<T>(query: string, variables: Record<string, unknown>, token: string, language?: string): Promise<T> {
    const result = await postGraphQL<T>(system.url, query, { variables, token, ...(language ? { headers: { 'accept-language': language } } : {}) });
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
  const read = async (id: string, language?: string) => (await call<{ deal: DealView }>(DEAL, { id }, seller, language)).deal;
  const systemTexts = async (id: string, language?: string) => (await read(id, language)).journal.edges.filter((e) => e.node.kind === 'SYSTEM').map((e) => e.node.text);
  const newDeal = async (title: string) =>
    (await call<{ createDeal: { deal: { id: string; version: number; stage: string } } }>(CREATE_DEAL, { input: { title, newClient: { kind: 'PERSON', firstName: 'Пётр', lastName: title } } }, seller)).createDeal.deal;
  const addCalculation = (dealId: string, status: string) =>
    call<{ addCalculation: { calculation: { id: string; version: number; status: string } } }>(
      ADD_CALCULATION,
      { input: { dealId, ...kasko, premium: { amount: '50000.00', currency: 'RUB' }, commissionRate: '0.1', variantLabel: 'Базовый', status } },
      seller,
    ).then((r) => r.addCalculation.calculation);

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    executorId = (await call<{ me: { id: string } }>(ME, {}, executor)).me.id;
    const { insurers } = await call<{ insurers: { id: string; products: { id: string; name: string }[] }[] }>('{ insurers { id products { id name } } }', {}, seller);
    const insurer = insurers.find((i) => i.products.some((p) => p.name === 'КАСКО'))!;
    kasko = { insurerId: insurer.id, productId: insurer.products.find((p) => p.name === 'КАСКО')!.id };
  });
  afterAll(() => system?.stop());

  it('moves NEW → CALCULATION → NEGOTIATION → ISSUING → ACTIVE as the work happens, each move a SYSTEM entry with its cause', async () => {
    const deal = await newDeal('Стадии');
    expect(deal).toMatchObject({ stage: 'NEW', version: 1 });

    await call(CREATE_TASK, { input: { kind: 'CALCULATION', title: 'Расчёт КАСКО', dealId: deal.id, assigneeId: executorId } }, seller);
    const calculating = await eventually(async () => {
      const view = await read(deal.id);
      expect(view.stage).toBe('CALCULATION');
      return view;
    });
    // The automatic move leaves the version the user edits alone…
    expect(calculating.version).toBe(1);
    expect(await systemTexts(deal.id)).toContain('Стадия сменилась сама: Новая → Расчёт, назначена задача на расчёт «Расчёт КАСКО»');
    // …so an edit made from what the seller read before it is not a CONFLICT.
    const edited = await call<{ updateDeal: { deal: { title: string; version: number; stage: string } } }>(UPDATE_DEAL, { input: { id: deal.id, version: 1, title: 'Стадии (КАСКО)' } }, seller);
    expect(edited.updateDeal.deal).toEqual({ title: 'Стадии (КАСКО)', version: 2, stage: 'CALCULATION' });

    const draft = await addCalculation(deal.id, 'DRAFT');
    expect((await read(deal.id)).stage).toBe('CALCULATION');
    const ready = await call<{ updateCalculation: { calculation: { version: number } } }>(UPDATE_CALCULATION, { input: { id: draft.id, version: draft.version, status: 'READY' } }, seller);
    expect((await read(deal.id)).stage).toBe('NEGOTIATION');

    await call(CHOOSE, { input: { id: draft.id, version: ready.updateCalculation.calculation.version } }, seller);
    expect((await read(deal.id)).stage).toBe('ISSUING');

    const policy = await call<{ createPolicy: { deal: { stage: string } } }>(
      CREATE_POLICY,
      { input: { dealId: deal.id, calculationId: draft.id, number: 'ST-1', startDate: '2027-02-01', endDate: '2028-01-31' } },
      seller,
    );
    expect(policy.createPolicy.deal.stage).toBe('ACTIVE');

    const after = await read(deal.id);
    expect(after.version).toBe(2);
    expect(await systemTexts(deal.id)).toContainEqual(expect.stringMatching(/^Стадия сменилась сама: Расчёт → Переговоры, расчёт готов: .+ — КАСКО \(Базовый\), 50\u00a0000,00\u00a0₽$/));
    const moves = (await systemTexts(deal.id)).filter((t) => t.startsWith('Стадия сменилась сама'));
    expect(moves.map((t) => t.split(',')[0])).toEqual([
      'Стадия сменилась сама: Новая → Расчёт',
      'Стадия сменилась сама: Расчёт → Переговоры',
      'Стадия сменилась сама: Переговоры → Оформление',
      'Стадия сменилась сама: Оформление → Действует',
    ]);
    expect(moves.at(-1)).toBe('Стадия сменилась сама: Оформление → Действует, полис № ST-1 действует');

    // The same entries read in English for a reader of English.
    const english = await systemTexts(deal.id, 'en');
    expect(english).toEqual(
      expect.arrayContaining([
        'Stage moved on by itself: New → Calculation, calculation task “Расчёт КАСКО” assigned',
        'Stage moved on by itself: Issuing → Active, policy № ST-1 is active',
        expect.stringMatching(/^Policy added: № ST-1, .+ — КАСКО, 01\/02\/2027 – 31\/01\/2028, premium RUB\u00a050,000\.00$/),
      ]),
    );
  });

  it('never moves backwards, never out of a closed stage, and never over a stage set by hand after the work', async () => {
    const deal = await newDeal('Назад');
    // Set by hand to NEGOTIATION: a calculation task now would be a step back.
    await call(CHANGE_STAGE, { input: { id: deal.id, version: 1, stage: 'NEGOTIATION' } }, seller);
    await call(CREATE_TASK, { input: { kind: 'CALCULATION', title: 'Ещё расчёт', dealId: deal.id, assigneeId: executorId } }, seller);
    // An issue-policy task (created after it) moves it on; once that is seen, the earlier task's event has been handled too.
    await call(CREATE_TASK, { input: { kind: 'ISSUE_POLICY', title: 'Оформить полис', dealId: deal.id, assigneeId: executorId } }, seller);
    await eventually(async () => expect((await read(deal.id)).stage).toBe('ISSUING'));
    expect((await systemTexts(deal.id)).filter((t) => t.startsWith('Стадия'))).toEqual([
      'Стадия изменена: Новая → Переговоры',
      'Стадия сменилась сама: Переговоры → Оформление, поставлена задача на оформление полиса «Оформить полис»',
    ]);

    const lost = await newDeal('Проиграна');
    await call(CHANGE_STAGE, { input: { id: lost.id, version: 1, stage: 'CLOSED_LOST', lossReason: 'Клиент передумал' } }, seller);
    await addCalculation(lost.id, 'READY');
    expect((await read(lost.id)).stage).toBe('CLOSED_LOST');
    expect(await systemTexts(lost.id, 'en')).toContain('Stage changed: New → Lost (Клиент передумал)');
  });

  it('a renewal’s title is written in the language of whoever opened it; the user may edit it', async () => {
    type Renewed = { renewPolicy: { deal: { id: string; title: string; calculations: { variantLabel: string; notes: string }[] } } };
    const renew = async (title: string, language?: string) => {
      const deal = await newDeal(title);
      const calc = await addCalculation(deal.id, 'READY');
      await call(CHOOSE, { input: { id: calc.id, version: calc.version } }, seller);
      // Deal ids are time-ordered (UUID v7): only their tail tells two deals of one minute apart.
      const number = `RN-${deal.id.slice(-12)}`;
      const { createPolicy } = await call<{ createPolicy: { policy: { id: string } } }>(
        CREATE_POLICY,
        { input: { dealId: deal.id, calculationId: calc.id, number, startDate: '2027-03-01', endDate: '2028-02-28' } },
        seller,
      );
      return { number, renewal: (await call<Renewed>(RENEW, { input: { policyId: createPolicy.policy.id } }, seller, language)).renewPolicy.deal };
    };
    const russian = await renew('Продлеваемая');
    expect(russian.renewal.title).toBe('Продление: Продлеваемая');
    expect(russian.renewal.calculations).toEqual([{ variantLabel: 'продление', notes: `Перенесено из полиса № ${russian.number}` }]);
    const english = await renew('Renewed', 'en');
    expect(english.renewal.title).toBe('Renewal: Renewed');
    expect(english.renewal.calculations).toEqual([{ variantLabel: 'renewal', notes: `Carried over from policy № ${english.number}` }]);
    // Data, not a rendered text: it reads the same in either language, and the user may change it.
    expect((await read(english.renewal.id)).title).toBe('Renewal: Renewed');
    const renamed = await call<{ updateDeal: { deal: { title: string } } }>(UPDATE_DEAL, { input: { id: english.renewal.id, version: 1, title: 'Продление КАСКО 2028' } }, seller);
    expect(renamed.updateDeal.deal.title).toBe('Продление КАСКО 2028');
    // The journal entry the system wrote on the renewal reads in each reader's language.
    expect(await systemTexts(english.renewal.id)).toContain(`Продление полиса № ${english.number} (01.03.2027 – 28.02.2028)`);
    expect(await systemTexts(english.renewal.id, 'en')).toContain(`Renewal of policy № ${english.number} (01/03/2027 – 28/02/2028)`);
  });
});
