import { parseEventData, type EventEnvelope } from '@crm/contracts';
import type { AuditRecord } from './recorder.service';
import { isUuid, traceIdOf } from './event-entries';

/**
 * The deal a mutation was about, as far as its variables say: `input.dealId`, or `input.id` of a
 * mutation on deals (`updateDeal`, `changeDealStage`…), or the id `createDeal` returned. Refused
 * attempts on a deal land in its trail too.
 */
function dealOf(fields: readonly string[], variables: Record<string, unknown>, resultId: string | null): string | null {
  const input = variables['input'];
  const { dealId, id } = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const onDeals = fields.some((field) => /Deal/.test(field));
  const candidate = typeof dealId === 'string' ? dealId : onDeals ? (typeof id === 'string' ? id : resultId) : null;
  return isUuid(candidate) ? candidate : null;
}

/** An `audit.mutation_recorded` event as an audit entry: the call itself, whatever came of it. */
export function mutationEntry(envelope: EventEnvelope): AuditRecord {
  const data = parseEventData('audit.mutation_recorded', envelope.data);
  const dealId = dealOf(data.fields, data.variables, data.resultId ?? null);
  return {
    organizationId: data.organizationId,
    occurredAt: new Date(envelope.time),
    source: 'mutation',
    sourceId: envelope.id,
    actorKind: data.actorKind,
    actorId: data.actorId,
    channel: data.channel,
    requestId: data.requestId,
    traceId: data.traceId ?? traceIdOf(envelope.traceparent),
    operationName: data.operationName,
    entityType: dealId ? 'deal' : null,
    entityId: dealId,
    dealId,
    action: `mutation.${data.fields.join('+') || 'unknown'}`,
    outcome: data.outcome,
    changes: null,
    details: { subgraph: data.subgraph, variables: data.variables },
  };
}
