import { createTasksHarness, firstError, type TasksHarness, type TestUser } from '../testing/tasks-harness';

const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id version } } }`;
const ASSIGN = `mutation($input: AssignTaskInput!) { assignTask(input: $input) { task { id } } }`;

/** ADR 0016: a task's assignee becomes a participant of its deal only where the author could have added them (issue 8, item 5). */
describe('no sideways grants through tasks', () => {
  let h: TasksHarness;
  let owner: TestUser;
  let executor: TestUser;
  let outsider: TestUser;
  let colleague: TestUser;
  let dealId: string;

  const assigned = async () => (await h.published()).filter((e) => e.type === 'tasks.task.assigned').length;

  beforeAll(async () => {
    h = await createTasksHarness();
    owner = await h.user(['SELLER']);
    executor = await h.user(['EXECUTOR']);
    outsider = await h.user(['SELLER']);
    colleague = await h.user(['EXECUTOR']);
    dealId = await h.deal(owner, [executor.userId, colleague.userId]);
  });
  afterAll(() => h?.close());

  it('an executor on the deal cannot give a task on it to someone not on it, and nothing is written or published', async () => {
    const before = await assigned();
    const result = await h.run(CREATE, { variables: { input: { kind: 'OTHER', title: 'для продавца', dealId, assigneeId: outsider.userId } }, identity: executor });
    expect(firstError(result)).toMatchObject({ code: 'FORBIDDEN', field: 'input.assigneeId' });
    expect(await assigned()).toBe(before);
  });

  it('an executor may still hand a task to someone already on the deal; reassigning it to an outsider is refused', async () => {
    const created = await h.run<{ createTask: { task: { id: string; version: number } } }>(CREATE, {
      variables: { input: { kind: 'OTHER', title: 'коллеге', dealId, assigneeId: colleague.userId } },
      identity: executor,
    });
    expect(created.errors).toBeUndefined();
    const task = created.data!.createTask.task;
    const reassign = await h.run(ASSIGN, { variables: { input: { id: task.id, version: task.version, assigneeId: outsider.userId } }, identity: executor });
    expect(firstError(reassign)).toMatchObject({ code: 'FORBIDDEN', field: 'input.assigneeId' });
  });

  it('the deal owner may give a task on it to anyone of the organisation', async () => {
    const result = await h.run(CREATE, { variables: { input: { kind: 'OTHER', title: 'новому', dealId, assigneeId: outsider.userId } }, identity: owner });
    expect(result.errors).toBeUndefined();
  });
});
