import type { ApolloServerPlugin } from '@apollo/server';
import type { EventPayload } from '@crm/contracts';
import type { Logger } from '../logger';
import { currentLogContext } from '../logger';
import { rootFieldNames } from '../subgraph/require-identity.plugin';
import type { BaseContext } from '../subgraph/subgraph-module';
import { auditActorOf } from './audit-actor';
import { redactSecrets } from './redact-secrets';

export type MutationRecord = EventPayload<'audit.mutation_recorded'>;

/** Writes the record (the subgraph's outbox publishes `audit.mutation_recorded` from it). */
export type MutationRecorder = (record: MutationRecord) => Promise<void>;

/**
 * Every mutation a subgraph answers, done or refused, becomes an `audit.mutation_recorded` event:
 * caller, channel, request and trace id, operation name, root fields, redacted variables and outcome.
 * Anonymous calls (only `login` and the like are allowed) belong to no organisation yet: Auth's own
 * events record those. A failure to record is logged and never changes the caller's answer.
 */
export function mutationAuditPlugin(options: { subgraph: string; record: MutationRecorder; logger: Logger }): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, document, request, response }) {
          const identity = contextValue.identity;
          if (!identity || operation?.operation !== 'mutation' || !document) return;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const firstCode = errors?.[0]?.extensions?.['code'];
          const record: MutationRecord = {
            organizationId: identity.orgId,
            subgraph: options.subgraph,
            ...auditActorOf(identity),
            requestId: contextValue.requestId || null,
            traceId: currentLogContext().traceId ?? null,
            operationName: clientOperationName(request.operationName ?? operation.name?.value ?? null, options.subgraph),
            fields: rootFieldNames(operation.selectionSet, document),
            variables: redactSecrets(request.variables ?? {}) as Record<string, unknown>,
            resultId: firstId(response.body.kind === 'single' ? response.body.singleResult.data : undefined),
            outcome: errors?.length ? (typeof firstCode === 'string' ? firstCode : 'INTERNAL_SERVER_ERROR') : 'ok',
          };
          await options.record(record).catch((error: unknown) => options.logger.error({ err: error }, 'could not record the mutation for the audit trail'));
        },
      };
    },
  };
}

/** The first `id` in the answer, breadth first and at most two objects deep: the entity a mutation returned. */
function firstId(data: Record<string, unknown> | null | undefined): string | null {
  let level: unknown[] = Object.values(data ?? {});
  for (let depth = 0; depth < 3 && level.length > 0; depth++) {
    const objects = level.filter((value): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value));
    const found = objects.find((object) => typeof object['id'] === 'string');
    if (found) return found['id'] as string;
    level = objects.flatMap((object) => Object.values(object));
  }
  return null;
}

/** The gateway names its fetch to a subgraph `<ClientName>__<subgraph>__<n>`; the trail keeps the client's name. */
function clientOperationName(name: string | null, subgraph: string): string | null {
  return name?.replace(new RegExp(`__${subgraph}__\\d+$`), '') ?? null;
}
