import type { ApolloServerPlugin } from '@apollo/server';
import { appError, ErrorCode } from '../errors';
import { platformText } from '../platform.texts';
import { rootFieldNames } from './require-identity.plugin';
import type { BaseContext } from './subgraph-module';

/**
 * `_service { sdl }` hands out the whole subgraph schema, internal fields included. The router never
 * asks for it (it composes from the committed supergraph), so in production a subgraph answers it to
 * no one; in development tools may still read it (ADR 0021).
 */
export function federationInternalsPlugin(production: boolean): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (!production || !operation) return;
          if (rootFieldNames(operation.selectionSet, document).includes('_service')) {
            throw appError(ErrorCode.Forbidden, { text: platformText('schemaNotServed'), extensions: { http: { status: 403 } } });
          }
        },
      };
    },
  };
}
