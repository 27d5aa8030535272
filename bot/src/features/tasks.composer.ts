import { hears } from '@grammyjs/i18n';
import { Composer, InlineKeyboard } from 'grammy';
import { asUser } from '../crm-call';
import type { BotContext, BotConversation, InnerContext } from '../context';
import { AddTaskComment, ChangeTaskStatus, MyOpenTasks, TaskForBot } from '../graphql/operations';
import { RouterError } from '../router-client';
import { startFlow, type ConversationArgs, type ConversationKit } from './conversation-kit';
import { PAGE_SIZE, pageButtons, pageOf } from './pages';
import { askText } from './pick-deal';

export const TASK_COMMENT = 'taskComment';

/** «Мои задачи»: the user's open tasks, taken into work, done or commented with inline buttons. */
export function tasksComposer(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.filter(hears('menu-tasks'), (ctx) => showTasks(ctx, 0));
  composer.command('tasks', (ctx) => showTasks(ctx, 0));
  composer.callbackQuery(/^tasks:page:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showTasks(ctx, Number(ctx.match[1]));
  });
  // `task:take:<id>` is also the button on Notifications' "task assigned" messages.
  composer.callbackQuery(/^task:(take|done):(.+)$/, async (ctx) => {
    const [, action, id] = ctx.match;
    const task = await currentTask(ctx, id!);
    const status = action === 'take' ? 'IN_PROGRESS' : 'DONE';
    const { changeTaskStatus } = await asUser(ctx, ChangeTaskStatus, { input: { id: task.id, version: task.version, status } });
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t(action === 'take' ? 'task-taken' : 'task-completed', { title: changeTaskStatus.task.title }));
  });
  composer.callbackQuery(/^task:comment:(.+)$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await startFlow(ctx, TASK_COMMENT, { taskId: ctx.match[1]! });
  });
  return composer;
}

async function currentTask(ctx: BotContext, id: string) {
  const { task } = await asUser(ctx, TaskForBot, { id });
  if (!task) throw new RouterError('NOT_FOUND', undefined, 'task not found');
  return task;
}

async function showTasks(ctx: BotContext, page: number): Promise<void> {
  const { myTasks } = await asUser(ctx, MyOpenTasks, { first: (page + 1) * PAGE_SIZE + 1 });
  const all = myTasks.edges.map((e) => e.node);
  const tasks = pageOf(all, page);
  if (tasks.length === 0) return void (await ctx.reply(ctx.t('tasks-empty')));
  const keyboard = new InlineKeyboard();
  const lines = tasks.map((task, i) => {
    const n = page * PAGE_SIZE + i + 1;
    keyboard
      .text(ctx.t('task-take', { n }), `task:take:${task.id}`)
      .text(ctx.t('task-done', { n }), `task:done:${task.id}`)
      .text(ctx.t('task-comment', { n }), `task:comment:${task.id}`)
      .row();
    return ctx.t('task-line', {
      n,
      title: task.title,
      due: task.dueDate ? ctx.t('task-due', { date: task.dueDate }) : '',
      deal: task.deal ? ctx.t('task-deal', { deal: task.deal.title }) : '',
      status: ctx.t(`task-status-${task.status}`),
    });
  });
  pageButtons(keyboard, (key, variables) => ctx.t(key, variables), 'tasks:page:', page, all.length > (page + 1) * PAGE_SIZE);
  await ctx.reply([ctx.t('tasks-title', { page: page + 1 }), ...lines].join('\n'), { reply_markup: keyboard });
}

/** A comment on a task: the user types it after pressing the task's 💬 button. */
export function taskCommentConversation(kit: ConversationKit) {
  return async (conversation: BotConversation, ctx: InnerContext, args: ConversationArgs & { taskId: string }) => {
    const t = kit.texts(args.locale);
    const { task } = await conversation.external((outer) => asUser(outer, TaskForBot, { id: args.taskId }));
    if (!task) return void (await ctx.reply(t('error-not-found')));
    const text = await askText(conversation, ctx, kit, t, `${t('task-comment-ask', { title: task.title })}\n${t('cancel-hint')}`);
    await conversation.external((outer) => asUser(outer, AddTaskComment, { input: { taskId: task.id, text } }));
    await ctx.reply(t('task-commented'));
  };
}
