import type { TextParams } from '@crm/texts';
import { journalEntryText } from './journal-writer';

const nb = (s: string) => s.replace(/ /g, '\u00a0');
const coded = (textReason: string, textParams: TextParams) => ({ text: 'as written', textReason, textParams });
const rub = (amount: string) => ({ amount, currency: 'RUB' });

describe('a system journal entry in the reader’s language', () => {
  it('shows typed money as money and days as dates, in Russian and in English', () => {
    const paid = coded('crm.journal.paymentRecorded', { amount: rub('45000.00'), day: '2027-01-02', number: 'E-1' });
    expect(journalEntryText(paid, 'ru')).toBe(`Получена оплата: ${nb('45 000,00 ₽')} от 02.01.2027 (полис № E-1)`);
    expect(journalEntryText(paid, 'en')).toBe(`Payment recorded: ${nb('RUB 45,000.00')} on 02/01/2027 (policy № E-1)`);
  });

  it('keeps every kopeck of an amount beyond double precision, in the currency’s own scale', () => {
    const paid = coded('crm.journal.commissionReceived', { amount: rub('12345678901234.56'), day: '2027-01-02', number: 'E-1' });
    expect(journalEntryText(paid, 'ru')).toBe(`Получена комиссия: ${nb('12 345 678 901 234,56 ₽')} от 02.01.2027 (полис № E-1)`);
    const yen = coded('crm.journal.commissionReceived', { amount: { amount: '1500', currency: 'JPY' }, day: '2027-01-02', number: 'E-1' });
    expect(journalEntryText(yen, 'en')).toBe('Commission received: JP¥1,500 on 02/01/2027 (policy № E-1)');
  });

  it('shows a stage code as the stage’s word and a calculation as its words, then its premium', () => {
    const ready = coded('crm.journal.stageCalculationReady', { fromStage: 'CALCULATION', toStage: 'NEGOTIATION', calculation: ['Ингосстрах — КАСКО (Базовый)', rub('50000.00')] });
    expect(journalEntryText(ready, 'ru')).toBe(`Стадия сменилась сама: Расчёт → Переговоры, расчёт готов: Ингосстрах — КАСКО (Базовый), ${nb('50 000,00 ₽')}`);
    expect(journalEntryText(ready, 'en')).toBe(`Stage moved on by itself: Calculation → Negotiation, calculation ready: Ингосстрах — КАСКО (Базовый), ${nb('RUB 50,000.00')}`);
    // No premium yet; a description that happens to end like money is not taken for it.
    const added = coded('crm.journal.calculationAdded', { calculation: ['Страховщик 7 — Полис 2027 EUR'] });
    expect(journalEntryText(added, 'en')).toBe('Calculation added: Страховщик 7 — Полис 2027 EUR');
  });

  it('keeps people’s entries and uncoded ones as written', () => {
    expect(journalEntryText({ text: 'Позвонить 2027-01-02, 100 RUB', textReason: null, textParams: null }, 'en')).toBe('Позвонить 2027-01-02, 100 RUB');
  });

  it('shows a title that ends like money as written', () => {
    const done = coded('crm.journal.taskDone', { title: 'Вернуть 100 RUB' });
    expect(journalEntryText(done, 'en')).toBe('Task done: Вернуть 100 RUB');
  });
});

describe('entries written before money was typed (legacy shapes, read by legacyMoneyText)', () => {
  it('reads money written as one string, `"45000.00 RUB"`', () => {
    const paid = coded('crm.journal.paymentRecorded', { amount: '45000.00 RUB', day: '2027-01-02', number: 'E-1' });
    expect(journalEntryText(paid, 'ru')).toBe(`Получена оплата: ${nb('45 000,00 ₽')} от 02.01.2027 (полис № E-1)`);
    expect(journalEntryText(paid, 'en')).toBe(`Payment recorded: ${nb('RUB 45,000.00')} on 02/01/2027 (policy № E-1)`);
  });

  it('reads an `amount`/`premium` decimal beside a `currency`', () => {
    const old = coded('crm.journal.policyAdded', { number: 'P-1', insurer: 'Ингосстрах', product: 'КАСКО', startDate: '2027-02-01', endDate: '2028-01-31', premium: '50000.00', currency: 'RUB' });
    expect(journalEntryText(old, 'ru')).toBe(`Добавлен полис № P-1: Ингосстрах — КАСКО, 01.02.2027 – 31.01.2028, премия ${nb('50 000,00 ₽')}`);
  });

  it('reads money at the end of a calculation’s description', () => {
    const ready = coded('crm.journal.stageCalculationReady', { fromStage: 'CALCULATION', toStage: 'NEGOTIATION', calculation: 'Ингосстрах — КАСКО (Базовый), 50000.00 RUB' });
    expect(journalEntryText(ready, 'ru')).toBe(`Стадия сменилась сама: Расчёт → Переговоры, расчёт готов: Ингосстрах — КАСКО (Базовый), ${nb('50 000,00 ₽')}`);
    expect(journalEntryText(ready, 'en')).toBe(`Stage moved on by itself: Calculation → Negotiation, calculation ready: Ингосстрах — КАСКО (Базовый), ${nb('RUB 50,000.00')}`);
  });
});
