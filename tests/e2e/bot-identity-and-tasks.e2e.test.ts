import { postGraphQL } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { buttonData, said, startBotTestSystem, type BotTestSystem } from './support/telegram-bot';

const CREATE_CODE = 'mutation { createTelegramLinkCode { code } }';
const TASK = 'query($id: ID!) { task(id: $id) { status comments { text author { email } } } }';
const AUDIT = 'query($filter: AuditLogFilter) { auditLog(filter: $filter, first: 100) { edges { node { action channel operationName entityId } } } }';
type AuditNodes = { auditLog: { edges: { node: { action: string; channel: string; operationName: string | null; entityId: string | null } }[] } };

/** Issue 17: the bot acts as the linked user, through the router's webhook, with its own credential only for identity. */
describe('Telegram bot: linking, identity and «Мои задачи»', () => {
  let bots: BotTestSystem;
  let seller: string;
  let taskId: string;
  const call = async <T>(query: string, variables: Record<string, unknown> = {}, token = seller): Promise<T> => {
    const result = await bots.system.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const linkCode = async (token: string) => (await call<{ createTelegramLinkCode: { code: string } }>(CREATE_CODE, {}, token)).createTelegramLinkCode.code;

  beforeAll(async () => {
    bots = await startBotTestSystem();
    seller = await bots.system.login('seller@demo.local');
    const { me } = await call<{ me: { id: string } }>('{ me { id } }');
    const created = await call<{ createTask: { task: { id: string } } }>('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', {
      input: { kind: 'OTHER', title: 'Позвонить Петрову', assigneeId: me.id },
    });
    taskId = created.createTask.task.id;
  });
  afterAll(() => bots?.stop());

  it('refuses a webhook call without the right secret token, handling nothing', async () => {
    const stranger = { update_id: 1, message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' }, from: { id: 1, is_bot: false, first_name: 'x' }, text: '/start' } };
    const before = bots.api.calls.length;
    expect((await bots.deliver(stranger, 'wrong-secret-but-long-enough-000')).status).toBe(401);
    expect((await bots.deliver(stranger, '')).status).toBe(401);
    expect(bots.api.calls.length).toBe(before);
  });

  it('gives an unlinked user the linking instructions and nothing else', async () => {
    const unlinked = bots.user(555001);
    expect(said(await unlinked.send('/start'))).toContain('/start КОД');
    const tasks = await unlinked.send('Мои задачи');
    expect(said(tasks)).toContain('привяжите Telegram');
    expect(said(tasks)).not.toContain('Позвонить Петрову');
    const pressed = await unlinked.press(`task:take:${taskId}`);
    expect(pressed).toEqual([expect.objectContaining({ method: 'answerCallbackQuery', text: expect.stringContaining('привяжите Telegram') })]);
    expect((await call<{ task: { status: string } }>(TASK, { id: taskId })).task.status).toBe('NEW');
  });

  it('links by `/start CODE` with a code from the web app; a wrong code is refused', async () => {
    const user = bots.user(555002);
    expect(said(await user.send('/start not-a-real-code'))).toContain('Код не подошёл');
    const linked = await user.send(`/start ${await linkCode(seller)}`);
    expect(said(linked)).toContain('Telegram привязан');
    const { me } = await call<{ me: { telegram: { telegramUserId: string } | null } }>('{ me { telegram { telegramUserId } } }');
    expect(me.telegram?.telegramUserId).toBe('555002');
  });

  it('lists my open tasks and takes one into work, comments and completes it with inline buttons', async () => {
    const user = bots.user(555002);
    const list = await user.send('Мои задачи');
    expect(said(list)).toContain('1. Позвонить Петрову — новая');
    await user.press(buttonData(list, '▶ 1'));
    expect((await call<{ task: { status: string } }>(TASK, { id: taskId })).task.status).toBe('IN_PROGRESS');

    expect(said(await user.press(buttonData(list, '💬 1')))).toContain('Напишите комментарий');
    expect(said(await user.send('Клиент перезвонит в пятницу'))).toContain('Комментарий добавлен');
    const commented = (await call<{ task: { comments: { text: string; author: { email: string } }[] } }>(TASK, { id: taskId })).task;
    expect(commented.comments).toEqual([{ text: 'Клиент перезвонит в пятницу', author: { email: 'seller@demo.local' } }]);

    expect(said(await user.press(buttonData(list, '✔ 1')))).toContain('выполнена');
    expect((await call<{ task: { status: string } }>(TASK, { id: taskId })).task.status).toBe('DONE');
    expect(said(await user.send('/tasks'))).toContain('Открытых задач нет');

    // The audit trail tells the bot from the web app: the calls and the events they caused are channel BOT.
    const admin = await bots.system.login('admin@demo.local');
    const audit = async (filter: Record<string, unknown>) =>
      (await call<AuditNodes>(AUDIT, { filter }, admin)).auditLog.edges.map((edge) => edge.node);
    const taskEvents = await eventually(async () => {
      const nodes = await audit({ entityId: taskId });
      if (nodes.filter((node) => node.action === 'tasks.task.status_changed').length < 2) throw new Error('trail not there yet');
      return nodes;
    });
    const channels = (actions: string[]) => taskEvents.filter((node) => actions.includes(node.action)).map((node) => `${node.action} ${node.channel}`);
    expect(channels(['tasks.task.created'])).toEqual(['tasks.task.created WEB']);
    expect(channels(['tasks.task.status_changed', 'tasks.task.commented']).sort()).toEqual([
      'tasks.task.commented BOT',
      'tasks.task.status_changed BOT',
      'tasks.task.status_changed BOT',
    ]);
    const calls = await eventually(async () => {
      const nodes = (await audit({ channel: 'BOT' })).filter((node) => node.action.startsWith('mutation.'));
      if (nodes.length < 3) throw new Error('calls not there yet');
      return nodes;
    });
    expect(calls.map((node) => node.operationName)).toEqual(expect.arrayContaining([expect.any(String)]));
  });

  it('the "Взять в работу" button on a delivered notification takes the task in the bot', async () => {
    const executorToken = await bots.system.login('executor@demo.local');
    const executor = bots.user(555004);
    expect(said(await executor.send(`/start ${await linkCode(executorToken)}`))).toContain('Telegram привязан');
    const executorId = (await call<{ me: { id: string } }>('{ me { id } }', {}, executorToken)).me.id;
    // Notifications hear of the link over the bus; a task assigned before that would be in-app only.
    await eventually(async () => expect((await call<{ notificationSettings: { telegramActive: boolean } }>('{ notificationSettings { telegramActive } }', {}, executorToken)).notificationSettings.telegramActive).toBe(true));
    const created = await eventually(() => call<{ createTask: { task: { id: string } } }>('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', { input: { kind: 'CALCULATION', title: 'Рассчитать КАСКО', assigneeId: executorId } }));
    const notification = await eventually(async () => {
      const found = bots.api.messages.find((m) => m.chatId === '555004' && m.text.includes('Рассчитать КАСКО'));
      if (!found) throw new Error('not delivered yet');
      return found;
    });
    const take = (notification.replyMarkup as { inline_keyboard: { text: string; callback_data?: string }[][] }).inline_keyboard.flat().find((b) => b.text === 'Взять в работу');
    expect(take?.callback_data).toBe(`task:take:${created.createTask.task.id}`);
    expect(said(await executor.press(take!.callback_data!))).toContain('взята в работу');
    expect((await call<{ task: { status: string } }>(TASK, { id: created.createTask.task.id })).task.status).toBe('IN_PROGRESS');
  });

  it('handles a redelivered webhook update once', async () => {
    const { me } = await call<{ me: { id: string } }>('{ me { id } }');
    const { createTask } = await call<{ createTask: { task: { id: string } } }>('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', {
      input: { kind: 'OTHER', title: 'Повторная доставка', assigneeId: me.id },
    });
    await bots.user(555002).press(`task:comment:${createTask.task.id}`);
    const update = { update_id: 990001, message: { message_id: 990001, date: 0, chat: { id: 555002, type: 'private' }, from: { id: 555002, is_bot: false, first_name: 'S' }, text: 'Один раз' } };
    expect(said((await bots.deliver(update, undefined, 555002)).replies)).toContain('Комментарий добавлен');
    const again = await bots.deliver(update, undefined, 555002);
    expect(again).toEqual({ status: 200, replies: [] });
    const { task } = await call<{ task: { comments: { text: string }[] } }>(TASK, { id: createTask.task.id });
    expect(task.comments.map((c) => c.text)).toEqual(['Один раз']);
  });

  it('a user of another organisation cannot act on this organisation’s task through its button', async () => {
    const signUp = await postGraphQL<{ signUp: { accessToken: string } }>(
      bots.system.url,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { variables: { input: { organizationName: 'Other Brokerage', email: 'owner@other.local', password: 'other-pass-123', displayName: 'Other Owner' } }, headers: { 'x-forwarded-for': '10.17.0.1' } },
    );
    const otherToken = signUp.data!.signUp.accessToken;
    const other = bots.user(555003);
    expect(said(await other.send(`/start ${await linkCode(otherToken)}`))).toContain('Telegram привязан');
    const { me } = await call<{ me: { id: string } }>('{ me { id } }');
    const { createTask } = await call<{ createTask: { task: { id: string } } }>('mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id } } }', {
      input: { kind: 'OTHER', title: 'Чужая задача', assigneeId: me.id },
    });
    const pressed = await other.press(`task:take:${createTask.task.id}`);
    expect(pressed).toEqual([expect.objectContaining({ method: 'answerCallbackQuery', text: expect.stringMatching(/Не нашёл|недоступно/) })]);
    expect((await call<{ task: { status: string } }>(TASK, { id: createTask.task.id })).task.status).toBe('NEW');
  });

  it('stops acting for a user at once after unlinking', async () => {
    const user = bots.user(555002);
    expect(said(await user.send('/tasks'))).toContain('Повторная доставка');
    await call('mutation { unlinkTelegramAccount { user { id } } }');
    const after = await user.send('/tasks');
    expect(said(after)).toContain('привяжите Telegram');
    expect(said(after)).not.toContain('Повторная доставка');
  });
});
