/** What made two clients look the same (the API's DuplicateMatch). */
export type DuplicateMatch = 'PHONE' | 'EMAIL' | 'INN';

export interface ClientContacts {
  phones: readonly string[];
  emails: readonly string[];
  inn?: string | null;
}

export interface Candidate extends ClientContacts {
  id: string;
  displayName: string;
}

const digits = (phone: string) => phone.replace(/\D/g, '').replace(/^8(\d{10})$/, '7$1');
const email = (value: string) => value.trim().toLowerCase();

/**
 * Which of `candidates` share a phone, e-mail or INN with the client being typed, compared the way
 * people write them (+7 / 8 prefixes, spaces, letter case). The server re-checks on save.
 */
export function matchDuplicates(typed: ClientContacts, candidates: readonly Candidate[]): { client: Candidate; matchedOn: DuplicateMatch[] }[] {
  const phones = new Set(typed.phones.map(digits).filter((p) => p.length >= 10));
  const emails = new Set(typed.emails.map(email).filter(Boolean));
  const inn = typed.inn?.trim();
  return candidates
    .map((client) => ({
      client,
      matchedOn: [
        ...(client.phones.some((p) => phones.has(digits(p))) ? (['PHONE'] as const) : []),
        ...(client.emails.some((e) => emails.has(email(e))) ? (['EMAIL'] as const) : []),
        ...(inn && client.inn?.trim() === inn ? (['INN'] as const) : []),
      ] as DuplicateMatch[],
    }))
    .filter((match) => match.matchedOn.length > 0);
}
