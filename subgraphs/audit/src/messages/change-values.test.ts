import { currencyOf, userIdsOf, valueText } from './change-values';
import { summarize } from './summaries';

const rub = { currency: 'RUB' };
const nb = (s: string) => s.replace(/ /g, '\u00a0');
const userA = '39281bac-1111-4222-8333-444455556666';

describe('audit change values in words', () => {
  it('shows stages, task statuses, kinds and roles as the web app’s words, in both languages', () => {
    expect(`${valueText('stage', 'CALCULATION', 'RU', rub)} → ${valueText('stage', 'NEGOTIATION', 'RU', rub)}`).toBe('Расчёт → Переговоры');
    expect(valueText('stage', 'NEGOTIATION', 'EN', rub)).toBe('Negotiation');
    expect(`${valueText('status', 'IN_PROGRESS', 'RU', rub)} → ${valueText('status', 'DONE', 'RU', rub)}`).toBe('В работе → Выполнена');
    expect(valueText('status', 'READY', 'RU', { ...rub, entityType: 'calculation' })).toBe('Готов');
    expect(valueText('status', 'ACTIVE', 'EN', { ...rub, entityType: 'policy' })).toBe('Active');
    expect(valueText('kind', 'PERSON', 'EN', rub)).toBe('Person');
    expect(valueText('roles', ['ADMIN', 'SELLER'], 'RU', rub)).toBe('Администратор, Продавец');
    expect(valueText('insuranceType', 'OSAGO', 'RU', rub)).toBe('ОСАГО');
    expect(valueText('stage', 'SOMETHING_NEW', 'RU', rub)).toBe('SOMETHING_NEW');
  });

  it('formats money from the exact decimal string in the entity’s currency, rates as percentages, days as dates', () => {
    expect(valueText('premium', '45000.0000', 'RU', rub)).toBe(nb('45 000,00 ₽'));
    expect(valueText('premium', '45000.0000', 'EN', rub)).toBe(nb('RUB 45,000.00'));
    expect(valueText('premium', '12345678901234567.89', 'RU', rub)).toBe(nb('12 345 678 901 234 567,89 ₽'));
    expect(valueText('premium', { amount: '100.50', currency: 'USD' }, 'EN', rub)).toBe('US$100.50');
    expect(valueText('commissionRate', '0.125000', 'RU', rub)).toBe(nb('12,5 %'));
    expect(valueText('reviewDate', '2027-01-15', 'RU', rub)).toBe('15.01.2027');
    expect(valueText('reviewDate', '2027-01-15', 'EN', rub)).toBe('15/01/2027');
    expect(valueText('instalments', [{ dueDate: '2027-01-15', amount: '22500.00' }], 'RU', rub)).toBe(`15.01.2027 — ${nb('22 500,00 ₽')}`);
  });

  it('shows nothing as a dash, booleans as yes/no, and leaves user ids for the API to name', () => {
    expect(valueText('participantIds', [], 'RU', rub)).toBe('—');
    expect(valueText('assigneeId', null, 'EN', rub)).toBe('—');
    expect(valueText('archived', true, 'RU', rub)).toBe('да');
    expect(valueText('archived', false, 'EN', rub)).toBe('no');
    expect(userIdsOf('participants', [userA])).toEqual([userA]);
    expect(userIdsOf('assigneeId', userA)).toEqual([userA]);
    expect(userIdsOf('title', userA)).toEqual([]);
    expect(userIdsOf('ownerId', 'system')).toEqual([]);
  });

  it('takes the currency from the event’s data', () => {
    expect(currencyOf({ currency: 'EUR' })).toBe('EUR');
    expect(currencyOf({ premium: { amount: '1.00', currency: 'USD' } })).toBe('USD');
    expect(currencyOf(null)).toBe('RUB');
  });

  it('words a mutation call by its operation and a refusal by its reason', () => {
    const call = (action: string, outcome = 'ok') => ({ action, outcome, changes: null, details: null });
    expect(summarize(call('mutation.addCalculation'), 'RU')).toBe('Выполнено: добавление расчёта');
    expect(summarize(call('mutation.addCalculation'), 'EN')).toBe('Done: calculation added');
    expect(summarize(call('mutation.updateDeal', 'FORBIDDEN'), 'RU')).toBe('Отказано: изменение сделки (нет прав)');
    expect(summarize(call('mutation.createDeal+createTask'), 'EN')).toBe('Done: deal creation, task creation');
    expect(summarize(call('mutation.somethingNew'), 'RU')).toBe('Выполнено: somethingNew');
  });
});
