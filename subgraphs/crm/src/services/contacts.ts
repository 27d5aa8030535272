/**
 * Normal forms the duplicate check and search compare: a phone as its digits (a Russian number
 * dialled with a leading 8 or without the country code becomes 7…), an e-mail lower-cased.
 */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('8')) return `7${digits.slice(1)}`;
  if (digits.length === 10 && digits.startsWith('9')) return `7${digits}`;
  return digits;
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
