import { defineTexts } from '@crm/texts';

/** Everything Payments tells people, in Russian and English (one table per package). */
export const paymentsText = defineTexts('payments', {
  noSuchItem: { ru: 'Позиция графика не найдена', en: 'No such item' },
  noSuchSchedule: { ru: 'График платежей не найден', en: 'No such policy schedule' },
  noSuchEntry: { ru: 'Запись не найдена', en: 'No such entry' },
  noSuchConflict: { ru: 'Расхождение не найдено', en: 'No such conflict' },
  conflictResolved: { ru: 'Расхождение уже разрешено', en: 'The conflict is already resolved' },
  instalmentNeedsDueDate: { ru: 'у взноса должна быть дата платежа', en: 'an instalment needs a due date' },
  expenseNeedsDescription: { ru: 'у расхода должно быть описание', en: 'an expense needs a description' },
  overpayment: {
    ru: 'сумма больше остатка к оплате ({outstanding} {currency}); чтобы записать переплату, подтвердите её явно',
    en: 'is more than the outstanding {outstanding} {currency}; to record an overpayment, confirm it explicitly',
  },
  itemCancelled: { ru: 'позиция отменена', en: 'the item is cancelled' },
  reversalOfReversal: { ru: 'сторно нельзя сторнировать: внесите сумму заново', en: 'a reversal cannot itself be reversed: record the money again' },
  alreadyReversed: { ru: 'Запись уже сторнирована', en: 'The entry is already reversed' },
  referenceUsed: { ru: 'Платёж с этой ссылкой уже записан на другую позицию или сумму', en: 'A payment with this reference is already recorded against another item or amount' },
  moneyWriteNotAllowed: {
    ru: 'Изменять деньги по сделке могут только её владелец, участники или администратор',
    en: 'Only the deal’s owner, its participants or an administrator can change its money',
  },
  otherSellers: { ru: 'Данные других продавцов видит только администратор', en: 'Only an administrator sees other sellers' },
  // Schedule conflicts: stored as code + parameters, rendered in the reader's language.
  TERMS_CHANGED_ITEM_HAS_ACTUALS: {
    ru: '{item} №{number}: по ней уже есть деньги, она остаётся {was}; новые условия говорят {now}',
    en: '{item} {number} has money recorded and stays {was}; the new terms say {now}',
  },
  TERMS_REMOVED_ITEM_HAS_ACTUALS: {
    ru: '{item} №{number} ({was}) больше нет в условиях, но по ней уже есть деньги',
    en: '{item} {number} ({was}) is no longer in the terms but has money recorded',
  },
  TOTAL_MISMATCH: { ru: 'Взносы в сумме дают {total}, а премия {premium}', en: 'The instalments add up to {total}, the premium is {premium}' },
  CURRENCY_MISMATCH: { ru: 'Суммы полиса в валютах {currencies}, а премия в {currency}', en: "The policy's amounts are in {currencies}, the premium in {currency}" },
  INSTALMENT: { ru: 'Взнос', en: 'Instalment' },
  COMMISSION: { ru: 'Комиссия', en: 'Commission income' },
  EXPENSE: { ru: 'Расход', en: 'Expense' },
});
