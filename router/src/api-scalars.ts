import { scalarResolvers } from '@crm/contracts';
import { isScalarType, type GraphQLSchema } from 'graphql';

/**
 * The gateway builds its API schema from the supergraph SDL, where a custom scalar accepts anything;
 * a malformed Decimal or Date then travels to a subgraph and comes back as "400: Bad Request" with the
 * subgraph's URL. Giving the API schema the subgraphs' own parsing makes the router refuse it first,
 * as BAD_USER_INPUT naming the variable, before any planning (ADR 0019). Only input parsing is
 * replaced: outputs pass through as the subgraphs serialised them.
 */
export function useSharedScalarParsing(schema: GraphQLSchema): void {
  for (const [name, implementation] of Object.entries(scalarResolvers)) {
    const type = schema.getType(name);
    if (!isScalarType(type)) continue;
    type.parseValue = implementation.parseValue;
    type.parseLiteral = implementation.parseLiteral;
  }
}
