import { displayNameOf, normalizeEmail, normalizePhone, searchTextOf } from './contacts';

describe('contact normal forms', () => {
  it('reduces Russian phone spellings to one form', () => {
    expect(normalizePhone('8 (916) 123-45-67')).toBe('79161234567');
    expect(normalizePhone('+7 916 123 45 67')).toBe('79161234567');
    expect(normalizePhone('916 123-45-67')).toBe('79161234567');
    expect(normalizePhone('+44 20 7946 0958')).toBe('442079460958');
  });

  it('lower-cases e-mails and builds names', () => {
    expect(normalizeEmail('  Ivan@Example.COM ')).toBe('ivan@example.com');
    expect(displayNameOf({ kind: 'PERSON', firstName: 'Иван', lastName: 'Петров', middleName: null })).toBe('Петров Иван');
    expect(displayNameOf({ kind: 'COMPANY', companyName: 'ООО Ромашка' })).toBe('ООО Ромашка');
    expect(searchTextOf('ООО Ромашка', ['79161234567'], ['a@b.ru'], '7701234567')).toBe('ооо ромашка 79161234567 a@b.ru 7701234567');
  });
});
