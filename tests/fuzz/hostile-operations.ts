import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

export interface FuzzOperation {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const cursor = (key: unknown) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
const uuid = '00000000-0000-4000-8000-000000000000';

/** Values a careless client or an attacker sends, by what the field claims to take. */
const hostileStrings = fc.oneof(
  fc.constantFrom('', ' ', 'a\u0000b', '\u0000', '\uD800', 'x\uDFFFy', "'; DROP TABLE deals; --", '%', '_', '\\', '🙂'.repeat(50), 'null', '<script>'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(100_000)),
  fc.constant('я'.repeat(5_000)),
);
const hostileIds = fc.oneof(fc.uuid(), fc.constantFrom('', 'not-an-id', '0', '-1', `${uuid}\u0000`, uuid.toUpperCase(), 'x'.repeat(10_000)), hostileStrings);
const hostileCursors = fc.oneof(
  fc.constantFrom(cursor(['zzz', 'not-an-id']), cursor(['0000-01-01', uuid]), cursor(['a\u0000', uuid]), cursor([1, 2]), cursor({}), cursor(null), 'not base64!', '', cursor(['2025-01-01', 'yesterday', uuid])),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.uuid()), { maxLength: 4 }).map(cursor),
  hostileStrings,
);
const hostileInts = fc.oneof(fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31)), fc.integer());
const scalarValues: Record<string, fc.Arbitrary<unknown>> = {
  String: hostileStrings,
  ID: hostileIds,
  Int: fc.oneof(hostileInts, fc.constantFrom(2 ** 53, 1.5, '1')),
  Float: fc.oneof(fc.double(), fc.constantFrom(1e308, -0, 'NaN')),
  Boolean: fc.oneof(fc.boolean(), fc.constantFrom('true', 0)),
  Decimal: fc.oneof(
    fc.constantFrom('12 345,67', 12.5, '1e5', '-0', '99999999999999999999999.1', '0.00000000001', '100.00', '-100.00', '', '1.2.3', 'NaN', 'Infinity', '0x10', '\u00001'),
    fc.double().map(String),
  ),
  Date: fc.oneof(
    fc.constantFrom('2027-02-30', '99999-01-01', '0000-01-01', '1899-12-31', '2201-01-01', '2025-01-01', '2025-1-1', '01.02.2025', '', 'today'),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  ),
  DateTime: fc.oneof(
    fc.constantFrom('0000-01-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-02-30T00:00:00Z', '2025-01-01', 'yesterday', '+275760-09-13T00:00:00Z'),
    fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  ),
  Currency: fc.constantFrom('RUB', 'USD', 'XX', 'rub', '', 'RUBB', '\u0000'),
};

function inputValue(type: GraphQLInputType, argName: string, depth: number): fc.Arbitrary<unknown> {
  const orNull = (arb: fc.Arbitrary<unknown>) => (isNonNullType(type) ? fc.oneof({ weight: 9, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }));
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return orNull(fc.array(inputValue(inner.ofType, argName, depth), { maxLength: depth > 2 ? 1 : 3 }));
  if (isEnumType(inner)) return orNull(fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.value as string)), fc.constantFrom('NOPE', '', 'new')));
  if (isInputObjectType(inner)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(inner.getFields());
    const record = Object.fromEntries(
      fields.map((field) => [field.name, isNonNullType(field.type) ? inputValue(field.type, field.name, depth + 1) : fc.option(inputValue(field.type, field.name, depth + 1), { nil: undefined, freq: 3 })]),
    );
    return orNull(fc.record(record).map((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined))));
  }
  if (isScalarType(inner)) {
    if (argName === 'after' || argName === 'before') return orNull(hostileCursors);
    return orNull(scalarValues[inner.name] ?? hostileStrings);
  }
  return fc.constant(null);
}

/** A selection of the leaves of `type`, with one level of objects (connections as edges → node). */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type) as GraphQLNamedType;
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).map((f) => f.name);
  const objects = depth < 2 ? fields.filter((f) => isObjectType(getNamedType(f.type))) : [];
  const nested = objects.map((f) => `${f.name} ${selection(f.type, named.name.endsWith('Connection') || named.name.endsWith('Edge') ? depth : depth + 1)}`);
  const parts = [...leaves, ...nested];
  return `{ ${parts.length ? parts.join(' ') : '__typename'} }`;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): fc.Arbitrary<FuzzOperation> {
  const args = field.args;
  const variables = fc.record(Object.fromEntries(args.map((arg) => [arg.name, isNonNullType(arg.type) ? inputValue(arg.type, arg.name, 0) : fc.option(inputValue(arg.type, arg.name, 0), { nil: undefined })])));
  const signature = args.length ? `(${args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const query = `${kind} Fuzz${signature} { ${field.name}${call} ${selection(field.type, 0)} }`;
  return variables.map((values) => ({
    field: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    query,
    variables: Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)),
  }));
}

/** Every query and mutation of the API schema, each with hostile variables. */
export function hostileOperations(schema: GraphQLSchema): fc.Arbitrary<FuzzOperation> {
  const roots: [('query' | 'mutation'), GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  const operations = roots.flatMap(([kind, type]) => Object.values(type?.getFields() ?? {}).map((field) => operationFor(kind, field)));
  return fc.oneof(...operations);
}
