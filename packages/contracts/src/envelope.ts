import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { auditChannelSchema, type AuditChannel } from './events/audit.events';

/**
 * CloudEvents 1.0 structured-mode JSON envelope with this system's extension attributes.
 * Extension names follow the spec (lower-case alphanumerics): `orgid`, `actorid`, `actorchannel` (where the
 * actor came through: `web`, `bot`, `partner`), `traceparent`.
 * The payload version travels in `dataschema` so consumers can tell v1 from v2 without parsing `data`.
 */
export const eventEnvelopeSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1),
  source: z.string().min(1),
  type: z.string().regex(/^[a-z]+(\.[a-z_]+)+$/),
  time: z.string().datetime({ offset: true }),
  subject: z.string().min(1).optional(),
  datacontenttype: z.literal('application/json'),
  dataschema: z.string().min(1),
  orgid: z.string().min(1),
  actorid: z.string().min(1).optional(),
  actorchannel: auditChannelSchema.optional(),
  traceparent: z.string().optional(),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & { data: TData };

export function dataSchemaUri(type: string, version: number): string {
  return `urn:crm:event:${type}:v${version}`;
}

export interface NewEnvelope<TData> {
  source: string;
  type: string;
  version: number;
  orgId: string;
  actorId?: string | undefined;
  actorChannel?: AuditChannel | undefined;
  subject?: string | undefined;
  traceparent?: string | undefined;
  data: TData;
  id?: string;
  time?: Date;
}

export function createEnvelope<TData>(input: NewEnvelope<TData>): EventEnvelope<TData> {
  return {
    specversion: '1.0',
    id: input.id ?? randomUUID(),
    source: input.source,
    type: input.type,
    time: (input.time ?? new Date()).toISOString(),
    ...(input.subject ? { subject: input.subject } : {}),
    datacontenttype: 'application/json',
    dataschema: dataSchemaUri(input.type, input.version),
    orgid: input.orgId,
    ...(input.actorId ? { actorid: input.actorId } : {}),
    ...(input.actorId && input.actorChannel ? { actorchannel: input.actorChannel } : {}),
    ...(input.traceparent ? { traceparent: input.traceparent } : {}),
    data: input.data,
  };
}
