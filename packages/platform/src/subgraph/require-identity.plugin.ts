import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Text } from '@crm/texts';
import { appError, ErrorCode } from '../errors';
import { platformText } from '../platform.texts';
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
          const rootType = rootTypeName(operation);
          const fields = rootFieldNames(operation.selectionSet, document);
          if (fields.length === 0 || fields.some((field) => !allowed.has(`${rootType}.${field}`))) {
            throw unauthenticated();
          }
        },
      };
    },
  };
}

export function unauthenticated(text: Text = platformText('signInRequired')): ReturnType<typeof appError> {
  return appError(ErrorCode.Unauthenticated, { text, extensions: { http: { status: 401 } } });
}

function rootTypeName(operation: OperationDefinitionNode): string {
  return operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
}

/** The root fields an operation selects, through its fragments. */
export function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const names = (set: SelectionSetNode): string[] =>
    set.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === '__typename' ? [] : [selection.name.value];
      if (selection.kind === Kind.INLINE_FRAGMENT) return names(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      return fragment ? names(fragment.selectionSet) : [];
    });
  return names(selectionSet);
}
