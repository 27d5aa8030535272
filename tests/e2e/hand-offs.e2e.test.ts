import { postGraphQL } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// Issue 10, "Hand-offs that carry their object", through the router in both runtime modes: a task
// names the variant to issue (and createPolicy takes it from the task), createTask on a deal that will never arrive answers at once, and
// archiving a deal cancels its open tasks with a comment saying why (ADR 0051, 0052).

const CREATE_TASK = `mutation($input: CreateTaskInput!) {
  createTask(input: $input) { task { id version status calculation { id variantLabel status } policy { id } deal { id } } }
}`;
const TASK = `query($id: ID!) { task(id: $id) { status comments { kind text author { id } } history { field from to } } }`;

describe('hand-offs that carry their object, through the router', () => {
  let system: TestSystem;
  let seller: string;
  let executorId: string;

  const call = async <T>(query: string, variables: Record<string, unknown>, token = seller): Promise<T> => {
    const result = await system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const newDeal = async (title: string) =>
    (await call<{ createDeal: { deal: { id: string; version: number } } }>('mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id version } } }', {
      input: { title, newClient: { kind: 'PERSON', lastName: title } },
    })).createDeal.deal;

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    const executor = await system.login('executor@demo.local');
    executorId = (await call<{ me: { id: string } }>('{ me { id } }', {}, executor)).me.id;
  });
  afterAll(() => system?.stop());

  it('an issue-policy task names the chosen variant, which the executor reads without free text', async () => {
    const deal = await newDeal('Передача варианта');
    const { insurers } = await call<{ insurers: { id: string; products: { id: string }[] }[] }>('{ insurers { id products { id } } }', {});
    const insurer = insurers.find((i) => i.products.length > 0)!;
    const calc = await call<{ addCalculation: { calculation: { id: string } } }>('mutation($input: AddCalculationInput!) { addCalculation(input: $input) { calculation { id } } }', {
      input: { dealId: deal.id, insurerId: insurer.id, productId: insurer.products[0]!.id, premium: { amount: '5000.00', currency: 'RUB' }, variantLabel: 'Вариант Б' },
    });
    // Right after createDeal: the deal may still be on its way to Tasks, which waits for it (a deal made moments ago).
    const created = await call<{ createTask: { task: { id: string; calculation: unknown; deal: { id: string } } } }>(CREATE_TASK, {
      input: { kind: 'ISSUE_POLICY', title: 'Оформить полис', dealId: deal.id, calculationId: calc.addCalculation.calculation.id, assigneeId: executorId },
    });
    expect(created.createTask.task).toMatchObject({ deal: { id: deal.id }, calculation: { id: calc.addCalculation.calculation.id, variantLabel: 'Вариант Б', status: 'DRAFT' } });

    // The client chooses that variant; the executor issues the policy from the task, naming no calculation.
    await call('mutation($input: ChooseCalculationInput!) { chooseCalculation(input: $input) { chosen { id } } }', { input: { id: calc.addCalculation.calculation.id, version: 1 } });
    const policy = await eventually(async () =>
      call<{ createPolicy: { policy: { calculation: { id: string }; premium: { amount: string } } } }>(
        'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { calculation { id } premium { amount } } } }',
        { input: { dealId: deal.id, taskId: created.createTask.task.id, number: 'HO-1', startDate: '2027-01-01', endDate: '2027-12-31', commissionRate: '0.1' } },
      ),
    );
    expect(policy.createPolicy.policy).toEqual({ calculation: { id: calc.addCalculation.calculation.id }, premium: { amount: expect.stringMatching(/^5000(\.00)?$/) } });
    const unknownTask = await system.graphql('mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id } } }', {
      input: { dealId: deal.id, taskId: '00000000-0000-4000-8000-00000000beef', number: 'HO-2', startDate: '2027-01-01', endDate: '2027-12-31' },
    }, seller);
    expect(unknownTask.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.taskId' });

    const withoutDeal = await system.graphql(CREATE_TASK, { input: { kind: 'ISSUE_POLICY', title: 'Без сделки', calculationId: calc.addCalculation.calculation.id } }, seller);
    expect(withoutDeal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dealId' });
  });

  it('createTask on a mistyped deal id or one of a deal made long ago elsewhere answers NOT_FOUND', async () => {
    for (const dealId of ['00000000-0000-4000-8000-00000000beef', '018f0000-0000-7000-8000-000000000001']) {
      const result = await system.graphql(CREATE_TASK, { input: { kind: 'OTHER', title: 'Опечатка', dealId } }, seller);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.dealId' });
    }
  });

  it('archiving a deal cancels its open tasks with a SYSTEM comment naming why; done ones stay done', async () => {
    const deal = await newDeal('Архивная');
    const open = (await call<{ createTask: { task: { id: string; version: number } } }>(CREATE_TASK, { input: { kind: 'CALCULATION', title: 'Посчитать', dealId: deal.id } })).createTask.task;
    const done = (await call<{ createTask: { task: { id: string; version: number } } }>(CREATE_TASK, { input: { kind: 'OTHER', title: 'Уже сделано', dealId: deal.id } })).createTask.task;
    await call('mutation($input: ChangeTaskStatusInput!) { changeTaskStatus(input: $input) { task { id } } }', { input: { id: done.id, version: done.version, status: 'DONE' } });
    const current = await call<{ deal: { version: number } }>('query($id: ID!) { deal(id: $id) { version } }', { id: deal.id });
    await call('mutation($input: SetDealArchivedInput!) { setDealArchived(input: $input) { deal { archived } } }', { input: { id: deal.id, version: current.deal.version, archived: true } });

    type Read = { task: { status: string; comments: { kind: string; text: string; author: { id: string } }[]; history: { field: string; from: string; to: string }[] } };
    const cancelled = await eventually(async () => {
      const read = await call<Read>(TASK, { id: open.id });
      expect(read.task.status).toBe('CANCELLED');
      return read.task;
    });
    expect(cancelled.comments).toEqual([{ kind: 'SYSTEM', text: 'Задача отменена: сделка перенесена в архив', author: expect.objectContaining({ id: expect.any(String) }) }]);
    expect(cancelled.history.at(-1)).toEqual({ field: 'status', from: 'NEW', to: 'CANCELLED' });
    const english = await postGraphQL<Read>(system.url, TASK, { variables: { id: open.id }, token: seller, headers: { 'accept-language': 'en' } });
    expect(english.data?.task.comments[0]?.text).toBe('Task cancelled: the deal was archived');
    expect((await call<Read>(TASK, { id: done.id })).task.status).toBe('DONE');
  });
});
