import type { Language, NotificationKind } from './notification-kinds';

export interface RenderedText {
  title: string;
  body: string;
}

type Params = Record<string, string>;
type Template = (p: Params) => RenderedText;

const p = (params: Params, name: string) => params[name] ?? '';
const money = (params: Params) => `${p(params, 'amount')} ${p(params, 'currency')}`;

const TASK_STATUS_RU: Params = { DONE: 'Задача выполнена', CANCELLED: 'Задача отменена', NEW: 'Задача возобновлена', IN_PROGRESS: 'Задача взята в работу' };
const TASK_STATUS_EN: Params = { DONE: 'Task done', CANCELLED: 'Task cancelled', NEW: 'Task reopened', IN_PROGRESS: 'Task in progress' };

/**
 * The one home of every notification text (SPEC: text is stored as a code plus parameters and
 * rendered in the reader's language). A missing parameter renders empty, never throws.
 */
const TEMPLATES: Record<Language, Record<NotificationKind, Template>> = {
  RU: {
    TASK_ASSIGNED: (x) => ({ title: 'Вам назначена задача', body: `«${p(x, 'taskTitle')}»` }),
    TASK_STATUS_CHANGED: (x) => ({ title: TASK_STATUS_RU[p(x, 'status')] ?? 'Статус задачи изменён', body: `«${p(x, 'taskTitle')}»` }),
    TASK_COMMENTED: (x) => ({ title: 'Новый комментарий к задаче', body: `«${p(x, 'taskTitle')}»: ${p(x, 'text')}` }),
    CALCULATION_ADDED: (x) => ({ title: 'Добавлен расчёт', body: `${p(x, 'insurerName')} — ${p(x, 'productName')}` }),
    CALCULATION_READY: (x) => ({ title: 'Расчёт готов', body: `${p(x, 'insurerName')} — ${p(x, 'productName')}` }),
    DEAL_REVIEW_DUE: (x) => ({ title: 'Сделка на пересмотр', body: `«${p(x, 'dealTitle')}», дата пересмотра ${p(x, 'reviewDate')}` }),
    INSTALMENT_OVERDUE: (x) => ({ title: 'Просрочен взнос', body: `«${p(x, 'dealTitle')}»: срок ${p(x, 'dueDate')}, не оплачено ${money(x)}` }),
    COMMISSION_RECEIVED: (x) => ({ title: 'Получена комиссия', body: `«${p(x, 'dealTitle')}»: ${money(x)}` }),
    EXPENSE_PAID: (x) => ({ title: 'Оплачен расход', body: `«${p(x, 'dealTitle')}»: ${p(x, 'description')}, ${money(x)}` }),
  },
  EN: {
    TASK_ASSIGNED: (x) => ({ title: 'A task was assigned to you', body: `"${p(x, 'taskTitle')}"` }),
    TASK_STATUS_CHANGED: (x) => ({ title: TASK_STATUS_EN[p(x, 'status')] ?? 'Task status changed', body: `"${p(x, 'taskTitle')}"` }),
    TASK_COMMENTED: (x) => ({ title: 'New comment on a task', body: `"${p(x, 'taskTitle')}": ${p(x, 'text')}` }),
    CALCULATION_ADDED: (x) => ({ title: 'Calculation added', body: `${p(x, 'insurerName')} — ${p(x, 'productName')}` }),
    CALCULATION_READY: (x) => ({ title: 'Calculation ready', body: `${p(x, 'insurerName')} — ${p(x, 'productName')}` }),
    DEAL_REVIEW_DUE: (x) => ({ title: 'Deal due for review', body: `"${p(x, 'dealTitle')}", review date ${p(x, 'reviewDate')}` }),
    INSTALMENT_OVERDUE: (x) => ({ title: 'Instalment overdue', body: `"${p(x, 'dealTitle')}": due ${p(x, 'dueDate')}, outstanding ${money(x)}` }),
    COMMISSION_RECEIVED: (x) => ({ title: 'Commission received', body: `"${p(x, 'dealTitle')}": ${money(x)}` }),
    EXPENSE_PAID: (x) => ({ title: 'Expense paid', body: `"${p(x, 'dealTitle')}": ${p(x, 'description')}, ${money(x)}` }),
  },
};

export function renderNotification(kind: NotificationKind, params: Params, language: Language = 'RU'): RenderedText {
  return TEMPLATES[language][kind](params);
}
