import { Decimal as DecimalJs } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { CurrencyResolver, DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

const DECIMAL_PATTERN = /^-?\d{1,20}(\.\d{1,10})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value.trim())) {
    throw new GraphQLError('Decimal must be a string like "1234.56" (no floats, no exponent)', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return new DecimalJs(value.trim()).toFixed();
}

/** Exact decimal numbers travel as strings: a float never touches money. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.56". Never a float.',
  serialize: (value) => (value instanceof DecimalJs ? value.toFixed() : parseDecimal(String(value))),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal must be a string literal', { nodes: ast });
    return parseDecimal(ast.value);
  },
});

/** A calendar day, `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' });

/** An instant, ISO-8601 with offset; serialised in UTC. */
export const DateTimeScalar = DateTimeResolver;

/** An ISO-4217 currency code such as `RUB`. */
export const CurrencyScalar = CurrencyResolver;

export const scalarResolvers = {
  Decimal: DecimalScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Currency: CurrencyScalar,
};

/** The SDL every subgraph that uses the shared scalars includes (value types must match across subgraphs). */
export const sharedScalarsSdl = /* GraphQL */ `
  scalar Decimal
  scalar Date
  scalar DateTime
  scalar Currency
`;
