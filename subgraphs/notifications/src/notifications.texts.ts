import { defineTexts } from '@crm/texts';

/**
 * Every text of Notifications, RU and EN: its API's errors, and each notification kind's title and
 * body (`<kind>.title` / `<kind>.body`, filled from the notification's stored parameters) and the
 * Telegram buttons. `render-notification.ts` picks the entries; no other table of texts exists.
 */
export const NOTIFICATIONS_TEXTS = {
  notYours: { ru: 'можно указывать только свои уведомления', en: 'must be your own notifications' },
  notSentTo: { ru: 'уведомления {kind} не отправляются в канал {channel}', en: '{kind} is not sent to {channel}' },
  mandatory: { ru: 'уведомления {kind} в канале {channel} обязательны', en: '{kind} on {channel} is mandatory' },

  'TASK_ASSIGNED.title': { ru: 'Вам назначена задача', en: 'A task was assigned to you' },
  'TASK_ASSIGNED.body': { ru: '«{taskTitle}»', en: '"{taskTitle}"' },
  'TASK_STATUS_CHANGED.title': { ru: 'Статус задачи изменён', en: 'Task status changed' },
  'TASK_STATUS_CHANGED.title.DONE': { ru: 'Задача выполнена', en: 'Task done' },
  'TASK_STATUS_CHANGED.title.CANCELLED': { ru: 'Задача отменена', en: 'Task cancelled' },
  'TASK_STATUS_CHANGED.title.NEW': { ru: 'Задача возобновлена', en: 'Task reopened' },
  'TASK_STATUS_CHANGED.title.IN_PROGRESS': { ru: 'Задача взята в работу', en: 'Task in progress' },
  'TASK_STATUS_CHANGED.body': { ru: '«{taskTitle}»', en: '"{taskTitle}"' },
  'TASK_COMMENTED.title': { ru: 'Новый комментарий к задаче', en: 'New comment on a task' },
  'TASK_COMMENTED.body': { ru: '«{taskTitle}»: {text}', en: '"{taskTitle}": {text}' },
  'CALCULATION_ADDED.title': { ru: 'Добавлен расчёт', en: 'Calculation added' },
  'CALCULATION_ADDED.body': { ru: '{insurerName} — {productName}', en: '{insurerName} — {productName}' },
  'CALCULATION_READY.title': { ru: 'Расчёт готов', en: 'Calculation ready' },
  'CALCULATION_READY.body': { ru: '{insurerName} — {productName}', en: '{insurerName} — {productName}' },
  'DEAL_REVIEW_DUE.title': { ru: 'Сделка на пересмотр', en: 'Deal due for review' },
  'DEAL_REVIEW_DUE.body': { ru: '«{dealTitle}», дата пересмотра {reviewDate}', en: '"{dealTitle}", review date {reviewDate}' },
  'INSTALMENT_OVERDUE.title': { ru: 'Просрочен взнос', en: 'Instalment overdue' },
  'INSTALMENT_OVERDUE.body': { ru: '«{dealTitle}»: срок {dueDate}, не оплачено {amount}', en: '"{dealTitle}": due {dueDate}, outstanding {amount}' },
  'COMMISSION_RECEIVED.title': { ru: 'Получена комиссия', en: 'Commission received' },
  'COMMISSION_RECEIVED.body': { ru: '«{dealTitle}»: {amount}', en: '"{dealTitle}": {amount}' },
  'EXPENSE_PAID.title': { ru: 'Оплачен расход', en: 'Expense paid' },
  'EXPENSE_PAID.body': { ru: '«{dealTitle}»: {description}, {amount}', en: '"{dealTitle}": {description}, {amount}' },
  'DAILY_DIGEST.title': { ru: 'Утренняя сводка', en: 'Morning digest' },
  'DAILY_DIGEST.body': { ru: 'Сегодня: {items}', en: 'Today: {items}' },
  // The digest's counts, by the plural category of the count in the reader's language (Intl.PluralRules).
  'DAILY_DIGEST.reviewDue.one': { ru: '{count} сделка на пересмотр', en: '{count} deal due for review' },
  'DAILY_DIGEST.reviewDue.few': { ru: '{count} сделки на пересмотр', en: '{count} deals due for review' },
  'DAILY_DIGEST.reviewDue.many': { ru: '{count} сделок на пересмотр', en: '{count} deals due for review' },
  'DAILY_DIGEST.reviewDue.other': { ru: '{count} сделки на пересмотр', en: '{count} deals due for review' },
  'DAILY_DIGEST.overdue.one': { ru: '{count} просроченный взнос', en: '{count} overdue instalment' },
  'DAILY_DIGEST.overdue.few': { ru: '{count} просроченных взноса', en: '{count} overdue instalments' },
  'DAILY_DIGEST.overdue.many': { ru: '{count} просроченных взносов', en: '{count} overdue instalments' },
  'DAILY_DIGEST.overdue.other': { ru: '{count} просроченного взноса', en: '{count} overdue instalments' },
  'DAILY_DIGEST.tasks.one': { ru: '{count} задача', en: '{count} task' },
  'DAILY_DIGEST.tasks.few': { ru: '{count} задачи', en: '{count} tasks' },
  'DAILY_DIGEST.tasks.many': { ru: '{count} задач', en: '{count} tasks' },
  'DAILY_DIGEST.tasks.other': { ru: '{count} задачи', en: '{count} tasks' },
  'FILE_ADDED.title': { ru: 'Добавлен файл', en: 'File added' },
  'FILE_ADDED.body': { ru: '«{dealTitle}»: {fileName}', en: '"{dealTitle}": {fileName}' },
  'ROLES_CHANGED.title': { ru: 'Ваши роли изменены', en: 'Your roles changed' },
  'ROLES_CHANGED.body': { ru: 'Теперь: {roles}', en: 'Now: {roles}' },
  'API_KEY_CREATED.title': { ru: 'Создан ключ API', en: 'API key created' },
  'API_KEY_CREATED.body': { ru: '«{keyName}» действует от имени организации', en: '"{keyName}" acts for the organisation' },
  'NEW_DEVICE_LOGIN.title': { ru: 'Вход с нового устройства', en: 'Sign-in from a new device' },
  'NEW_DEVICE_LOGIN.body': { ru: '{device}, адрес {clientAddress}. Если это были не вы, смените пароль.', en: '{device}, address {clientAddress}. If it was not you, change your password.' },
  // Role names in the ROLES_CHANGED body; `roles` is stored as the codes, comma-separated.
  'role.ADMIN': { ru: 'администратор', en: 'administrator' },
  'role.SELLER': { ru: 'продавец', en: 'seller' },
  'role.EXECUTOR': { ru: 'исполнитель', en: 'executor' },
  'role.none': { ru: 'без ролей', en: 'no roles' },
  unknownAddress: { ru: 'неизвестен', en: 'unknown' },

  'button.takeTask': { ru: 'Взять в работу', en: 'Start working' },
  'button.openDeal': { ru: 'Открыть сделку', en: 'Open the deal' },
} as const;

export const notificationsText = defineTexts('notifications', NOTIFICATIONS_TEXTS);
