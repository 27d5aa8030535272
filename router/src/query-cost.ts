import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { routerText } from './router.texts';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';

/** The largest page a list serves (platform's pageSize refuses more), the assumption for an unknown `first`. */
const MAX_PAGE = 100;
/** A plain list without paging (a card's calculations, a journal entry's history) is short. */
const UNPAGED_LIST_ESTIMATE = 5;

/**
 * What an operation may cost the system (ADR 0020): every field costs 1, and an object field costs
 * 1 + (rows it returns × the cost of its selection), where a paged list returns `first` rows (its
 * value or variable, else the argument's default) and a connection's `edges` add no factor of their
 * own. So the cost follows the rows the subgraphs actually read: `deal(id)` with its journal of 50
 * entries is cheap; `deals(first: 100)` with a 120-field card is not.
 */
export function operationCost(schema: GraphQLSchema, document: { definitions: readonly { kind: string }[] }, selectionSet: SelectionSetNode, rootType: GraphQLCompositeType, variables: Record<string, unknown>): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

  const costOf = (set: SelectionSetNode, parent: GraphQLCompositeType, spreading: ReadonlySet<string>): number =>
    set.selections.reduce((sum, selection) => {
      if (selection.kind === Kind.FIELD) return sum + fieldCost(selection, parent, spreading);
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        return sum + (isCompositeType(type) ? costOf(selection.selectionSet, type, spreading) : 0);
      }
      const fragment = fragments.get(selection.name.value);
      const type = fragment && schema.getType(fragment.typeCondition.name.value);
      if (!fragment || spreading.has(fragment.name.value) || !isCompositeType(type)) return sum;
      return sum + costOf(fragment.selectionSet, type, new Set([...spreading, fragment.name.value]));
    }, 0);

  const fieldCost = (node: FieldNode, parent: GraphQLCompositeType, spreading: ReadonlySet<string>): number => {
    if (node.name.value.startsWith('__')) return 0;
    const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!definition) return 0;
    const type = getNamedType(definition.type);
    if (!node.selectionSet || !isCompositeType(type)) return 1;
    return 1 + rows(node, definition, parent) * costOf(node.selectionSet, type, spreading);
  };

  const rows = (node: FieldNode, definition: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType): number => {
    const first = definition.args.find((arg) => arg.name === 'first');
    if (first) {
      const given = node.arguments?.find((arg) => arg.name.value === 'first');
      const value = given ? valueFromAST(given.value, first.type, variables) : first.defaultValue;
      return typeof value === 'number' && value >= 1 ? Math.min(value, MAX_PAGE) : MAX_PAGE;
    }
    if (!isListType(getNullableType(definition.type))) return 1;
    return parent.name.endsWith('Connection') ? 1 : UNPAGED_LIST_ESTIMATE;
  };

  return costOf(selectionSet, rootType, new Set());
}

/** Refuses an operation that costs more than `maxCost`: queries (the plugin below) and live subscriptions alike. */
export function assertWithinCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>, maxCost: number): void {
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return;
  const cost = operationCost(schema, document, operation.selectionSet, rootType, variables);
  if (cost > maxCost) {
    throw new GraphQLError(routerText('costLimit', { max: maxCost, cost }).render(), {
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', reason: routerText.reason('costLimit'), limit: 'cost', maxCost, cost, http: { status: 400 } },
    });
  }
}

export function queryCostPlugin(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) assertWithinCost(schema, document, operation, request.variables ?? {}, maxCost);
        },
      };
    },
  };
}
