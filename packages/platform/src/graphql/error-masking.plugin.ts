import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors';
import { platformText } from '../platform.texts';
import type { Logger } from '../logger';

/** Codes whose messages are written for clients; every other error is a fault of ours. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_LIMIT_EXCEEDED',
  // Not the client's mistake, but safe and useful to show: which part of the answer is missing (the router names the subgraph, never its URL).
  'SERVICE_UNAVAILABLE',
]);

/** Extensions that describe our insides (a subgraph's URL and answer, a stack), never a client's concern. */
const INTERNAL_EXTENSIONS = ['stacktrace', 'exception', 'response', 'serviceName', 'query', 'variables'];

export function isClientError(code: unknown): boolean {
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/**
 * In production an error that is not a client's mistake reaches the client as one generic message
 * with the request id (support finds the full error in the log by it); no SQL, stack, host name or
 * internal URL leaves the server. Client errors keep their message, without "Did you mean" suggestions. Internal extensions (a subgraph's
 * stack, URL and answer) are dropped in every mode: a developer reads them in the log (ADR 0019).
 */
export function errorMaskingPlugin({ production, logger }: { production: boolean; logger: Logger }): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      const requestIdOf = (context: unknown) =>
        (context as { requestId?: string }).requestId || request.http?.headers.get('x-request-id') || undefined;
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const requestId = requestIdOf(contextValue);
          for (const error of errors.filter((e) => !isClientError(e.extensions.code))) {
            logger.error({ err: fullError(error), requestId, path: error.path }, 'unexpected error in a GraphQL request');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const requestId = requestIdOf(contextValue);
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => safeError(error, requestId, production));
        },
      };
    },
  };
}

function safeError(error: GraphQLFormattedError, requestId: string | undefined, production: boolean): GraphQLFormattedError {
  const extensions = { ...error.extensions };
  for (const key of INTERNAL_EXTENSIONS) delete extensions[key];
  if (!production) return { ...error, extensions };
  if (isClientError(extensions.code)) return { ...error, message: withoutSuggestions(error.message), extensions };
  return {
    message: platformText('internal', { requestId: requestId ?? '-' }).render(),
    ...(error.path ? { path: error.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
  };
}

/** "Did you mean …?" maps the schema (fields, enum values) for anyone who probes it; production does not suggest. */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

function fullError(error: GraphQLError): unknown {
  return error.originalError ?? { message: error.message, extensions: error.extensions };
}
