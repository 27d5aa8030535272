import { defineTexts } from '@crm/texts';

/** Everything Tasks tells people, in Russian and English (one table per package). */
export const tasksText = defineTexts('tasks', {
  cancelledDealArchived: { ru: 'Задача отменена: сделка перенесена в архив', en: 'Task cancelled: the deal was archived' },
  objectNeedsDeal: { ru: 'задача о расчёте или полисе должна указывать их сделку', en: 'a task about a calculation or a policy names their deal' },
  calculationNotOnDeal: { ru: 'в этой сделке нет такого расчёта', en: 'no such calculation on this deal' },
  noSuchTask: { ru: 'Задача не найдена', en: 'No such task' },
  noSuchDeal: { ru: 'В вашей организации нет такой сделки', en: 'No such deal in your organisation' },
  dealArchived: { ru: 'сделка в архиве', en: 'the deal is archived' },
  cannotWorkOnDeal: { ru: 'Вы не можете работать с этой сделкой', en: 'You cannot work on this deal' },
  cannotAssignNewPerson: {
    ru: 'Поручить задачу по сделке новому человеку может только тот, кто может добавлять участников сделки',
    en: 'Only who may add participants to the deal can give a task on it to someone new',
  },
  transition: { ru: 'нельзя перевести задачу из {from} в {to} (допустимо: {allowed})', en: 'cannot move a task from {from} to {to} (allowed from {from}: {allowed})' },
  finalStatus: { ru: 'задача в статусе {from} завершена; возобновите её через reopenTask', en: 'a {from} task is final; reopen it with reopenTask' },
  notReopenable: { ru: 'возобновить можно только выполненную или отменённую задачу (эта — {status})', en: 'only a DONE or CANCELLED task can be reopened (this one is {status})' },
  closedTask: { ru: 'задачу в статусе {status} нельзя изменить; сначала возобновите её', en: 'a {status} task cannot be changed; reopen it first' },
  cancelNotAllowed: { ru: 'Отменить задачу могут только её автор, владелец сделки или администратор', en: 'Only the author, the deal owner or an admin can cancel this task' },
  changeNotAllowed: {
    ru: 'Изменить задачу могут только исполнитель, автор, владелец сделки или администратор',
    en: 'Only the assignee, the author, the deal owner or an admin can change this task',
  },
  reopenNotAllowed: { ru: 'Возобновить задачу могут только её автор, владелец сделки или администратор', en: 'Only the author, the deal owner or an admin can reopen this task' },
  editNotAllowed: { ru: 'Редактировать задачу могут только её автор, владелец сделки или администратор', en: 'Only the author, the deal owner or an admin can edit this task' },
  reassignNotAllowed: { ru: 'Переназначить задачу могут только её автор, владелец сделки или администратор', en: 'Only the author, the deal owner or an admin can reassign this task' },
});
