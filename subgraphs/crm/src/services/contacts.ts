import { phoneE164 } from './phones';

/**
 * Normal forms the duplicate check and search compare: a phone as the digits of its E.164 form
 * (`8 916 …` and `+7 916 …` alike become 7916…), an e-mail lower-cased. Text that is no phone number
 * (only legacy rows hold such) keeps its digits.
 */
export function normalizePhone(phone: string): string {
  return (phoneE164(phone) ?? phone).replace(/\D/g, '');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export interface ClientNames {
  kind: 'PERSON' | 'COMPANY';
  firstName?: string | null;
  lastName?: string | null;
  middleName?: string | null;
  companyName?: string | null;
}

export function displayNameOf(client: ClientNames): string {
  if (client.kind === 'COMPANY') return client.companyName ?? '';
  return [client.lastName, client.firstName, client.middleName].filter(Boolean).join(' ');
}

/** One lower-cased text the trigram index covers: name, phone digits, e-mails and INN. */
export function searchTextOf(displayName: string, phonesNormalized: string[], emailsNormalized: string[], inn: string | null): string {
  return [displayName.toLowerCase(), ...phonesNormalized, ...emailsNormalized, inn ?? ''].filter(Boolean).join(' ');
}
