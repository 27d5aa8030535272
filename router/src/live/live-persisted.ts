import type { Identity } from '@crm/platform';
import { GraphQLError } from 'graphql';
import { assertDocumentAllowed, requestedId, unknownOperationMessage, type PersistedOperations } from '../persisted-operations';

export interface SubscribeDocument {
  query: string;
  operationName?: string | null | undefined;
}

/**
 * A `subscribe` payload under the same rules as an HTTP request (ADR 0032): a `documentId` or APQ hash
 * becomes the manifest's text and name (graphql-ws requires a `query` string: send `""` with an id);
 * an unknown id is PERSISTED_QUERY_NOT_FOUND; a document without an id runs only where HTTP would run it.
 */
export function persistedSubscribeDocument(persisted: PersistedOperations, payload: SubscribeDocument, identity: Identity): SubscribeDocument | GraphQLError[] {
  const id = requestedId(payload as SubscribeDocument & Record<string, unknown>);
  if (id !== undefined) {
    const operation = persisted.byId.get(id);
    if (!operation) return [new GraphQLError(unknownOperationMessage(id), { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })];
    return { query: operation.body, operationName: operation.name };
  }
  try {
    assertDocumentAllowed(persisted.mode, undefined, identity);
  } catch (error) {
    return [error as GraphQLError];
  }
  return { query: payload.query, operationName: payload.operationName };
}
