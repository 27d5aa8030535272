import { Decimal as DecimalJs } from 'decimal.js';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { CurrencyResolver, DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { inputText, type Text } from '@crm/texts';
import { yearInRange, yearRangeText } from './values';

const DECIMAL_PATTERN = /^-?\d{1,20}(\.\d{1,10})?$/;

const SCALAR_TEXTS: Record<string, () => Text> = { Date: () => inputText('date'), DateTime: () => inputText('dateTime'), Currency: () => inputText('currency') };

/** `name` is the scalar's: graphql-js puts the variable or argument in front of the message. */
function badInput(name: string, text: Text): GraphQLError {
  return new GraphQLError(`${name} ${text.render()}`, { extensions: { code: 'BAD_USER_INPUT', reason: text.reason } });
}

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_PATTERN.test(value.trim())) {
    throw badInput('Decimal', inputText('decimal'));
  }
  return new DecimalJs(value.trim()).toFixed();
}

function checkedDecimal(value: string): string {
  if (!DECIMAL_PATTERN.test(value)) throw badInput('Decimal', inputText('decimal'));
  return value;
}

/** Exact decimal numbers travel as strings: a float never touches money. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1234.56". Never a float.',
  // An output keeps the digits it was given: a Money amount is already written in its currency's
  // minor units (`"13000.10"`, ADR 0048), which normalising would turn into `"13000.1"`.
  serialize: (value) => (value instanceof DecimalJs ? value.toFixed() : checkedDecimal(String(value))),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Decimal', inputText('decimal'));
    return parseDecimal(ast.value);
  },
});

/**
 * A library scalar whose every input problem is the user's (BAD_USER_INPUT), with an extra check on
 * the parsed value; the router and the subgraphs parse with the same instance (ADR 0019).
 */
function userInputScalar<T>(scalar: GraphQLScalarType<T, unknown>, name: string, check: (parsed: T) => void = () => undefined): GraphQLScalarType<T, unknown> {
  const config = scalar.toConfig();
  const parse = (read: () => T): T => {
    let parsed: T;
    try {
      parsed = read();
    } catch {
      throw badInput(name, (SCALAR_TEXTS[name] ?? (() => inputText('invalid')))());
    }
    check(parsed);
    return parsed;
  };
  return new GraphQLScalarType<T, unknown>({
    ...config,
    name,
    parseValue: (value) => parse(() => config.parseValue!(value) as T),
    parseLiteral: (ast: ValueNode, variables) => parse(() => config.parseLiteral!(ast, variables) as T),
  });
}

const yearCheck = (name: string, year: number) => {
  if (!yearInRange(year)) throw badInput(name, yearRangeText());
};

/** A calendar day, `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
export const DateScalar = userInputScalar(LocalDateResolver as GraphQLScalarType<string, unknown>, 'Date', (day) => yearCheck('Date', Number(day.slice(0, 4))));

/** An instant, ISO-8601 with offset; serialised in UTC. */
export const DateTimeScalar = userInputScalar(DateTimeResolver as GraphQLScalarType<Date, unknown>, 'DateTime', (instant) =>
  yearCheck('DateTime', instant.getUTCFullYear()),
);

/** An ISO-4217 currency code such as `RUB`. */
export const CurrencyScalar = userInputScalar(CurrencyResolver as GraphQLScalarType<string, unknown>, 'Currency');

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
