import { defineTexts, reasonText, type TextEntry } from './texts';
import type { Language } from './language';

/**
 * The domain's codes as people call them, one table for every package that shows a code as a word
 * (CRM's journal, Audit's change lines); the web app's `stage.*`, `task.status.*`… say the same.
 * Keys are `<group>.<code>`.
 */
const WORDS = {
  'stage.NEW': { ru: 'Новая', en: 'New' },
  'stage.CALCULATION': { ru: 'Расчёт', en: 'Calculation' },
  'stage.NEGOTIATION': { ru: 'Переговоры', en: 'Negotiation' },
  'stage.ISSUING': { ru: 'Оформление', en: 'Issuing' },
  'stage.ACTIVE': { ru: 'Действует', en: 'Active' },
  'stage.CLOSED_WON': { ru: 'Успешно закрыта', en: 'Won' },
  'stage.CLOSED_LOST': { ru: 'Проиграна', en: 'Lost' },
  'taskStatus.NEW': { ru: 'Новая', en: 'New' },
  'taskStatus.IN_PROGRESS': { ru: 'В работе', en: 'In progress' },
  'taskStatus.DONE': { ru: 'Выполнена', en: 'Done' },
  'taskStatus.CANCELLED': { ru: 'Отменена', en: 'Cancelled' },
  'calculationStatus.DRAFT': { ru: 'Черновик', en: 'Draft' },
  'calculationStatus.READY': { ru: 'Готов', en: 'Ready' },
  'calculationStatus.SENT': { ru: 'Отправлен', en: 'Sent' },
  'calculationStatus.CHOSEN': { ru: 'Выбран', en: 'Chosen' },
  'calculationStatus.REJECTED': { ru: 'Отклонён', en: 'Rejected' },
  'policyStatus.DRAFT': { ru: 'Черновик', en: 'Draft' },
  'policyStatus.ACTIVE': { ru: 'Действует', en: 'Active' },
  'policyStatus.EXPIRED': { ru: 'Истёк', en: 'Expired' },
  'policyStatus.CANCELLED': { ru: 'Отменён', en: 'Cancelled' },
  'kind.CALCULATION': { ru: 'Расчёт', en: 'Calculation' },
  'kind.ISSUE_POLICY': { ru: 'Оформление полиса', en: 'Issue the policy' },
  'kind.PAYMENT_CHECK': { ru: 'Проверка оплаты', en: 'Payment check' },
  'kind.OTHER': { ru: 'Другое', en: 'Other' },
  'kind.PERSON': { ru: 'Физлицо', en: 'Person' },
  'kind.COMPANY': { ru: 'Компания', en: 'Company' },
  'kind.NOTE': { ru: 'Заметка', en: 'Note' },
  'kind.CALL': { ru: 'Звонок', en: 'Call' },
  'kind.MEETING': { ru: 'Встреча', en: 'Meeting' },
  'kind.SYSTEM': { ru: 'Система', en: 'System' },
  'role.ADMIN': { ru: 'Администратор', en: 'Administrator' },
  'role.SELLER': { ru: 'Продавец', en: 'Seller' },
  'role.EXECUTOR': { ru: 'Исполнитель', en: 'Executor' },
  'insuranceType.OSAGO': { ru: 'ОСАГО', en: 'Motor liability (OSAGO)' },
  'insuranceType.KASKO': { ru: 'КАСКО', en: 'Motor hull (KASKO)' },
  'insuranceType.PROPERTY': { ru: 'Имущество', en: 'Property' },
  'insuranceType.LIABILITY': { ru: 'Ответственность', en: 'Liability' },
  'insuranceType.HEALTH': { ru: 'ДМС', en: 'Health' },
  'insuranceType.LIFE': { ru: 'Жизнь', en: 'Life' },
  'insuranceType.TRAVEL': { ru: 'Путешествия', en: 'Travel' },
  'insuranceType.CARGO': { ru: 'Грузы', en: 'Cargo' },
  'outcome.FORBIDDEN': { ru: 'нет прав', en: 'not allowed' },
  'outcome.BAD_USER_INPUT': { ru: 'неверные данные', en: 'invalid input' },
  'outcome.NOT_FOUND': { ru: 'не найдено', en: 'not found' },
  'outcome.CONFLICT': { ru: 'изменено другим пользователем', en: 'changed by someone else' },
  'outcome.UNAUTHENTICATED': { ru: 'не выполнен вход', en: 'not signed in' },
  'outcome.RATE_LIMITED': { ru: 'слишком много запросов', en: 'too many requests' },
  'boolean.true': { ru: 'да', en: 'yes' },
  'boolean.false': { ru: 'нет', en: 'no' },
} as const satisfies Record<string, TextEntry>;

export type WordGroup = 'stage' | 'taskStatus' | 'calculationStatus' | 'policyStatus' | 'kind' | 'role' | 'insuranceType' | 'outcome' | 'boolean';

defineTexts('words', WORDS);

/** A code as a word in `language` (`codeWord('stage', 'NEGOTIATION', 'ru')` → «Переговоры»); undefined for a code the table lacks. */
export function codeWord(group: WordGroup, code: string, language?: Language): string | undefined {
  return reasonText(`words.${group}.${code}`)?.render(language);
}
