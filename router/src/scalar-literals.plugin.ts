import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { scalarResolvers } from '@crm/contracts';
import { literalPath } from '@crm/platform';
import {
  getNamedType,
  GraphQLError,
  isScalarType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

const SHARED_SCALARS = new Set(Object.keys(scalarResolvers));

/**
 * A malformed Decimal or Date written into the query text (`amount: "12 345,67"`) fails validation,
 * which Apollo always answers as GRAPHQL_VALIDATION_FAILED without saying where. It is the same
 * client mistake as a malformed variable, so it gets the same answer: BAD_USER_INPUT naming the
 * argument (`input.amount`), still before any planning (ADR 0019).
 */
export function scalarLiteralsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, document, schema }) {
          if (!document) return;
          for (const error of errors) {
            if (error.extensions.code !== 'GRAPHQL_VALIDATION_FAILED' || !isBadScalarInput(error)) continue;
            const found = malformedScalarLiteral(schema, document);
            if (!found) continue;
            error.message = `${found.field}: ${found.message}`;
            error.extensions.code = 'BAD_USER_INPUT';
            error.extensions.field = found.field;
          }
        },
      };
    },
  };
}

/** The validation error a shared scalar raised (its parseLiteral throws BAD_USER_INPUT). */
function isBadScalarInput(error: GraphQLError): boolean {
  const original = error.originalError;
  return original instanceof GraphQLError && original.extensions.code === 'BAD_USER_INPUT';
}

/** The first literal of a shared scalar type that its own parser refuses, with the argument path. */
export function malformedScalarLiteral(schema: GraphQLSchema, document: DocumentNode): { field: string; message: string } | undefined {
  const typeInfo = new TypeInfo(schema);
  let found: { field: string; message: string } | undefined;
  const check = (node: ASTNode, parent: unknown, ancestors: readonly (ASTNode | readonly ASTNode[])[]) => {
    if (found) return;
    const type = getNamedType(typeInfo.getInputType());
    if (!isScalarType(type) || !SHARED_SCALARS.has(type.name)) return;
    try {
      type.parseLiteral(node as never, undefined);
    } catch (error) {
      found = {
        field: literalPath([...ancestors, parent as ASTNode]),
        message: error instanceof Error ? error.message : `${type.name} is not valid`,
      };
    }
  };
  const literal = (node: ASTNode, _key: unknown, parent: unknown, _path: unknown, ancestors: readonly (ASTNode | readonly ASTNode[])[]) =>
    check(node, parent, ancestors);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.STRING]: literal,
      [Kind.INT]: literal,
      [Kind.FLOAT]: literal,
      [Kind.BOOLEAN]: literal,
      [Kind.ENUM]: literal,
    }),
  );
  return found;
}
