import { graphql } from '../../__generated__';
import type { ClientDuplicateCheckInput, DuplicateMatch } from '../../__generated__/graphql';
import { execute } from '../../graphql/execute';

export type { DuplicateMatch };

export interface DuplicateItem {
  client: { id: string; displayName: string };
  matchedOn: readonly DuplicateMatch[];
}

/** The pre-save duplicate query: the server matches normalised phones, e-mails and INN (ADR 0059). */
export const ClientDuplicatesQuery = graphql(`
  query ClientDuplicates($input: ClientDuplicateCheckInput!) {
    clientDuplicates(input: $input) {
      client {
        id
        displayName
      }
      matchedOn
    }
  }
`);

/** The contacts typed for a new client, as the duplicate query takes them (empty ones left out). */
export function typedContacts(client: { phone?: string; email?: string; inn?: string } | undefined): ClientDuplicateCheckInput {
  const phone = client?.phone?.trim();
  const email = client?.email?.trim();
  const inn = client?.inn?.trim();
  return { phones: phone ? [phone] : [], emails: email ? [email] : [], inn: inn || null };
}

type Lookup = (input: ClientDuplicateCheckInput) => Promise<readonly DuplicateItem[]>;

export const askServer: Lookup = async (input) => (await execute(ClientDuplicatesQuery, { input })).clientDuplicates;

/**
 * Asks for duplicates of the typed contacts once per set of contacts: the first save with contacts
 * that match somebody returns the matches (the form shows the warning and stops); saving again with
 * the same contacts means "create it anyway" and returns none. Nothing typed, nothing asked.
 */
export function duplicateGate(lookup: Lookup = askServer) {
  let warnedFor: string | null = null;
  return async (input: ClientDuplicateCheckInput): Promise<readonly DuplicateItem[]> => {
    if (!input.phones?.length && !input.emails?.length && !input.inn) return [];
    const key = JSON.stringify(input);
    if (warnedFor === key) return [];
    const found = await lookup(input);
    warnedFor = found.length ? key : null;
    return found;
  };
}
