import { createTasksHarness, firstError, type TasksHarness, type TestUser } from '../testing/tasks-harness';

const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id version } } }`;
const STATUS = `mutation($input: ChangeTaskStatusInput!) { changeTaskStatus(input: $input) { task { id version status completedAt history { field from to actor { id } } } } }`;
const REOPEN = `mutation($input: ReopenTaskInput!) { reopenTask(input: $input) { task { id version status completedAt comments { text author { id } } } } }`;
const COMMENT = `mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { comment { text author { id } } task { id comments { text } } } }`;

interface StatusTask {
  id: string;
  version: number;
  status: string;
  completedAt: string | null;
  history: { field: string; from: string | null; to: string | null; actor: { id: string } }[];
}

describe('task status: transitions, executor permissions, reopening, comments', () => {
  let h: TasksHarness;
  let seller: TestUser;
  let executor: TestUser;
  let dealId: string;

  const newTask = async () => {
    const result = await h.run<{ createTask: { task: { id: string; version: number } } }>(CREATE, {
      variables: { input: { kind: 'CALCULATION', title: 'Quote', dealId, assigneeId: executor.userId } },
      identity: seller,
    });
    return result.data!.createTask.task;
  };
  const move = (task: { id: string; version: number }, status: string, identity: TestUser) =>
    h.run<{ changeTaskStatus: { task: StatusTask } }>(STATUS, { variables: { input: { id: task.id, version: task.version, status } }, identity });

  beforeAll(async () => {
    h = await createTasksHarness();
    seller = await h.user(['SELLER']);
    executor = await h.user(['EXECUTOR']);
    dealId = await h.deal(seller);
  });
  afterAll(() => h?.close());

  it('the executor takes the task and marks it done; each move is history and a status_changed event', async () => {
    const task = await newTask();
    const taken = await move(task, 'IN_PROGRESS', executor);
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.changeTaskStatus.task).toMatchObject({ status: 'IN_PROGRESS', version: 2, completedAt: null });
    const done = await move(taken.data!.changeTaskStatus.task, 'DONE', executor);
    expect(done.errors).toBeUndefined();
    const finished = done.data!.changeTaskStatus.task;
    expect(finished).toMatchObject({ status: 'DONE', version: 3 });
    expect(finished.completedAt).not.toBeNull();
    expect(finished.history.filter((c) => c.field === 'status')).toEqual([
      { field: 'status', from: 'NEW', to: 'IN_PROGRESS', actor: { id: executor.userId } },
      { field: 'status', from: 'IN_PROGRESS', to: 'DONE', actor: { id: executor.userId } },
    ]);
    const changes = (await h.published()).filter((e) => e.type === 'tasks.task.status_changed' && e.data.taskId === task.id);
    expect(changes.map((e) => [e.data.from, e.data.to, e.data.actorId])).toEqual([
      ['NEW', 'IN_PROGRESS', executor.userId],
      ['IN_PROGRESS', 'DONE', executor.userId],
    ]);
    expect(changes[1]!.data).toMatchObject({ dealId, kind: 'CALCULATION', status: 'DONE' });
  });

  it('rejects a move out of DONE with a clear error pointing at reopenTask, and writes nothing', async () => {
    const task = await newTask();
    const done = (await move(task, 'DONE', executor)).data!.changeTaskStatus.task;
    const eventsBefore = (await h.published()).length;
    const back = await move(done, 'IN_PROGRESS', executor);
    expect(firstError(back)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.status',
      message: 'input.status: задача в статусе DONE завершена; возобновите её через reopenTask',
    });
    expect(back.errors?.[0]?.extensions).toMatchObject({ from: 'DONE', to: 'IN_PROGRESS', allowed: [] });
    expect((await h.published()).length).toBe(eventsBefore);
    const cancelled = await move(done, 'CANCELLED', seller);
    expect(firstError(cancelled)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.status' });
  });

  it('the executor may hand a task back but not cancel it; a colleague who is not the assignee may do nothing', async () => {
    const task = await newTask();
    const taken = (await move(task, 'IN_PROGRESS', executor)).data!.changeTaskStatus.task;
    expect(firstError(await move(taken, 'CANCELLED', executor))).toMatchObject({ code: 'FORBIDDEN' });
    const colleague = await h.user(['EXECUTOR']);
    expect(firstError(await move(taken, 'DONE', colleague))).toMatchObject({ code: 'NOT_FOUND' });
    const handedBack = await move(taken, 'NEW', executor);
    expect(handedBack.data?.changeTaskStatus.task.status).toBe('NEW');
    expect((await move(handedBack.data!.changeTaskStatus.task, 'CANCELLED', seller)).data?.changeTaskStatus.task.status).toBe('CANCELLED');
  });

  it('a stale version is a CONFLICT', async () => {
    const task = await newTask();
    await move(task, 'IN_PROGRESS', executor);
    expect(firstError(await move(task, 'DONE', executor))).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
  });

  it('reopening is explicit: the author brings a done task back to NEW with the reason as a comment; the executor cannot', async () => {
    const task = await newTask();
    const done = (await move(task, 'DONE', executor)).data!.changeTaskStatus.task;
    expect(firstError(await h.run(REOPEN, { variables: { input: { id: done.id, version: done.version } }, identity: executor }))).toMatchObject({ code: 'FORBIDDEN' });
    const reopened = await h.run<{ reopenTask: { task: StatusTask & { comments: { text: string }[] } } }>(REOPEN, {
      variables: { input: { id: done.id, version: done.version, reason: 'The client wants a third insurer' } },
      identity: seller,
    });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.reopenTask.task).toMatchObject({ status: 'NEW', completedAt: null, comments: [{ text: 'The client wants a third insurer', author: { id: seller.userId } }] });
    const last = (await h.published()).slice(-2);
    expect(last.map((e) => e.type)).toEqual(['tasks.task.status_changed', 'tasks.task.commented']);
    expect(last[0]!.data).toMatchObject({ from: 'DONE', to: 'NEW' });
    const open = reopened.data!.reopenTask.task;
    expect(firstError(await h.run(REOPEN, { variables: { input: { id: open.id, version: open.version } }, identity: seller }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });

  it('anyone who sees the task may comment; the comment is an event; others get NOT_FOUND', async () => {
    const task = await newTask();
    const result = await h.run<{ addTaskComment: { comment: { text: string }; task: { comments: { text: string }[] } } }>(COMMENT, {
      variables: { input: { taskId: task.id, text: 'Need the car’s VIN' } },
      identity: executor,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addTaskComment.task.comments.map((c) => c.text)).toEqual(['Need the car’s VIN']);
    expect((await h.published()).at(-1)).toMatchObject({ type: 'tasks.task.commented', data: { taskId: task.id, commentAuthorId: executor.userId, text: 'Need the car’s VIN' } });
    const stranger = await h.user(['SELLER']);
    expect(firstError(await h.run(COMMENT, { variables: { input: { taskId: task.id, text: 'hi' } }, identity: stranger }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.taskId' });
    expect(firstError(await h.run(COMMENT, { variables: { input: { taskId: task.id, text: '  ' } }, identity: executor }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
  });
});
