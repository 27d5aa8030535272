import { tasks as tasksTable } from '../db/schema';
import { canSeeTask } from './task-access';
import { createTasksHarness, firstError, type TasksHarness, type TestUser } from '../testing/tasks-harness';

const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }`;
const COMMENT = `mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { comment { id } } }`;
const DEAL_TASKS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Deal { id tasks(first: 20) { edges { node { title } } } } } }`;

/** CRM's `sellersSeeAllDeals`, mirrored from `crm.settings.changed` into the deal-access rule (ADR 0008). */
describe('tasks when the organisation lets sellers see every deal', () => {
  let h: TasksHarness;
  let owner: TestUser;
  let colleague: TestUser;
  let executor: TestUser;
  let dealId: string;
  let version = 1;

  const setSellersSeeAll = async (on: boolean) => {
    version += 1;
    await h.deliver('crm.settings.changed', { organizationId: owner.orgId, renewalLeadDays: 30, sellersSeeAllDeals: on, version });
  };
  const create = async (identity: TestUser, input: Record<string, unknown>) =>
    h.run<{ createTask: { task: { id: string } } }>(CREATE, { variables: { input: { kind: 'OTHER', ...input } }, identity });
  const dealTasks = async (identity: TestUser) => {
    const result = await h.run<{ _entities: { tasks: { edges: { node: { title: string } }[] } }[] }>(DEAL_TASKS, { variables: { reps: [{ __typename: 'Deal', id: dealId }] }, identity });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data._entities[0]!.tasks.edges.map((e) => e.node.title).sort();
  };

  beforeAll(async () => {
    h = await createTasksHarness();
    owner = await h.user(['SELLER']);
    colleague = await h.user(['SELLER']);
    executor = await h.user(['EXECUTOR']);
    dealId = await h.deal(owner);
    const created = await create(owner, { title: 'owner’s deal task', dealId });
    expect(created.errors).toBeUndefined();
    await create(owner, { title: 'owner’s private note' });
  });
  afterAll(() => h?.close());

  it('by default (no settings event yet) another seller neither sees the deal’s tasks nor adds one', async () => {
    expect(await dealTasks(colleague)).toEqual([]);
    expect(firstError(await create(colleague, { title: 'mine?', dealId }))).toMatchObject({ code: 'FORBIDDEN', field: 'input.dealId' });
  });

  it('with the setting on, another seller sees the deal’s tasks and comments, but adds none (seeing is not writing); executors and deal-less tasks stay private', async () => {
    await setSellersSeeAll(true);
    expect(await dealTasks(colleague)).toEqual(['owner’s deal task']);
    expect(firstError(await create(colleague, { title: 'colleague’s task', dealId }))).toMatchObject({ code: 'FORBIDDEN', field: 'input.dealId' });
    expect(await dealTasks(owner)).toEqual(['owner’s deal task']);
    const [ownersTask] = (await h.run<{ _entities: { tasks: { edges: { node: { id: string; title: string } }[] } }[] }>(
      DEAL_TASKS.replace('node { title }', 'node { id title }'),
      { variables: { reps: [{ __typename: 'Deal', id: dealId }] }, identity: owner },
    )).data!._entities[0]!.tasks.edges.filter((e) => e.node.title === 'owner’s deal task');
    expect((await h.run(COMMENT, { variables: { input: { taskId: ownersTask!.node.id, text: 'seen it' } }, identity: colleague })).errors).toBeUndefined();

    expect(await dealTasks(executor)).toEqual([]);
    expect(firstError(await create(executor, { title: 'not mine', dealId }))).toMatchObject({ code: 'FORBIDDEN' });
    const mine = await h.run<{ myTasks: { edges: unknown[] } }>('{ myTasks(relation: ANY, first: 20) { edges { node { title } } } }', { identity: colleague });
    expect(mine.data?.myTasks.edges).toHaveLength(0);
  });

  it('turned off again (a newer version), the deal’s tasks are hidden again', async () => {
    await setSellersSeeAll(false);
    expect(await dealTasks(colleague)).toEqual([]);
    expect(firstError(await create(colleague, { title: 'again?', dealId }))).toMatchObject({ code: 'FORBIDDEN', field: 'input.dealId' });
  });

  it('the list SQL and canSeeTask agree for every task, caller and setting', async () => {
    const { services } = h.tasks;
    const admin = await h.user(['ADMIN']);
    const participant = await h.user(['EXECUTOR']);
    const sharedDeal = await h.deal(colleague, [participant.userId]);
    expect((await create(colleague, { title: 'shared deal task', dealId: sharedDeal, assigneeId: executor.userId })).errors).toBeUndefined();
    const db = h.database.handle.db;
    const tasks = await db.select().from(tasksTable);
    for (const on of [false, true]) {
      await setSellersSeeAll(on);
      const ids = tasks.map((t) => t.id);
      for (const caller of [owner, colleague, executor, participant, admin]) {
        const settings = await services.deals.settingsOf(db, caller.orgId);
        const expected: string[] = [];
        for (const task of tasks) {
          const deal = task.dealId ? await services.deals.find(db, caller.orgId, task.dealId) : null;
          if (canSeeTask(caller, task, deal, settings)) expected.push(task.id);
        }
        const listed = (await services.queries.visibleTasksByIds(caller, ids)).map((t) => t.id);
        expect({ caller: caller.userId, on, listed: listed.sort() }).toEqual({ caller: caller.userId, on, listed: expected.sort() });
      }
    }
  });
});
