import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { appError, ErrorCode } from '../errors';
import type { BaseContext } from './subgraph-module';

/**
 * Refuses anonymous operations before any resolver runs, unless every root field they select is
 * listed as public (e.g. `Mutation.login`). A subgraph reached directly without a valid token answers nothing.
 */
export function requireIdentityPlugin(publicFields: readonly string[]): ApolloServerPlugin<BaseContext> {
  const allowed = new Set(publicFields);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.identity) return;
          if (!operation) throw unauthenticated();
          const fragments = new Map(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const rootType = rootTypeName(operation);
          const fields = rootFieldNames(operation.selectionSet, fragments);
          if (fields.length === 0 || fields.some((field) => !allowed.has(`${rootType}.${field}`))) {
            throw unauthenticated();
          }
        },
      };
    },
  };
}

export function unauthenticated(message = 'Authentication required'): ReturnType<typeof appError> {
  return appError(ErrorCode.Unauthenticated, { message, extensions: { http: { status: 401 } } });
}

function rootTypeName(operation: OperationDefinitionNode): string {
  return operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
}

function rootFieldNames(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet, fragments);
    const fragment = fragments.get(selection.name.value);
    return fragment ? rootFieldNames(fragment.selectionSet, fragments) : [];
  });
}
