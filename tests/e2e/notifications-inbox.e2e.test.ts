import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

const ME = 'query { me { id } }';
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id version } } }`;
const COMMENT = `mutation($input: AddTaskCommentInput!) { addTaskComment(input: $input) { comment { id } } }`;
const STATUS = `mutation($input: ChangeTaskStatusInput!) { changeTaskStatus(input: $input) { task { id version } } }`;
const INBOX = `query($first: Int, $after: String, $filter: NotificationFilter) {
  notifications(first: $first, after: $after, filter: $filter) {
    edges { node { id kind title body task { id title } deal { id } seenAt readAt archivedAt } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationsCount
}`;
const READ = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { notifications { id readAt seenAt } unreadCount } }`;
const READ_ALL = `mutation { markAllNotificationsRead { marked unreadCount } }`;
const ARCHIVE = `mutation($input: ArchiveNotificationsInput!) { archiveNotifications(input: $input) { notifications { id archivedAt } unreadCount } }`;
const SEEN = `mutation { markNotificationsSeen }`;
const SETTINGS_FIELDS = `language quietHours { start end } timeZone preferences { kind channel enabled mandatory }`;
const SETTINGS = `query { notificationSettings { ${SETTINGS_FIELDS} } }`;
const UPDATE_SETTINGS = `mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { ${SETTINGS_FIELDS} } }`;

interface Settings {
  language: string;
  quietHours: { start: string; end: string } | null;
  timeZone: string;
  preferences: { kind: string; channel: string; enabled: boolean; mandatory: boolean }[];
}

interface Node {
  id: string;
  kind: string;
  title: string;
  body: string;
  task: { id: string; title: string } | null;
  seenAt: string | null;
  readAt: string | null;
  archivedAt: string | null;
}
interface Inbox {
  notifications: { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  unreadNotificationsCount: number;
}

/** Task hand-offs reach the other person's inbox through the bus; the inbox is read and changed through the router. */
describe('notifications inbox through the router', () => {
  let system: TestSystem;
  let seller: string;
  let executor: string;
  let executorId: string;

  const inbox = async (token: string, variables: Record<string, unknown> = {}) => {
    const result = await system.graphql<Inbox>(INBOX, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const createTask = async (title: string) => {
    const result = await eventually(async () => {
      const created = await system.graphql<{ createTask: { task: { id: string; version: number } } }>(CREATE, { input: { kind: 'OTHER', title, assigneeId: executorId } }, seller);
      expect(created.errors).toBeUndefined();
      return created.data!.createTask.task;
    });
    return result;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    executor = await system.login('executor@demo.local');
    executorId = (await system.graphql<{ me: { id: string } }>(ME, {}, executor)).data!.me.id;
  });
  afterAll(() => system?.stop());

  it('an assignment reaches the assignee once, rendered in Russian and linked to the task; the seller who assigned hears nothing', async () => {
    const task = await createTask('Рассчитать КАСКО');
    const received = await eventually(async () => {
      const data = await inbox(executor);
      expect(data.notifications.edges).toHaveLength(1);
      return data;
    });
    expect(received.notifications.edges[0]!.node).toMatchObject({
      kind: 'TASK_ASSIGNED',
      title: 'Вам назначена задача',
      body: '«Рассчитать КАСКО»',
      task: { id: task.id, title: 'Рассчитать КАСКО' },
      seenAt: null,
      readAt: null,
    });
    expect(received.unreadNotificationsCount).toBe(1);
    expect((await inbox(seller)).notifications.edges).toEqual([]);
  });

  it("the executor's comment and status change notify the author, never the executor", async () => {
    const task = await createTask('Оформить полис');
    await eventually(async () => expect((await inbox(executor)).unreadNotificationsCount).toBe(2));
    expect((await system.graphql(COMMENT, { input: { taskId: task.id, text: 'Нужен паспорт клиента' } }, executor)).errors).toBeUndefined();
    expect((await system.graphql(STATUS, { input: { id: task.id, version: task.version, status: 'DONE' } }, executor)).errors).toBeUndefined();
    const sellerInbox = await eventually(async () => {
      const data = await inbox(seller);
      expect(data.notifications.edges).toHaveLength(2);
      return data;
    });
    // Newest first.
    expect(sellerInbox.notifications.edges.map((e) => [e.node.kind, e.node.title, e.node.body])).toEqual([
      ['TASK_STATUS_CHANGED', 'Задача выполнена', '«Оформить полис»'],
      ['TASK_COMMENTED', 'Новый комментарий к задаче', '«Оформить полис»: Нужен паспорт клиента'],
    ]);
    expect((await inbox(executor)).unreadNotificationsCount).toBe(2);
  });

  it('pages newest first, marks seen, read, all read and archived; someone else’s id is refused and changes nothing', async () => {
    const first = await inbox(executor, { first: 1 });
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await inbox(executor, { first: 1, after: first.notifications.pageInfo.endCursor });
    expect(second.notifications.edges.map((e) => e.node.task?.title)).toEqual(['Рассчитать КАСКО']);
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);
    const [newest, oldest] = [first.notifications.edges[0]!.node, second.notifications.edges[0]!.node];

    expect((await system.graphql<{ markNotificationsSeen: number }>(SEEN, {}, executor)).data?.markNotificationsSeen).toBe(2);
    expect((await inbox(executor)).notifications.edges.every((e) => e.node.seenAt !== null && e.node.readAt === null)).toBe(true);

    const sellerOwn = (await inbox(seller)).notifications.edges[0]!.node.id;
    const refused = await system.graphql(READ, { input: { ids: [oldest.id, sellerOwn] } }, executor);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ids' });
    expect((await inbox(executor)).unreadNotificationsCount).toBe(2);

    const read = await system.graphql<{ markNotificationsRead: { notifications: Node[]; unreadCount: number } }>(READ, { input: { ids: [oldest.id] } }, executor);
    expect(read.data?.markNotificationsRead.unreadCount).toBe(1);
    expect((await inbox(executor, { filter: { unreadOnly: true } })).notifications.edges.map((e) => e.node.id)).toEqual([newest.id]);

    const archived = await system.graphql<{ archiveNotifications: { unreadCount: number } }>(ARCHIVE, { input: { ids: [newest.id] } }, executor);
    expect(archived.data?.archiveNotifications.unreadCount).toBe(0);
    expect((await inbox(executor)).notifications.edges.map((e) => e.node.id)).toEqual([oldest.id]);
    expect((await inbox(executor, { filter: { archived: true } })).notifications.edges.map((e) => e.node.id)).toEqual([newest.id]);

    expect((await system.graphql<{ markAllNotificationsRead: { marked: number; unreadCount: number } }>(READ_ALL, {}, seller)).data?.markAllNotificationsRead).toEqual({
      marked: 2,
      unreadCount: 0,
    });
  });

  it('refuses a cursor it did not issue and an empty id list, naming the field', async () => {
    expect((await system.graphql(INBOX, { after: 'bm90LWEtY3Vyc29y' }, executor)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await system.graphql(READ, { input: { ids: [] } }, executor)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ids' });
  });

  it('settings: Russian and everything on by default; a mandatory switch or a bad time is refused naming the field and nothing is written', async () => {
    const defaults = (await system.graphql<{ notificationSettings: Settings }>(SETTINGS, {}, executor)).data!.notificationSettings;
    expect(defaults).toMatchObject({ language: 'RU', quietHours: null, timeZone: 'Europe/Moscow' });
    expect(defaults.preferences.every((p) => p.enabled)).toBe(true);
    expect(defaults.preferences).toContainEqual({ kind: 'TASK_ASSIGNED', channel: 'IN_APP', enabled: true, mandatory: true });
    expect(defaults.preferences.find((p) => p.kind === 'COMMISSION_RECEIVED' && p.channel === 'TELEGRAM')).toBeUndefined();

    const mandatory = await system.graphql(UPDATE_SETTINGS, { input: { language: 'EN', preferences: [{ kind: 'TASK_ASSIGNED', channel: 'IN_APP', enabled: false }] } }, executor);
    expect(mandatory.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.preferences.0' });
    const badTime = await system.graphql(UPDATE_SETTINGS, { input: { language: 'EN', quietHours: { start: '25:00', end: '08:00' } } }, executor);
    expect(badTime.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quietHours.start' });
    expect((await system.graphql<{ notificationSettings: Settings }>(SETTINGS, {}, executor)).data!.notificationSettings.language).toBe('RU');
  });

  it('a kind turned off in-app is not written; the inbox renders in the language the reader chose', async () => {
    const updated = await system.graphql<{ updateNotificationSettings: Settings }>(
      UPDATE_SETTINGS,
      { input: { language: 'EN', quietHours: { start: '22:00', end: '08:00' }, preferences: [{ kind: 'TASK_COMMENTED', channel: 'IN_APP', enabled: false }] } },
      executor,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateNotificationSettings).toMatchObject({ language: 'EN', quietHours: { start: '22:00', end: '08:00' } });
    expect(updated.data!.updateNotificationSettings.preferences).toContainEqual({ kind: 'TASK_COMMENTED', channel: 'IN_APP', enabled: false, mandatory: false });

    const task = await createTask('Check the payment');
    expect((await system.graphql(COMMENT, { input: { taskId: task.id, text: 'Any news?' } }, seller)).errors).toBeUndefined();
    // The assignment (mandatory) arrives; the comment, sent after it, must not.
    const titles = await eventually(async () => {
      const data = await inbox(executor, { first: 5 });
      expect(data.notifications.edges[0]?.node.body).toBe('"Check the payment"');
      return data.notifications.edges.map((e) => e.node.title);
    });
    expect(titles[0]).toBe('A task was assigned to you');
    const done = await system.graphql(STATUS, { input: { id: task.id, version: task.version, status: 'DONE' } }, executor);
    expect(done.errors).toBeUndefined();
    // The seller's status notification (after the comment) has arrived, so the comment's consumer has run too.
    await eventually(async () => expect((await inbox(seller)).notifications.edges[0]?.node.body).toBe('«Check the payment»'));
    expect((await inbox(executor, { filter: { kind: ['TASK_COMMENTED'] } })).notifications.edges).toEqual([]);

    const quietOff = await system.graphql<{ updateNotificationSettings: Settings }>(UPDATE_SETTINGS, { input: { quietHours: null } }, executor);
    expect(quietOff.data!.updateNotificationSettings).toMatchObject({ language: 'EN', quietHours: null });
  });
});
