import dayjs from 'dayjs';
import 'dayjs/locale/ru';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { intlLocale } from '../../../packages/texts/src/format-values';
import { messages, type MessageKey } from './messages';

export type Language = 'ru' | 'en';
const STORAGE_KEY = 'crm.language';

/** The language the user chose (Russian unless English was picked); sent to the server so its texts match. */
export function storedLanguage(): Language {
  return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ru';
}

/** Translates a key; `{name}` placeholders are filled from params. */
export function translate(language: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = messages[key][language === 'ru' ? 0 : 1];
  return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : text;
}

interface LocaleValue {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** BCP 47 tag for Intl (money, dates). */
  intl: string;
}

const LocaleContext = createContext<LocaleValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  dayjs.locale(language);
  const setLanguage = useCallback((next: Language) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);
  const value = useMemo<LocaleValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params), intl: intlLocale(language) }),
    [language, setLanguage],
  );
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale outside LocaleProvider');
  return value;
}
