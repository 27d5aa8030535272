import { fireEvent, render, screen } from '@testing-library/react';
import { LocaleProvider } from '../../i18n/locale';
import { DuplicateWarning } from './duplicate-warning';
import { duplicateGate, typedContacts, type DuplicateItem } from './duplicates';

const ivanov: DuplicateItem = { client: { id: 'c1', displayName: 'Иванов Иван' }, matchedOn: ['PHONE', 'EMAIL'] };

describe('duplicate warning before saving a new client', () => {
  it('sends the typed contacts, trimmed, leaving empty ones out', () => {
    expect(typedContacts({ phone: ' 8 900 111 22 33 ', email: '', inn: ' ' })).toEqual({ phones: ['8 900 111 22 33'], emails: [], inn: null });
    expect(typedContacts(undefined)).toEqual({ phones: [], emails: [], inn: null });
  });

  it('asks the server once per set of contacts: a second save with the same contacts goes on, changed contacts are asked again', async () => {
    const asked: unknown[] = [];
    const check = duplicateGate(async (input) => {
      asked.push(input);
      return [ivanov];
    });
    const contacts = typedContacts({ phone: '+7 900 111-22-33' });
    expect(await check(contacts)).toEqual([ivanov]);
    expect(await check(contacts)).toEqual([]);
    expect(await check(typedContacts({ phone: '+7 900 111-22-34' }))).toEqual([ivanov]);
    expect(asked).toHaveLength(2);
  });

  it('asks nothing when no contact is typed, and asks again after an answer with no duplicates', async () => {
    let calls = 0;
    const check = duplicateGate(async () => {
      calls++;
      return [];
    });
    expect(await check(typedContacts({}))).toEqual([]);
    expect(calls).toBe(0);
    await check(typedContacts({ email: 'a@b.ru' }));
    await check(typedContacts({ email: 'a@b.ru' }));
    expect(calls).toBe(2);
  });

  it('names what matched and offers the existing client', () => {
    const onUse = jest.fn();
    render(
      <LocaleProvider>
        <DuplicateWarning duplicates={[ivanov]} onUse={onUse} />
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
