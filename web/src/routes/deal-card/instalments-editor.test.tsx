import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { LocaleProvider } from '../../i18n/locale';
import { InstalmentsEditor } from './instalments-editor';
import { instalmentsBalance, splitEvenly, type InstalmentDraft } from './instalments';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

function Harness({ premium, initial, currency }: { premium: string; initial: InstalmentDraft[]; currency?: string }) {
  const [rows, setRows] = useState(initial);
  return (
    <LocaleProvider>
      <InstalmentsEditor premium={premium} currency={currency} startDate="2027-02-01" value={rows} onChange={setRows} />
    </LocaleProvider>
  );
}

describe('instalments editor', () => {
  it('splits a premium into equal parts to the kopeck, the remainder on the last', () => {
    expect(splitEvenly('1000.00', 3)).toEqual(['333.33', '333.33', '333.34']);
    expect(splitEvenly('52000.50', 2)).toEqual(['26000.25', '26000.25']);
    expect(instalmentsBalance('1000.00', [{ dueDate: '2027-01-01', amount: '999.99' }])).toEqual({ total: '999.99', difference: '0.01', balanced: false });
  });

  it('shows the running total and the mismatch until the instalments add up to the premium', () => {
    render(<Harness premium="1000.00" initial={[{ dueDate: '2027-02-01', amount: '600.00' }, { dueDate: '2027-08-01', amount: '300.00' }]} />);
    expect(plain(screen.getByTestId('instalments-total').textContent)).toBe('Сумма взносов: 900,00 ₽ / 1 000,00 ₽');
    expect(screen.getByText('Сумма взносов должна равняться премии')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Сумма 2'), { target: { value: '400,00' } });
    expect(plain(screen.getByTestId('instalments-total').textContent)).toBe('Сумма взносов: 1 000,00 ₽ / 1 000,00 ₽');
    expect(screen.queryByText('Сумма взносов должна равняться премии')).toBeNull();
  });

  it('"add an instalment" proposes exactly what is still missing', () => {
    render(<Harness premium="1000.00" initial={[{ dueDate: '2027-02-01', amount: '250.50' }]} />);
    fireEvent.click(screen.getByText('Добавить взнос'));
    expect((screen.getByLabelText('Сумма 2') as HTMLInputElement).value).toBe('749.50');
    expect(screen.queryByText('Сумма взносов должна равняться премии')).toBeNull();
  });

  it('splits and balances in the currency\'s own scale: yen have no fraction, dinars three places', () => {
    expect(splitEvenly('1000', 3, 'JPY')).toEqual(['333', '333', '334']);
    expect(splitEvenly('1.000', 3, 'KWD')).toEqual(['0.333', '0.333', '0.334']);
    expect(instalmentsBalance('1.000', [{ dueDate: '2027-01-01', amount: '0.999' }], 'KWD')).toEqual({ total: '0.999', difference: '0.001', balanced: false });
    // Under a scale-2 assumption 0.999 + 0.001 would be 1.00 + 0.00: the sum must not round away the dinar's third place.
    expect(instalmentsBalance('1.000', [{ dueDate: '2027-01-01', amount: '0.995' }, { dueDate: '2027-02-01', amount: '0.004' }], 'KWD').balanced).toBe(false);
    expect(instalmentsBalance('1000', [{ dueDate: '2027-01-01', amount: '400' }, { dueDate: '2027-02-01', amount: '600' }], 'JPY')).toEqual({ total: '1000', difference: '0', balanced: true });
  });

  it('shows a KWD premium, its instalments and the missing amount with three places', () => {
    render(<Harness premium="10.500" currency="KWD" initial={[{ dueDate: '2027-02-01', amount: '5.250' }]} />);
    expect(plain(screen.getByTestId('instalments-total').textContent)).toBe('Сумма взносов: 5,250 KWD / 10,500 KWD');
    fireEvent.click(screen.getByText('Добавить взнос'));
    expect((screen.getByLabelText('Сумма 2') as HTMLInputElement).value).toBe('5.250');
    expect(screen.queryByText('Сумма взносов должна равняться премии')).toBeNull();
  });
});
