import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Phones as libphonenumber reads them, Russia being the region of a number typed without a country
 * code: `8 916 …`, `+7 (916) …` and `8-916-…` are one number. Stored in E.164 (`+79161234567`),
 * shown in the international format (`+7 916 123 45 67`).
 */
const DEFAULT_REGION = 'RU';

/** The E.164 form of what the user typed; null when it is not a possible phone number. */
export function phoneE164(typed: string): string | null {
  const parsed = parsePhoneNumberFromString(typed, DEFAULT_REGION);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * A stored phone for people to read. Rows written before phones were stored in E.164 (ADR 0050) keep
 * what was typed; they read the same way, and one that does not parse is shown as it is.
 */
export function phoneForDisplay(stored: string): string {
  return parsePhoneNumberFromString(stored, DEFAULT_REGION)?.formatInternational() ?? stored;
}

/** E.164 when it parses, else the stored text (legacy rows). */
export function phoneForLinks(stored: string): string {
  return phoneE164(stored) ?? stored;
}
