import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { CLIENT_USER_AGENT_HEADER } from '@crm/platform';
import { GraphQLError } from 'graphql';
import { DEADLINE_HEADER } from './resilience/guarded-fetcher';
import type { RouterContext } from './router-context';
import { routerText } from './router.texts';

/**
 * Forwards the caller's identity and trace to subgraphs. Each subgraph verifies the token again:
 * the router is not a trust boundary that a direct caller could bypass.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  /** The subgraph's name as composed: what a client sees when it is unavailable (never its URL). */
  readonly subgraphName: string;

  constructor({ subgraphName, ...config }: ConstructorParameters<typeof RemoteGraphQLDataSource<RouterContext>>[0] & { subgraphName: string }) {
    super(config);
    this.subgraphName = subgraphName;
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>>[0]): void {
    const headers = request.http?.headers;
    if (!headers || !context) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set('x-request-id', context.requestId);
    headers.set('traceparent', context.traceparent);
    if (context.clientAddress) headers.set('x-forwarded-for', context.clientAddress);
    if (context.userAgent) headers.set(CLIENT_USER_AGENT_HEADER, context.userAgent);
    headers.set('accept-language', context.language);
    // Read (and removed) by the guarded fetcher: the request's overall deadline (ADR 0026).
    if (context.deadline) headers.set(DEADLINE_HEADER, String(context.deadline));
  }

  /**
   * No answer (refused, reset, timed out) or a 5xx: SERVICE_UNAVAILABLE naming the subgraph, so the
   * other subgraphs' fields still answer and the client learns which part is missing, not where it lives.
   */
  override didEncounterError(error: Error, _request: unknown, fetchResponse?: { status: number }): void {
    if (fetchResponse && fetchResponse.status < 500) throw error;
    throw new GraphQLError(routerText('serviceUnavailable', { service: this.subgraphName }).render(), {
      extensions: { code: 'SERVICE_UNAVAILABLE', subgraph: this.subgraphName },
      originalError: error,
    });
  }
}
