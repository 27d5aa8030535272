import { createTasksHarness, type TasksHarness, type TestUser } from '../testing/tasks-harness';

const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id version } } }`;
const STATUS = `mutation($input: ChangeTaskStatusInput!) { changeTaskStatus(input: $input) { task { id } } }`;
const MY_TASKS = `query($relation: TaskRelation, $first: Int, $after: String, $filter: TaskFilter) {
  myTasks(relation: $relation, first: $first, after: $after, filter: $filter) { edges { cursor node { title } } pageInfo { hasNextPage endCursor } } }`;
const DEAL_TASKS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Deal { id tasks(first: 10) { edges { node { title } } } } } }`;
const USER_TASKS = `query($reps: [_Any!]!, $filter: TaskFilter) { _entities(representations: $reps) { ... on User { id assignedTasks(first: 10, filter: $filter) { edges { node { title } } } } } }`;

type Page = { edges: { cursor: string; node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
const titles = (page: Page) => page.edges.map((e) => e.node.title);

describe('task queries: my tasks, filters, pagination, Deal.tasks and User.assignedTasks', () => {
  let h: TasksHarness;
  let seller: TestUser;
  let executor: TestUser;
  let deals: string[];

  const create = async (identity: TestUser, input: Record<string, unknown>) => {
    const result = await h.run<{ createTask: { task: { id: string; version: number } } }>(CREATE, { variables: { input: { kind: 'OTHER', ...input } }, identity });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createTask.task;
  };
  const myTasks = async (identity: TestUser, variables: Record<string, unknown>) => {
    const result = await h.run<{ myTasks: Page }>(MY_TASKS, { variables, identity });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.myTasks;
  };

  beforeAll(async () => {
    // "Today" is Wednesday 2026-03-11 (UTC) for the due-date windows.
    h = await createTasksHarness({ clock: () => new Date('2026-03-11T09:00:00Z') });
    seller = await h.user(['SELLER']);
    executor = await h.user(['EXECUTOR']);
    deals = [await h.deal(seller), await h.deal(seller), await h.deal(seller)];
    await create(seller, { title: 'overdue', assigneeId: executor.userId, dueDate: '2026-03-10', dealId: deals[0], kind: 'CALCULATION' });
    await create(seller, { title: 'today', assigneeId: executor.userId, dueDate: '2026-03-11', dealId: deals[0] });
    await create(seller, { title: 'sunday', assigneeId: executor.userId, dueDate: '2026-03-15', dealId: deals[1], kind: 'ISSUE_POLICY' });
    await create(seller, { title: 'next week', assigneeId: executor.userId, dueDate: '2026-03-16', dealId: deals[1] });
    await create(seller, { title: 'no due date', assigneeId: executor.userId });
    const finished = await create(seller, { title: 'done long ago', assigneeId: executor.userId, dueDate: '2026-01-01' });
    await h.run(STATUS, { variables: { input: { id: finished.id, version: finished.version, status: 'DONE' } }, identity: executor });
    await create(executor, { title: 'executor’s own note' });
  });
  afterAll(() => h?.close());

  it('lists tasks assigned to me by due date, tasks without one last', async () => {
    expect(titles(await myTasks(executor, {}))).toEqual(['done long ago', 'overdue', 'today', 'sunday', 'next week', 'no due date']);
    expect(titles(await myTasks(executor, { relation: 'CREATED_BY_ME' }))).toEqual(['executor’s own note']);
    expect(titles(await myTasks(executor, { relation: 'ANY' }))).toHaveLength(7);
    expect(titles(await myTasks(seller, { relation: 'ASSIGNED_TO_ME' }))).toEqual([]);
    expect(titles(await myTasks(seller, { relation: 'CREATED_BY_ME' }))).toHaveLength(6);
  });

  it('filters by due window relative to today (overdue means still open), status, kind and deal', async () => {
    expect(titles(await myTasks(executor, { filter: { due: 'OVERDUE' } }))).toEqual(['overdue']);
    expect(titles(await myTasks(executor, { filter: { due: 'TODAY' } }))).toEqual(['today']);
    expect(titles(await myTasks(executor, { filter: { due: 'THIS_WEEK' } }))).toEqual(['overdue', 'today', 'sunday']);
    expect(titles(await myTasks(executor, { filter: { due: 'TODAY', today: '2026-03-16' } }))).toEqual(['next week']);
    expect(titles(await myTasks(executor, { filter: { status: ['DONE'] } }))).toEqual(['done long ago']);
    expect(titles(await myTasks(executor, { filter: { kind: ['CALCULATION', 'ISSUE_POLICY'] } }))).toEqual(['overdue', 'sunday']);
    expect(titles(await myTasks(executor, { filter: { dealId: deals[1] } }))).toEqual(['sunday', 'next week']);
  });

  it('pages with opaque cursors without skipping or repeating', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: Page = await myTasks(executor, { first: 2, after });
      seen.push(...titles(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['done long ago', 'overdue', 'today', 'sunday', 'next week', 'no due date']);
    const bad = await h.run(MY_TASKS, { variables: { after: 'bm9wZQ' }, identity: executor });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('Deal.tasks answers every deal of a list in one batched read', async () => {
    const batch = jest.spyOn(h.tasks.services.queries, 'pagesByParent');
    const reps = deals.map((id) => ({ __typename: 'Deal', id }));
    const result = await h.run<{ _entities: { id: string; tasks: Page }[] }>(DEAL_TASKS, { variables: { reps }, identity: seller });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((d) => titles(d.tasks))).toEqual([['overdue', 'today'], ['sunday', 'next week'], []]);
    expect(batch).toHaveBeenCalledTimes(1);
    batch.mockRestore();
  });

  it('Deal.tasks shows a deal’s tasks to people with access; others see only their own', async () => {
    const participant = await h.user(['SELLER']);
    const stranger = await h.user(['SELLER']);
    await h.deliver('crm.deal.updated', {
      dealId: deals[0]!, organizationId: seller.orgId, clientId: '00000000-0000-4000-8000-000000000c01', ownerId: seller.userId,
      participantIds: [participant.userId], title: 'Deal', stage: 'NEW', archived: false, reviewDate: null, changedFields: ['participantIds'],
    });
    const reps = [{ __typename: 'Deal', id: deals[0] }];
    const as = async (identity: TestUser) => titles((await h.run<{ _entities: { tasks: Page }[] }>(DEAL_TASKS, { variables: { reps }, identity })).data!._entities[0]!.tasks);
    expect(await as(participant)).toEqual(['overdue', 'today']);
    expect(await as(stranger)).toEqual([]);
  });

  it('User.assignedTasks batches users and applies the caller’s visibility and filters', async () => {
    const other = await h.user(['EXECUTOR']);
    const outsider = await h.user(['SELLER']);
    await create(outsider, { title: 'outsider’s private task', assigneeId: other.userId });
    const batch = jest.spyOn(h.tasks.services.queries, 'pagesByParent');
    const reps = [executor, other].map((u) => ({ __typename: 'User', id: u.userId }));
    const result = await h.run<{ _entities: { tasks: Page; assignedTasks: Page }[] }>(USER_TASKS, { variables: { reps, filter: { due: 'THIS_WEEK' } }, identity: seller });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.map((u) => titles(u.assignedTasks))).toEqual([['overdue', 'today', 'sunday'], []]);
    expect(batch).toHaveBeenCalledTimes(1);
    batch.mockRestore();
    const own = await h.run<{ _entities: { assignedTasks: Page }[] }>(USER_TASKS, { variables: { reps: [reps[1]] }, identity: other });
    expect(titles(own.data!._entities[0]!.assignedTasks)).toEqual(['outsider’s private task']);
  });

  it('Query.task and Task references resolve to null for someone who may not see the task', async () => {
    const task = await create(seller, { title: 'between us', assigneeId: executor.userId });
    const stranger = await h.user(['SELLER']);
    const query = `query($id: ID!) { task(id: $id) { title } }`;
    expect((await h.run<{ task: { title: string } | null }>(query, { variables: { id: task.id }, identity: executor })).data?.task).toEqual({ title: 'between us' });
    expect((await h.run<{ task: null }>(query, { variables: { id: task.id }, identity: stranger })).data?.task).toBeNull();
    const admin = await h.user(['ADMIN']);
    expect((await h.run<{ task: { title: string } }>(query, { variables: { id: task.id }, identity: admin })).data?.task).toEqual({ title: 'between us' });
    const foreignAdmin = await h.user(['ADMIN'], '00000000-0000-4000-8000-0000000000ff');
    const entity = await h.run<{ _entities: unknown[] }>(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Task { title } } }`, {
      variables: { reps: [{ __typename: 'Task', id: task.id }] },
      identity: foreignAdmin,
    });
    expect(entity.data?._entities).toEqual([null]);
  });
});
