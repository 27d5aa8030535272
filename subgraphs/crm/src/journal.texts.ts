import { defineTexts } from '@crm/texts';

/**
 * What the system writes in a deal's journal (SYSTEM entries), stored as a reason code plus
 * parameters and rendered in the reader's language (ADR 0054); journal-writer.ts shows a `…Stage`
 * parameter as the stage's word, amounts as money and days as dates in that language.
 */
export const journalText = defineTexts('crm.journal', {
  stageChanged: { ru: 'Стадия изменена: {fromStage} → {toStage}', en: 'Stage changed: {fromStage} → {toStage}' },
  stageChangedLost: { ru: 'Стадия изменена: {fromStage} → {toStage} ({reason})', en: 'Stage changed: {fromStage} → {toStage} ({reason})' },
  stageCalculationTask: {
    ru: 'Стадия сменилась сама: {fromStage} → {toStage}, назначена задача на расчёт «{title}»',
    en: 'Stage moved on by itself: {fromStage} → {toStage}, calculation task “{title}” assigned',
  },
  stageCalculationReady: {
    ru: 'Стадия сменилась сама: {fromStage} → {toStage}, расчёт готов: {calculation}',
    en: 'Stage moved on by itself: {fromStage} → {toStage}, calculation ready: {calculation}',
  },
  stageCalculationSent: {
    ru: 'Стадия сменилась сама: {fromStage} → {toStage}, расчёт отправлен клиенту: {calculation}',
    en: 'Stage moved on by itself: {fromStage} → {toStage}, calculation sent to the client: {calculation}',
  },
  stageCalculationChosen: {
    ru: 'Стадия сменилась сама: {fromStage} → {toStage}, выбран вариант: {calculation}',
    en: 'Stage moved on by itself: {fromStage} → {toStage}, variant chosen: {calculation}',
  },
  stageIssueTask: {
    ru: 'Стадия сменилась сама: {fromStage} → {toStage}, поставлена задача на оформление полиса «{title}»',
    en: 'Stage moved on by itself: {fromStage} → {toStage}, issue-policy task “{title}”',
  },
  stagePolicyActive: {
    ru: 'Стадия сменилась сама: {fromStage} → {toStage}, полис № {number} действует',
    en: 'Stage moved on by itself: {fromStage} → {toStage}, policy № {number} is active',
  },
  calculationAdded: { ru: 'Добавлен расчёт: {calculation}', en: 'Calculation added: {calculation}' },
  calculationChosen: { ru: 'Выбран расчёт: {calculation}', en: 'Calculation chosen: {calculation}' },
  policyAdded: {
    ru: 'Добавлен полис № {number}: {insurer} — {product}, {startDate} – {endDate}, премия {premium}',
    en: 'Policy added: № {number}, {insurer} — {product}, {startDate} – {endDate}, premium {premium}',
  },
  renewalOpened: { ru: 'Открыта сделка на продление полиса № {number}', en: 'Renewal deal opened for policy № {number}' },
  renewalOf: { ru: 'Продление полиса № {number} ({startDate} – {endDate})', en: 'Renewal of policy № {number} ({startDate} – {endDate})' },
  taskDone: { ru: 'Задача выполнена: {title}', en: 'Task done: {title}' },
  paymentRecorded: { ru: 'Получена оплата: {amount} от {day} (полис № {number})', en: 'Payment recorded: {amount} on {day} (policy № {number})' },
  overpaymentRecorded: { ru: 'Переплата: {amount} сверх плана от {day} (полис № {number})', en: 'Overpayment recorded: {amount} more than planned on {day} (policy № {number})' },
  commissionReceived: { ru: 'Получена комиссия: {amount} от {day} (полис № {number})', en: 'Commission received: {amount} on {day} (policy № {number})' },
});

/** Data the system writes for the user to keep or edit (a renewal's title): written once, in the requester's language. */
export const renewalText = defineTexts('crm.renewal', {
  title: { ru: 'Продление: {title}', en: 'Renewal: {title}' },
  variantLabel: { ru: 'продление', en: 'renewal' },
  carriedOver: { ru: 'Перенесено из полиса № {number}', en: 'Carried over from policy № {number}' },
});
