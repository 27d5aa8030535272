import { journalEntryText, moneyParam } from './journal-writer';

const nb = (s: string) => s.replace(/ /g, '\u00a0');
const coded = (textReason: string, textParams: Record<string, string | number>) => ({ text: 'as written', textReason, textParams });

describe('a system journal entry in the reader’s language', () => {
  it('shows money as money and days as dates, in Russian and in English', () => {
    const paid = coded('crm.journal.paymentRecorded', { amount: moneyParam('45000.00', 'RUB'), day: '2027-01-02', number: 'E-1' });
    expect(journalEntryText(paid, 'ru')).toBe(`Получена оплата: ${nb('45 000,00 ₽')} от 02.01.2027 (полис № E-1)`);
    expect(journalEntryText(paid, 'en')).toBe(`Payment recorded: ${nb('RUB 45,000.00')} on 02/01/2027 (policy № E-1)`);
  });

  it('reads entries written before amounts carried their currency (`amount` beside `currency`)', () => {
    const old = coded('crm.journal.policyAdded', { number: 'P-1', insurer: 'Ингосстрах', product: 'КАСКО', startDate: '2027-02-01', endDate: '2028-01-31', premium: '50000.00', currency: 'RUB' });
    expect(journalEntryText(old, 'ru')).toBe(`Добавлен полис № P-1: Ингосстрах — КАСКО, 01.02.2027 – 31.01.2028, премия ${nb('50 000,00 ₽')}`);
  });

  it('shows a stage code as the stage’s word and the money at the end of a calculation’s description', () => {
    const ready = coded('crm.journal.stageCalculationReady', { fromStage: 'CALCULATION', toStage: 'NEGOTIATION', calculation: 'Ингосстрах — КАСКО (Базовый), 50000.00 RUB' });
    expect(journalEntryText(ready, 'ru')).toBe(`Стадия сменилась сама: Расчёт → Переговоры, расчёт готов: Ингосстрах — КАСКО (Базовый), ${nb('50 000,00 ₽')}`);
    expect(journalEntryText(ready, 'en')).toBe(`Stage moved on by itself: Calculation → Negotiation, calculation ready: Ингосстрах — КАСКО (Базовый), ${nb('RUB 50,000.00')}`);
  });

  it('keeps people’s entries and uncoded ones as written', () => {
    expect(journalEntryText({ text: 'Позвонить 2027-01-02, 100 RUB', textReason: null, textParams: null }, 'en')).toBe('Позвонить 2027-01-02, 100 RUB');
  });
});
