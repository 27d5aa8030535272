import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

const ME = 'query { me { id } }';
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id title owner { email } } } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { id title tasks(first: 10) { edges { node { kind status assignee { email } } } } } }`;
const JOURNAL = `query($id: ID!) { deal(id: $id) { journal(first: 100, includeSystem: true) { edges { node { kind text } } } } }`;
const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id version status kind deal { id title } assignee { email } } } }`;
const STATUS = `mutation($input: ChangeTaskStatusInput!) { changeTaskStatus(input: $input) { task { id version status } } }`;
const MY_TASKS = `query($filter: TaskFilter) { myTasks(first: 10, filter: $filter) { edges { node { id version title kind status deal { id title } } } } }`;

interface Task {
  id: string;
  version: number;
  status: string;
}
type DealView = { id: string; title: string; tasks: { edges: { node: { kind: string; status: string; assignee: { email: string } } }[] } };

/** SPEC's core scenario, steps 3 and 6, through the router: Tasks and CRM talk only through events. */
describe('core scenario: the seller hands calculation and issue-policy tasks to the executor', () => {
  let system: TestSystem;
  let seller: string;
  let executor: string;
  let executorId: string;
  let dealId: string;

  const systemEntries = async () => {
    const result = await system.graphql<{ deal: { journal: { edges: { node: { kind: string; text: string } }[] } } }>(JOURNAL, { id: dealId }, seller);
    expect(result.errors).toBeUndefined();
    return result.data!.deal.journal.edges.map((e) => e.node).filter((entry) => entry.kind === 'SYSTEM');
  };
  const move = async (task: Task, status: string) => {
    const result = await system.graphql<{ changeTaskStatus: { task: Task } }>(STATUS, { input: { id: task.id, version: task.version, status } }, executor);
    expect(result.errors).toBeUndefined();
    return result.data!.changeTaskStatus.task;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    executorId = (await system.graphql<{ me: { id: string } }>(ME, {}, executor)).data!.me.id;
    const created = await system.graphql<{ createDeal: { deal: { id: string } } }>(
      CREATE_DEAL,
      { input: { title: 'KASKO for Ivanov', newClient: { kind: 'PERSON', firstName: 'Ivan', lastName: 'Ivanov', phones: ['+79161234567'] } } },
      seller,
    );
    expect(created.errors).toBeUndefined();
    dealId = created.data!.createDeal.deal.id;
  });
  afterAll(() => system?.stop());

  it('step 3: the seller assigns a calculation task; the executor, who could not see the deal, now sees it', async () => {
    const before = await system.graphql<{ deal: DealView | null }>(DEAL, { id: dealId }, executor);
    expect(before.data?.deal ?? null).toBeNull();

    // Right after createDeal: Tasks may not have consumed crm.deal.created yet, and must still accept it (ADR 0008).
    const assigned = await system.graphql<{ createTask: { task: Task & { deal: { title: string }; assignee: { email: string } } } }>(
      CREATE_TASK,
      { input: { kind: 'CALCULATION', title: 'Quotes from three insurers', dealId, assigneeId: executorId, dueDate: '2026-12-01', priority: 'HIGH' } },
      seller,
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.createTask.task).toMatchObject({ status: 'NEW', kind: 'CALCULATION', deal: { title: 'KASKO for Ivanov' }, assignee: { email: 'executor@demo.local' } });

    // CRM adds the assignee as a participant when it consumes tasks.task.assigned.
    const visible = await eventually(async () => {
      const result = await system.graphql<{ deal: DealView | null }>(DEAL, { id: dealId }, executor);
      expect(result.data?.deal).toBeTruthy();
      return result.data!.deal!;
    });
    expect(visible.title).toBe('KASKO for Ivanov');
    expect(visible.tasks.edges.map((e) => e.node)).toEqual([{ kind: 'CALCULATION', status: 'NEW', assignee: { email: 'executor@demo.local' } }]);
  });

  it('step 3: the executor takes the task and marks it done; the deal’s journal gets a system entry', async () => {
    const mine = await system.graphql<{ myTasks: { edges: { node: Task & { kind: string; deal: { id: string } } }[] } }>(MY_TASKS, { filter: { kind: ['CALCULATION'] } }, executor);
    const task = mine.data!.myTasks.edges.map((e) => e.node).find((node) => node.deal.id === dealId)!;
    expect(task).toMatchObject({ status: 'NEW' });
    const systemBefore = (await systemEntries()).length;

    const taken = await move(task, 'IN_PROGRESS');
    expect(taken.status).toBe('IN_PROGRESS');
    expect((await move(taken, 'DONE')).status).toBe('DONE');

    // CRM writes a SYSTEM entry when it consumes tasks.task.status_changed → DONE (Russian unless the reader asks for English).
    await eventually(async () => expect((await systemEntries()).length).toBeGreaterThan(systemBefore));
    await eventually(async () => expect((await systemEntries()).map((e) => e.text)).toContain('Задача выполнена: Quotes from three insurers'));
  });

  it('step 6: later the seller assigns the issue-policy task; the executor works it through to DONE', async () => {
    const created = await system.graphql<{ createTask: { task: Task } }>(
      CREATE_TASK,
      { input: { kind: 'ISSUE_POLICY', title: 'Issue the chosen KASKO policy', dealId, assigneeId: executorId } },
      seller,
    );
    expect(created.errors).toBeUndefined();
    const mine = await system.graphql<{ myTasks: { edges: { node: Task & { title: string } }[] } }>(MY_TASKS, { filter: { kind: ['ISSUE_POLICY'], status: ['NEW'] } }, executor);
    const task = mine.data!.myTasks.edges.map((e) => e.node).find((node) => node.id === created.data!.createTask.task.id)!;
    expect(task.title).toBe('Issue the chosen KASKO policy');
    expect((await move(await move(task, 'IN_PROGRESS'), 'DONE')).status).toBe('DONE');

    // The seller's deal shows both tasks, done, through Deal.tasks (Tasks extends CRM's deal).
    const deal = await system.graphql<{ deal: DealView }>(DEAL, { id: dealId }, seller);
    expect(deal.data!.deal.tasks.edges.map((e) => [e.node.kind, e.node.status]).sort()).toEqual([
      ['CALCULATION', 'DONE'],
      ['ISSUE_POLICY', 'DONE'],
    ]);
  });
});
