import { currentLanguage, languageFromAcceptLanguage, runInLanguage } from './language';
import { defineTexts, reasonText } from './texts';

const sample = defineTexts('sample', {
  plain: { ru: 'Клиент не найден', en: 'No such client' },
  filled: { ru: 'взносы дают {total}, а премия {premium}', en: 'instalments add up to {total} but the premium is {premium}' },
  repeated: { ru: 'из {from} в {to}', en: 'from {from} to {to} (allowed from {from})' },
});

describe('texts', () => {
  it('renders in the request language, Russian by default', () => {
    const text = sample('filled', { total: '90', premium: '100' });
    expect(text.reason).toBe('sample.filled');
    expect(text.render()).toBe('взносы дают 90, а премия 100');
    expect(runInLanguage('en', () => text.render())).toBe('instalments add up to 90 but the premium is 100');
    expect(text.render('en')).toBe('instalments add up to 90 but the premium is 100');
  });

  it('finds a text by its bare reason code, as a zod message carries it', () => {
    expect(sample.reason('plain')).toBe('sample.plain');
    expect(reasonText('sample.plain')?.render('en')).toBe('No such client');
    expect(reasonText('must be an id')).toBeUndefined();
  });

  it('refuses a table whose languages name different placeholders, and a reason defined twice', () => {
    expect(() => defineTexts('broken', { x: { ru: 'сумма {amount}', en: 'the sum' } })).toThrow('broken.x');
    expect(() => defineTexts('sample', { plain: { ru: 'другой', en: 'other' } })).toThrow('sample.plain is defined twice');
  });

  it.each([
    [undefined, 'ru'],
    ['', 'ru'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['de-DE, en;q=0.5, ru;q=0.8', 'ru'],
    ['de, fr', 'ru'],
    ['ru;q=0, en;q=0.1', 'en'],
  ])('Accept-Language %p reads as %p', (header, language) => {
    expect(languageFromAcceptLanguage(header)).toBe(language);
  });

  it('is Russian outside a request', () => {
    expect(currentLanguage()).toBe('ru');
  });
});
