import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { RouterContext } from './router-context';

/**
 * Forwards the caller's identity and trace to subgraphs. Each subgraph verifies the token again:
 * the router is not a trust boundary that a direct caller could bypass.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<RouterContext> {
  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<RouterContext>['willSendRequest']>>[0]): void {
    const headers = request.http?.headers;
    if (!headers || !context) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set('x-request-id', context.requestId);
    headers.set('traceparent', context.traceparent);
    if (context.clientAddress) headers.set('x-forwarded-for', context.clientAddress);
  }
}
