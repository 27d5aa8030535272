import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, parse, validate, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './query-cost';
import { defaultQueryLimits } from './security';
import { abusiveDealsOperation, clientOperations } from './testing/client-operations';

// Issue 8, item 11: every operation a client sends passes the default cost limit with room to spare
// (at most half of it), while a list of 100 full deal cards is refused.

const root = resolve(__dirname, '../..');
const schema = buildSchema(readFileSync(join(root, 'schema/api-schema.graphql'), 'utf8'));

/** The clients' own operations committed under schema/operations/: `.graphql` files and manifests. */
function committedOperations(dir = join(root, 'schema/operations')): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.assign(
    {},
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return committedOperations(path);
      if (entry.name.endsWith('.json')) return manifestOperations(path);
      return entry.name.endsWith('.graphql') ? { [path.slice(root.length + 1)]: readFileSync(path, 'utf8') } : {};
    }),
  );
}

/** Operations of an Apollo persisted-query manifest, named `<file>#<operation>`. */
function manifestOperations(path: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { operations: { name: string; body: string }[] };
  const file = path.slice(root.length + 1);
  return Object.fromEntries(manifest.operations.map((operation) => [`${file}#${operation.name}`, operation.body]));
}

function costOf(source: string): number {
  const document = parse(source);
  expect(validate(schema, document)).toEqual([]);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')
    .reduce((max, operation) => Math.max(max, operationCost(schema, document, operation.selectionSet, schema.getRootType(operation.operation)!, {})), 0);
}

describe('query cost limits', () => {
  const operations = Object.entries({ ...clientOperations, ...committedOperations() });

  it.each(operations)('%s costs at most half the default limit', (_name, source) => {
    expect(costOf(source)).toBeLessThanOrEqual(defaultQueryLimits.maxCost / 2);
  });

  it('refuses deals(first: 100) with a full card per row', () => {
    expect(costOf(abusiveDealsOperation)).toBeGreaterThan(defaultQueryLimits.maxCost);
  });

  it('prices a page by its `first`, from a literal or a variable', () => {
    const page = 'query($n: Int) { deals(first: $n) { edges { node { id title } } } }';
    const document = parse(page);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const at = (n: number) => operationCost(schema, document, operation.selectionSet, schema.getQueryType()!, { n });
    expect(at(100)).toBeGreaterThan(at(10) * 9);
  });
});
