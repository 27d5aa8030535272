import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import type { GatewayConfig } from '@apollo/gateway';
import {
  getNamedType,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { DEFAULT_LANGUAGE } from '@crm/texts';
import type { PersistedOperation } from './persisted-operations';
import type { RouterContext } from './router-context';

/** Marks a request that only parses, validates and plans a persisted operation at start; it never reaches a subgraph. */
const WARM_UP = Symbol('persisted operation warm-up');

/**
 * The gateway calls this after it stored the plan and before it executes it: a warm-up request stops
 * here, so its document is in Apollo's document store and its plan in the gateway's plan store.
 */
export const stopWarmUpBeforeExecution: NonNullable<GatewayConfig['experimental_didResolveQueryPlan']> = ({ requestContext }) => {
  if ((requestContext.context as Partial<Record<typeof WARM_UP, true>>)[WARM_UP]) {
    throw new GraphQLError('warm-up: planned, not executed', { extensions: { code: 'WARM_UP' } });
  }
};

/** Whether a request is a warm-up (plugins that count or log requests skip these). */
export function isWarmUp(context: unknown): boolean {
  return Boolean((context as Partial<Record<typeof WARM_UP, true>> | undefined)?.[WARM_UP]);
}

/**
 * Parses, validates (query limits included) and plans every persisted query and mutation through
 * the real pipeline, so their first real request skips all three. Returns the ids that failed to
 * validate, which the caller logs: a manifest that no longer matches the supergraph.
 */
export async function warmPersistedOperations(apollo: ApolloServer<RouterContext>, schema: GraphQLSchema, operations: Iterable<PersistedOperation>): Promise<string[]> {
  const failed: string[] = [];
  for (const operation of operations) {
    if (operation.type === 'subscription') continue;
    const contextValue = { identity: null, authorization: undefined, requestId: `warm-up-${operation.id}`, traceparent: '', clientAddress: undefined, language: DEFAULT_LANGUAGE, [WARM_UP]: true };
    const response = await apollo.executeOperation({ query: operation.body, operationName: operation.name, variables: placeholderVariables(schema, operation.body) }, { contextValue });
    const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
    if (errors.some((error) => error.extensions?.code !== 'WARM_UP')) failed.push(`${operation.clientName}/${operation.name}`);
  }
  return failed;
}

/** `plugin` as it is, except that it does not see warm-up requests (no error logs, no metrics for them). */
export function skippingWarmUps<T extends ApolloServerPlugin<never>>(plugin: T): T {
  const { requestDidStart } = plugin;
  if (!requestDidStart) return plugin;
  return { ...plugin, requestDidStart: async (requestContext) => (isWarmUp(requestContext.contextValue) ? undefined : requestDidStart.call(plugin, requestContext)) };
}

/** Scalar values one of which each scalar accepts (ours parse strictly: a Date must look like a date). */
const SCALAR_CANDIDATES: unknown[] = ['0', 0, false, '2000-01-01', '2000-01-01T00:00:00.000Z', 'RUB'];

/**
 * Values the gateway's variable check accepts, so a warm-up gets as far as planning; plans do not
 * depend on variable values. Nullable variables stay unset, lists empty, enums their first value.
 */
function placeholderVariables(schema: GraphQLSchema, body: string): Record<string, unknown> {
  const operation = parse(body).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const variables: Record<string, unknown> = {};
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (type && isNonNullType(type) && !definition.defaultValue) variables[definition.variable.name.value] = placeholder(type.ofType);
  }
  return variables;
}

function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, placeholder(field.type)]));
  }
  const scalar = getNamedType(type);
  if (!isScalarType(scalar)) return null;
  return SCALAR_CANDIDATES.find((candidate) => {
    try {
      return scalar.parseValue(candidate) !== undefined;
    } catch {
      return false;
    }
  });
}
