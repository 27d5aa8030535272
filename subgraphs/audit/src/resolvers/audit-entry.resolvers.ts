import type { AuditEntryResolvers, AuditFieldChangeResolvers, AuditChannel as ApiChannel, AuditActorKind as ApiActorKind } from '../__generated__/resolvers-types';
import type { AuditChannel } from '../db/entries-table';
import { fieldName, summarize } from '../messages/summaries';

export const channelFromApi = (channel: ApiChannel): AuditChannel => channel.toLowerCase() as AuditChannel;

/** One changed field as the API's `AuditFieldChange` is built from (its label is resolved per language). */
export interface FieldChangeRow {
  field: string;
  from: string | null;
  to: string | null;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export const auditEntryResolvers: AuditEntryResolvers = {
  channel: (entry) => entry.channel.toUpperCase() as ApiChannel,
  actorKind: (entry) => entry.actorKind.toUpperCase() as ApiActorKind,
  changes: (entry) => Object.entries(entry.changes ?? {}).map(([field, change]) => ({ field, from: json(change.from), to: json(change.to) })),
  summary: (entry, { language }) => summarize(entry, language ?? 'RU'),
  details: (entry) => (entry.details === null ? null : JSON.stringify(entry.details)),
};

export const auditFieldChangeResolvers: AuditFieldChangeResolvers = {
  label: (change, { language }) => fieldName(change.field, language ?? 'RU'),
};
