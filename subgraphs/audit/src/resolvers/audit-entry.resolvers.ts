import type { AuditEntryResolvers, AuditFieldChangeResolvers, AuditChannel as ApiChannel, AuditActorKind as ApiActorKind } from '../__generated__/resolvers-types';
import type { AuditChannel } from '../db/entries-table';
import type { AuditContext } from '../context';
import { clientIdsOf, currencyOf, userIdsOf, valueText } from '../messages/change-values';
import type { Language } from '../messages/summaries';
import { fieldName, summarize } from '../messages/summaries';
import { isUuid } from '../services/event-entries';

export const channelFromApi = (channel: ApiChannel): AuditChannel => channel.toLowerCase() as AuditChannel;

/** One changed field as the API's `AuditFieldChange` is built from (its label and texts are resolved per language). */
export interface FieldChangeRow {
  field: string;
  from: string | null;
  to: string | null;
  fromValue: unknown;
  toValue: unknown;
  /** The currency of the entity's amounts. */
  currency: string;
  /** What the entry is about (`task`, `policy`…): a `status` reads by it. */
  entityType: string | null;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export const auditEntryResolvers: AuditEntryResolvers = {
  channel: (entry) => entry.channel.toUpperCase() as ApiChannel,
  actorKind: (entry) => entry.actorKind.toUpperCase() as ApiActorKind,
  actorUser: (entry) => ((entry.actorKind === 'user' || entry.actorKind === 'bot') && isUuid(entry.actorId) ? { id: entry.actorId } : null),
  changes: (entry) => {
    const currency = currencyOf(entry.details);
    return Object.entries(entry.changes ?? {}).map(([field, change]) => ({ field, from: json(change.from), to: json(change.to), fromValue: change.from, toValue: change.to, currency, entityType: entry.entityType }));
  },
  summary: (entry, { language }) => summarize(entry, language ?? 'RU'),
  details: (entry) => (entry.details === null ? null : JSON.stringify(entry.details)),
};

/** A value as text; the clients it names by the names the trail recorded (a deleted client's too, ADR 0077). */
async function shownValue(change: FieldChangeRow, value: unknown, language: Language, { clientNames }: AuditContext): Promise<string> {
  const ids = clientIdsOf(change.field, value);
  const found = await clientNames.loadMany(ids);
  const names = new Map(ids.flatMap((id, i) => (typeof found[i] === 'string' ? [[id, found[i]] as const] : [])));
  return valueText(change.field, value, language, { ...change, names });
}

export const auditFieldChangeResolvers: AuditFieldChangeResolvers = {
  label: (change, { language }) => fieldName(change.field, language ?? 'RU'),
  fromText: (change, { language }, context) => shownValue(change, change.fromValue, language ?? 'RU', context),
  toText: (change, { language }, context) => shownValue(change, change.toValue, language ?? 'RU', context),
  fromUsers: (change) => userIdsOf(change.field, change.fromValue).map((id) => ({ id })),
  toUsers: (change) => userIdsOf(change.field, change.toValue).map((id) => ({ id })),
};
