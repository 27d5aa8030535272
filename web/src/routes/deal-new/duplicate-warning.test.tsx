import { fireEvent, render, screen } from '@testing-library/react';
import { LocaleProvider } from '../../i18n/locale';
import { DuplicateWarning } from './duplicate-warning';
import { matchDuplicates } from './duplicates';

const existing = [
  { id: 'c1', displayName: 'Иванов Иван', phones: ['+7 900 111-22-33'], emails: ['IVANOV@example.ru'], inn: null },
  { id: 'c2', displayName: 'ООО Ромашка', phones: [], emails: [], inn: '7701234567' },
  { id: 'c3', displayName: 'Петров Пётр', phones: ['+7 900 999-00-00'], emails: [], inn: null },
];

describe('duplicate warning before saving a new client', () => {
  it('matches contacts the way people write them: 8 or +7, spaces, brackets, letter case; INN exactly', () => {
    const matches = matchDuplicates({ phones: ['8 (900) 111 22 33'], emails: ['ivanov@Example.ru '], inn: '7701234567' }, existing);
    expect(matches.map((m) => [m.client.id, m.matchedOn])).toEqual([
      ['c1', ['PHONE', 'EMAIL']],
      ['c2', ['INN']],
    ]);
    expect(matchDuplicates({ phones: ['+7 900 111-22-34'], emails: [], inn: null }, existing)).toEqual([]);
  });

  it('names what matched and offers the existing client', () => {
    const onUse = jest.fn();
    render(
      <LocaleProvider>
        <DuplicateWarning duplicates={[{ client: existing[0]!, matchedOn: ['PHONE', 'EMAIL'] }]} onUse={onUse} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Похоже, такой клиент уже есть');
    expect(screen.getByText(/Иванов Иван — Совпадает: телефон, почта/)).toBeTruthy();
    fireEvent.click(screen.getByText('Использовать существующего'));
    expect(onUse).toHaveBeenCalledWith('c1', 'Иванов Иван');
  });

  it('shows nothing when there is no duplicate', () => {
    const { container } = render(
      <LocaleProvider>
        <DuplicateWarning duplicates={[]} onUse={() => undefined} />
      </LocaleProvider>,
    );
    expect(container.textContent).toBe('');
  });
});
