import type { NotificationRow } from '../db/schema';
import { renderNotification } from './render-notification';
import { telegramMessage } from './telegram-message';

/** What a reader sees of the notifications that carry money: the stored decimal as money of the reader's language. */
describe('money and days in notification texts', () => {
  /** Intl separates digit groups and the currency sign by no-break spaces; the expectations are written with plain ones. */
  const seen = (text: string) => text.replace(/\u00a0/g, ' ');
  const overdue = { dealTitle: 'КАСКО Иванов', dueDate: '2026-02-01', amount: '13000.10', currency: 'RUB' };
  const commission = { dealTitle: 'КАСКО Иванов', amount: '1500.00', currency: 'RUB' };
  const expense = { dealTitle: 'КАСКО Иванов', description: 'Осмотр', amount: '200.5', currency: 'USD' };

  it('writes each money-carrying kind in Russian', () => {
    expect(seen(renderNotification('INSTALMENT_OVERDUE', overdue, 'RU').body)).toBe('«КАСКО Иванов»: срок 01.02.2026, не оплачено 13 000,10 ₽');
    expect(seen(renderNotification('COMMISSION_RECEIVED', commission, 'RU').body)).toBe('«КАСКО Иванов»: 1 500,00 ₽');
    expect(seen(renderNotification('EXPENSE_PAID', expense, 'RU').body)).toBe('«КАСКО Иванов»: Осмотр, 200,50 $');
  });

  it('writes each money-carrying kind in English', () => {
    expect(seen(renderNotification('INSTALMENT_OVERDUE', overdue, 'EN').body)).toBe('"КАСКО Иванов": due 01/02/2026, outstanding RUB 13,000.10');
    expect(seen(renderNotification('COMMISSION_RECEIVED', commission, 'EN').body)).toBe('"КАСКО Иванов": RUB 1,500.00');
    expect(seen(renderNotification('EXPENSE_PAID', expense, 'EN').body)).toBe('"КАСКО Иванов": Осмотр, US$200.50');
  });

  it('writes a review date as a date', () => {
    expect(seen(renderNotification('DEAL_REVIEW_DUE', { dealTitle: 'КАСКО', reviewDate: '2026-03-01' }, 'RU').body)).toBe('«КАСКО», дата пересмотра 01.03.2026');
  });

  it('sends the same money text to Telegram', () => {
    const row = { kind: 'INSTALMENT_OVERDUE', params: overdue, dealId: null, taskId: null } as unknown as NotificationRow;
    expect(seen(telegramMessage(row, 'RU', 'https://crm.example').text)).toBe('Просрочен взнос\n«КАСКО Иванов»: срок 01.02.2026, не оплачено 13 000,10 ₽');
    expect(seen(telegramMessage(row, 'EN', 'https://crm.example').text)).toBe('Instalment overdue\n"КАСКО Иванов": due 01/02/2026, outstanding RUB 13,000.10');
  });
});
