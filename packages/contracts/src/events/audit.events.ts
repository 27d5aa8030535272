import { z } from 'zod';
import { uuid } from '../values';
import { defineEvent } from './define-event';

export const auditChannelSchema = z.enum(['web', 'bot', 'partner', 'system']);
export const auditActorKindSchema = z.enum(['user', 'bot', 'partner', 'system']);

/**
 * A mutation a subgraph ran (or refused), published by every subgraph server for the audit trail.
 * `variables` are already redacted (no password, token, key or code leaves the request).
 */
export const auditMutationRecorded = defineEvent(
  'audit.mutation_recorded',
  1,
  z.object({
    organizationId: uuid,
    subgraph: z.string(),
    actorKind: auditActorKindSchema,
    actorId: z.string().nullable(),
    channel: auditChannelSchema,
    requestId: z.string().nullable(),
    traceId: z.string().nullable(),
    operationName: z.string().nullable(),
    /** The root mutation fields called, e.g. `createDeal`. */
    fields: z.array(z.string()),
    variables: z.record(z.string(), z.unknown()),
    /** The id of what the mutation returned (`createDeal { deal { id } }`), when it returned one: what a create made. */
    resultId: z.string().nullable().optional(),
    /** `ok`, or the first error's code (`FORBIDDEN`, `BAD_USER_INPUT`…). */
    outcome: z.string(),
  }),
);

export type AuditChannel = z.infer<typeof auditChannelSchema>;
export type AuditActorKind = z.infer<typeof auditActorKindSchema>;
