import { parseAmount } from './payment.conversation';
import { personName } from './quick-deal.conversation';

describe('what users type into the bot', () => {
  it.each([
    ['1500', '1500.00'],
    ['1500.5', '1500.50'],
    ['1 500,50', '1500.50'],
    ['0.01', '0.01'],
    ['999999999999.99', '999999999999.99'],
  ])('reads the amount %p as the exact decimal %p', (typed, amount) => {
    expect(parseAmount(typed)).toBe(amount);
  });

  it.each(['0', '0.00', '-5', '12,345', '1e3', 'abc', '', '1.2.3', '1500 руб'])('refuses %p as an amount', (typed) => {
    expect(parseAmount(typed)).toBeNull();
  });

  it('splits a person’s name as Russians write it: last, first, middle', () => {
    expect(personName('Сидоров Иван Петрович')).toEqual({ lastName: 'Сидоров', firstName: 'Иван', middleName: 'Петрович' });
    expect(personName('  Сидоров   Иван ')).toEqual({ lastName: 'Сидоров', firstName: 'Иван' });
    expect(personName('Иван')).toEqual({ firstName: 'Иван' });
  });
});
