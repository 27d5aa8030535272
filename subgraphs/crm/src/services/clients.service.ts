import type { Identity, UserIdentity, Executor, Connection, PageArgs } from '@crm/platform';
import { appError, ErrorCode, parseInput, cursorPart, decodeCursor, pageSize, toConnection, platformText } from '@crm/platform';
import { and, asc, eq, inArray, isNull, ne, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { z } from 'zod';
import { clients, deals, type ClientRow, type DealRow } from '../db/schema';
import { requireCaller, requireSellerOrAdmin } from './access';
import { displayNameOf, normalizeEmail, normalizePhone, searchTextOf } from './contacts';
import { participantsOfDeals } from './deal-access';
import { idSchema, newClientSchema, newClientShape, versionSchema, type NewClient } from './input-schemas';
import type { ServiceDeps } from './service-deps';
import { crmText } from '../crm.texts';

export type DuplicateMatch = 'PHONE' | 'EMAIL' | 'INN';
export interface ClientDuplicate {
  client: ClientRow;
  matchedOn: DuplicateMatch[];
}
/** What the duplicate check compares: a saved client, or the contacts of one about to be saved. */
export type DuplicateProbe = Pick<ClientRow, 'organizationId' | 'phonesNormalized' | 'emailsNormalized' | 'inn'> & { id: string | null };
export interface ClientWithDuplicates {
  client: ClientRow;
  duplicates: ClientDuplicate[];
}

const updateInput = newClientShape.omit({ kind: true }).partial().extend({ id: idSchema, version: versionSchema });
const mergeInput = z
  .object({ sourceId: idSchema, sourceVersion: versionSchema, targetId: idSchema, targetVersion: versionSchema })
  .refine((m) => m.sourceId !== m.targetId, { path: ['targetId'], message: crmText.reason('mergeIntoItself') });

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/** The columns derived from what the user typed: normal forms and the search text. */
function derived(client: { kind: 'PERSON' | 'COMPANY'; phones: string[]; emails: string[]; inn: string | null } & Parameters<typeof displayNameOf>[0]) {
  const displayName = displayNameOf(client);
  const phonesNormalized = unique(client.phones.map(normalizePhone));
  const emailsNormalized = unique(client.emails.map(normalizeEmail));
  return { displayName, phonesNormalized, emailsNormalized, searchText: searchTextOf(displayName, phonesNormalized, emailsNormalized, client.inn) };
}

/**
 * The spellings a search query may have in the search column. A phone-like query becomes its digits;
 * a leading 8 may be the Russian trunk prefix (stored as country code 7) or just the first digit of a
 * fragment ("890-78-93"), so both readings are searched.
 */
export function searchPatterns(query: string): string[] {
  const trimmed = query.trim().toLowerCase();
  if (!/^[\d\s()+-]{5,}$/.test(trimmed)) return [likePattern(trimmed)];
  const digits = trimmed.replace(/\D/g, '');
  const readings = digits.startsWith('8') && !trimmed.startsWith('+') ? [digits, `7${digits.slice(1)}`] : [digits];
  return readings.map(likePattern);
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `column` contains the query in any of its spellings (served by the column's trigram index). */
export function matchesSearch(column: SQLWrapper, query: string): SQL {
  return or(...searchPatterns(query).map((pattern) => sql`${column} LIKE ${pattern}`))!;
}

/** The normal forms of contacts as typed (already parsed by the input schema). */
export function probeOf(organizationId: string, id: string | null, contacts: { phones: string[]; emails: string[]; inn: string | null }): DuplicateProbe {
  const { phonesNormalized, emailsNormalized } = derived({ kind: 'PERSON', ...contacts });
  return { organizationId, id, phonesNormalized, emailsNormalized, inn: contacts.inn };
}

export function createClientsService({ db, clock, events }: ServiceDeps) {
  /** Other live clients of the organisation sharing a normalised phone, e-mail or the INN. */
  async function findDuplicates(ex: Executor, client: DuplicateProbe): Promise<ClientDuplicate[]> {
    const phones = client.phonesNormalized;
    const emails = client.emailsNormalized;
    const matches: SQL[] = [];
    if (phones.length) matches.push(sql`${clients.phonesNormalized} && ${sql.param(phones)}::text[]`);
    if (emails.length) matches.push(sql`${clients.emailsNormalized} && ${sql.param(emails)}::text[]`);
    if (client.inn) matches.push(eq(clients.inn, client.inn));
    if (matches.length === 0) return [];
    const rows = await ex
      .select()
      .from(clients)
      .where(and(eq(clients.organizationId, client.organizationId), client.id ? ne(clients.id, client.id) : undefined, isNull(clients.mergedIntoId), or(...matches)))
      .orderBy(asc(clients.createdAt))
      .limit(10);
    return rows.map((other) => ({
      client: other,
      matchedOn: [
        ...(other.phonesNormalized.some((p) => phones.includes(p)) ? ['PHONE' as const] : []),
        ...(other.emailsNormalized.some((e) => emails.includes(e)) ? ['EMAIL' as const] : []),
        ...(client.inn && other.inn === client.inn ? ['INN' as const] : []),
      ],
    }));
  }

  /** Inserts a validated new client inside `tx` (also used by createDeal) and publishes crm.client.created. */
  async function insertClient(tx: Executor, owner: UserIdentity, data: NewClient): Promise<ClientWithDuplicates> {
    const now = clock();
    const contacts = { phones: unique(data.phones ?? []), emails: data.emails ?? [], inn: data.inn ?? null };
    const [client] = await tx
      .insert(clients)
      .values({
        organizationId: owner.orgId,
        ...data,
        ...contacts,
        birthDate: data.birthDate ?? null,
        tags: data.tags ?? [],
        ...derived({ ...data, ...contacts }),
        ownerId: owner.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await events.clientCreated(tx, client!, owner.userId);
    return { client: client!, duplicates: await findDuplicates(tx, client!) };
  }

  async function lockClient(tx: Executor, orgId: string, id: string, version: number): Promise<ClientRow> {
    const [client] = await tx.select().from(clients).where(and(eq(clients.id, id), eq(clients.organizationId, orgId))).for('update');
    if (!client || client.mergedIntoId) throw appError(ErrorCode.NotFound, { text: crmText('noSuchClient'), field: 'input.id' });
    if (client.version !== version) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
    return client;
  }

  async function createClient(caller: Identity | null, input: unknown): Promise<ClientWithDuplicates> {
    const user = requireSellerOrAdmin(caller);
    const data = parseInput(z.object({ client: newClientSchema }), input);
    return db.transaction((tx) => insertClient(tx, user, data.client));
  }

  async function updateClient(caller: Identity | null, input: unknown): Promise<ClientWithDuplicates> {
    const user = requireSellerOrAdmin(caller);
    const data = parseInput(updateInput, input);
    return db.transaction(async (tx) => {
      const current = await lockClient(tx, user.orgId, data.id, data.version);
      const { id: _id, version: _version, ...changes } = data;
      const present = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<NewClient>;
      // The edited client must still be a valid one (a company keeps its name, a person a name).
      const next = parseInput(newClientSchema, { ...current, ...present, kind: current.kind });
      const contacts = { phones: unique(next.phones ?? []), emails: next.emails ?? [], inn: next.inn ?? null, tags: next.tags ?? [] };
      const [updated] = await tx
        .update(clients)
        .set({ ...next, ...contacts, ...derived({ ...next, ...contacts }), version: current.version + 1, updatedAt: clock() })
        .where(eq(clients.id, current.id))
        .returning();
      await events.clientUpdated(tx, updated!, Object.keys(present), user.userId);
      return { client: updated!, duplicates: await findDuplicates(tx, updated!) };
    });
  }

  async function mergeClients(caller: Identity | null, input: unknown): Promise<{ client: ClientRow; movedDeals: DealRow[] }> {
    const user = requireSellerOrAdmin(caller);
    const data = parseInput(mergeInput, input);
    return db.transaction(async (tx) => {
      // Always lock in id order: two opposite merges at once must not deadlock. Versions are checked
      // once both are locked, so a replayed merge reports the source as gone rather than as stale.
      const rows = await tx
        .select()
        .from(clients)
        .where(and(eq(clients.organizationId, user.orgId), inArray(clients.id, [data.sourceId, data.targetId])))
        .orderBy(asc(clients.id))
        .for('update');
      const source = rows.find((c) => c.id === data.sourceId);
      const target = rows.find((c) => c.id === data.targetId);
      if (!source || source.mergedIntoId) throw appError(ErrorCode.NotFound, { text: crmText('noSuchClient'), field: 'input.sourceId' });
      if (!target || target.mergedIntoId) throw appError(ErrorCode.NotFound, { text: crmText('noSuchClient'), field: 'input.targetId' });
      if (source.version !== data.sourceVersion) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.sourceVersion' });
      if (target.version !== data.targetVersion) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.targetVersion' });
      const now = clock();
      const movedDeals = await tx.update(deals).set({ clientId: target.id, updatedAt: now }).where(eq(deals.clientId, source.id)).returning();
      const merged = {
        phones: unique([...target.phones, ...source.phones]),
        emails: unique([...target.emails, ...source.emails]),
        tags: unique([...target.tags, ...source.tags]),
        inn: target.inn ?? source.inn,
        notes: [target.notes, source.notes].filter(Boolean).join('\n\n') || null,
      };
      const [updatedTarget] = await tx
        .update(clients)
        .set({ ...merged, ...derived({ ...target, ...merged }), version: target.version + 1, updatedAt: now })
        .where(eq(clients.id, target.id))
        .returning();
      const [updatedSource] = await tx
        .update(clients)
        .set({ mergedIntoId: target.id, version: source.version + 1, updatedAt: now })
        .where(eq(clients.id, source.id))
        .returning();
      await events.clientsMerged(tx, updatedSource!, updatedTarget!, movedDeals.map((d) => d.id), user.userId);
      await events.clientUpdated(tx, updatedTarget!, ['phones', 'emails', 'tags', 'inn', 'notes'], user.userId);
      const participants = await participantsOfDeals(tx, movedDeals.map((d) => d.id));
      for (const deal of movedDeals) {
        await events.dealUpdated(tx, { deal, participantIds: participants.get(deal.id) ?? [] }, { clientId: { from: source.id, to: target.id } }, user.userId);
      }
      return { client: updatedTarget!, movedDeals };
    });
  }

  /** Clients by name (then id); `search` matches a substring of the name, phone digits, e-mail or INN. */
  async function searchClients(caller: Identity | null, args: PageArgs & { search?: string | null | undefined }): Promise<Connection<ClientRow>> {
    const { orgId } = requireCaller(caller);
    const size = pageSize(args.first, 20);
    const after = decodeCursor(args.after, [cursorPart.text, cursorPart.id]);
    const conditions: (SQL | undefined)[] = [eq(clients.organizationId, orgId), isNull(clients.mergedIntoId)];
    const search = args.search?.trim();
    if (search) conditions.push(matchesSearch(clients.searchText, search));
    if (after) conditions.push(sql`(lower(${clients.displayName}), ${clients.id}) > (${after[0]}, ${after[1]}::uuid)`);
    const byName = [asc(sql`lower(${clients.displayName})`), asc(clients.id)];
    // A searchable fragment (3+ characters): take every match through the trigram index in a
    // materialised CTE the planner cannot turn into a walk of the name index, sort just those, then
    // read the page. Walking the name index and filtering read most of 300,000 clients for a fragment
    // late in the alphabet (bench/crm-scale). Without one, the name-ordered walk stops after a page.
    const rows =
      search && search.length >= 3
        ? await db
            .select()
            .from(clients)
            .where(sql`${clients.id} = ANY(ARRAY(WITH m AS MATERIALIZED (SELECT ${clients.id} AS id, lower(${clients.displayName}) AS name FROM ${clients} WHERE ${and(...conditions)}) SELECT id FROM m ORDER BY name, id LIMIT ${size + 1}))`)
            .orderBy(...byName)
        : await db.select().from(clients).where(and(...conditions)).orderBy(...byName).limit(size + 1);
    return toConnection(rows, size, (c) => [c.displayName.toLowerCase(), c.id]);
  }

  /** Batch read for loaders: rows of `orgId` only, in no particular order. */
  async function clientsByIds(orgId: string, ids: readonly string[]): Promise<ClientRow[]> {
    const valid = ids.filter((id) => idSchema.safeParse(id).success);
    return valid.length ? db.select().from(clients).where(and(eq(clients.organizationId, orgId), inArray(clients.id, valid))) : [];
  }

  return { insertClient, findDuplicates, createClient, updateClient, mergeClients, searchClients, clientsByIds };
}

export type ClientsService = ReturnType<typeof createClientsService>;
