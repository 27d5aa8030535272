import { createHash } from 'node:crypto';
import type { Client } from 'pg';
import { CLIENTS, DEALS } from './seed-statements';

/** The id `seededIdSql(label)` gives in the seed: md5 of the label shaped as a version-4 uuid. */
export function seededId(label: string): string {
  const hex = createHash('md5').update(label).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** A small deterministic generator: the same run draws the same inputs. */
export function randomInts(count: number, max: number, seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return 1 + (state % max);
  });
}

export function randomDealIds(count: number): string[] {
  return randomInts(count, DEALS, 42).map((j) => seededId(`bench-deal-${j}`));
}

export type SearchKind = 'name' | 'phone' | 'email' | 'inn';

export interface SearchTerm {
  term: string;
  /** The client the term was drawn from: an exact term (phone, e-mail, INN) must find it on the first page. */
  expectedId: string | null;
}

interface SampledClient {
  id: string;
  kind: 'PERSON' | 'COMPANY';
  last_name: string | null;
  first_name: string | null;
  company_name: string | null;
  phones_normalized: string[];
  emails: string[];
  inn: string | null;
}

/**
 * Search terms drawn from seeded clients, as people type them: a surname, its first five letters or
 * "surname first name" (a company's name without the form); the last seven digits of a mobile number
 * written "123-45-67"; an e-mail as stored (mixed case); an INN.
 */
export async function drawSearchTerms(db: Client, count: number): Promise<Record<SearchKind, SearchTerm[]>> {
  const ids = randomInts(count * 3, CLIENTS, 7).map((i) => seededId(`bench-client-${i}`));
  const { rows } = await db.query<SampledClient>(
    'SELECT id, kind, last_name, first_name, company_name, phones_normalized, emails, inn FROM crm.clients WHERE id = ANY($1::uuid[])',
    [ids],
  );
  const name = rows.map((c, k): SearchTerm => {
    if (c.kind === 'COMPANY') return { term: c.company_name!.replace(/^\S+ «|»$/g, ''), expectedId: null };
    const variants = [c.last_name!, c.last_name!.slice(0, 5).toLowerCase(), `${c.last_name} ${c.first_name}`];
    return { term: variants[k % variants.length]!, expectedId: null };
  });
  const phone = rows.map((c) => {
    const tail = c.phones_normalized[0]!.slice(-7);
    return { term: `${tail.slice(0, 3)}-${tail.slice(3, 5)}-${tail.slice(5)}`, expectedId: c.id };
  });
  const email = rows.filter((c) => c.emails.length).map((c) => ({ term: c.emails[0]!, expectedId: c.id }));
  const inn = rows.filter((c) => c.inn).map((c) => ({ term: c.inn!, expectedId: c.id }));
  return { name: name.slice(0, count), phone: phone.slice(0, count), email: email.slice(0, count), inn: inn.slice(0, count) };
}
