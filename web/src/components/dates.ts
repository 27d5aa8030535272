import dayjs from 'dayjs';

/** The organisation's time zone; the API does not expose it yet, and the brokerages are Russian. */
export const ORG_TIME_ZONE = 'Europe/Moscow';

export function formatDay(day: string | null | undefined): string {
  return day ? dayjs(day).format('DD.MM.YYYY') : '—';
}

export function formatInstant(instant: string | null | undefined, intl = 'ru-RU'): string {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(intl, { timeZone: ORG_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));
}

/** Today in the organisation's time zone, as a calendar day (YYYY-MM-DD). */
export function orgToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ORG_TIME_ZONE }).format(new Date());
}
