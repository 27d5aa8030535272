import type { EntryRow } from '../db/entries-table';

export type Language = 'RU' | 'EN';

type Texts = Readonly<Record<Language, string>>;

/** What each action code reads as; `{entity}` is the entity's id, `{fields}` the changed fields. Nothing English is stored. */
const ACTIONS: Readonly<Record<string, Texts>> = {
  'auth.user.created': { RU: 'Создан пользователь', EN: 'User created' },
  'auth.user.roles_changed': { RU: 'Изменены роли пользователя', EN: 'User roles changed' },
  'auth.user.deactivated': { RU: 'Пользователь отключён', EN: 'User deactivated' },
  'auth.user.tokens_revoked': { RU: 'Отозваны токены пользователя', EN: 'User tokens revoked' },
  'auth.user.logged_in': { RU: 'Вход в систему', EN: 'Signed in' },
  'auth.user.login_failed': { RU: 'Неудачная попытка входа', EN: 'Failed sign-in attempt' },
  'auth.session.revoked': { RU: 'Сессия завершена', EN: 'Session revoked' },
  'auth.api_key.revoked': { RU: 'Отозван ключ API', EN: 'API key revoked' },
  'auth.telegram.linked': { RU: 'Привязан Telegram', EN: 'Telegram linked' },
  'auth.telegram.unlinked': { RU: 'Отвязан Telegram', EN: 'Telegram unlinked' },
  'crm.settings.changed': { RU: 'Изменены настройки организации', EN: 'Organisation settings changed' },
  'crm.client.created': { RU: 'Создан клиент', EN: 'Client created' },
  'crm.client.updated': { RU: 'Изменён клиент', EN: 'Client updated' },
  'crm.client.merged': { RU: 'Клиенты объединены', EN: 'Clients merged' },
  'crm.client.deleted': { RU: 'Удалён клиент', EN: 'Client deleted' },
  'crm.deal.created': { RU: 'Создана сделка', EN: 'Deal created' },
  'crm.deal.updated': { RU: 'Изменена сделка: {fields}', EN: 'Deal updated: {fields}' },
  'crm.deal.stage_changed': { RU: 'Сделка переведена на другой этап: {fields}', EN: 'Deal stage changed: {fields}' },
  'crm.deal.review_due': { RU: 'Сделка вернулась на рассмотрение', EN: 'Deal back for review' },
  'crm.journal.entry_added': { RU: 'Запись в журнале сделки', EN: 'Deal journal entry added' },
  'crm.calculation.added': { RU: 'Добавлен расчёт', EN: 'Calculation added' },
  'crm.calculation.updated': { RU: 'Изменён расчёт', EN: 'Calculation updated' },
  'crm.calculation.chosen': { RU: 'Выбран расчёт', EN: 'Calculation chosen' },
  'crm.policy.created': { RU: 'Оформлен полис', EN: 'Policy created' },
  'crm.policy.updated': { RU: 'Изменён полис', EN: 'Policy updated' },
  'tasks.task.created': { RU: 'Создана задача', EN: 'Task created' },
  'tasks.task.assigned': { RU: 'Задача назначена', EN: 'Task assigned' },
  'tasks.task.status_changed': { RU: 'Изменён статус задачи: {fields}', EN: 'Task status changed: {fields}' },
  'tasks.task.commented': { RU: 'Комментарий к задаче', EN: 'Task commented' },
  'payments.schedule.changed': { RU: 'Изменён график платежей', EN: 'Payment schedule changed' },
  'payments.instalment.paid': { RU: 'Оплачен взнос', EN: 'Instalment paid' },
  'payments.income.received': { RU: 'Получена комиссия', EN: 'Commission received' },
  'payments.expense.paid': { RU: 'Оплачен расход', EN: 'Expense paid' },
  'payments.instalment.overdue': { RU: 'Взнос просрочен', EN: 'Instalment overdue' },
};

const MUTATION: Readonly<Record<'ok' | 'refused', Texts>> = {
  ok: { RU: 'Выполнено: {operation}', EN: 'Done: {operation}' },
  refused: { RU: 'Отказано: {operation} ({outcome})', EN: 'Refused: {operation} ({outcome})' },
};

const OTHER: Texts = { RU: 'Событие {action}', EN: 'Event {action}' };

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => params[name] ?? '');
}

/** The entry in words, in the reader's language, from its codes and the names of the fields it changed. */
export function summarize(entry: Pick<EntryRow, 'action' | 'outcome' | 'changes'>, language: Language): string {
  const fields = Object.keys(entry.changes ?? {}).join(', ');
  if (entry.action.startsWith('mutation.')) {
    const texts = entry.outcome === 'ok' ? MUTATION.ok : MUTATION.refused;
    return fill(texts[language], { operation: entry.action.slice('mutation.'.length), outcome: entry.outcome });
  }
  const template = (ACTIONS[entry.action] ?? OTHER)[language];
  return fill(template, { fields, action: entry.action }).replace(/:\s*$/, '');
}
