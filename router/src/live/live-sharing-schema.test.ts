import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema, getNamedType, isLeafType, isObjectType, Kind, parse, type GraphQLObjectType, type ObjectTypeDefinitionNode } from 'graphql';
import { SHARABLE_DEAL_FIELDS } from './live-sharing';

// ADR 0074: one user's live result is handed to another only for fields audited to read the caller
// through organisation, roles and the deal-access rule alone. A field added to `Deal` (or to what the
// audited fields reach) must be decided here: audited into SHARABLE_DEAL_FIELDS, or left out with a reason.

const root = resolve(__dirname, '../../..');
const api = buildSchema(readFileSync(join(root, 'schema/api-schema.graphql'), 'utf8'));
const supergraph = parse(readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8'));

/** Fields decided NOT sharable, by type, and why. */
const LEFT_OUT: Record<string, Record<string, string>> = {
  Deal: {
    auditTrail: 'Audit: arguments, per-entry rules',
    client: 'a client record, not audited',
    owner: "Auth's User fields",
    participants: "Auth's User fields",
    renewalOf: 'a policy, not audited',
    journal: 'arguments, per-entry rules',
    calculations: 'not audited',
    policies: 'not audited',
    documents: 'Documents, not audited',
    documentsFolder: 'Documents, not audited',
    tasks: 'visibility by assignee',
  },
  MoneySummary: {},
  Money: {},
};

/** The subgraphs whose resolvers of the audited fields were read (CRM's deal row and counts, Payments' money). */
const AUDITED_SUBGRAPHS = new Set(['CRM', 'PAYMENTS']);

type Audited = { readonly [field: string]: Audited | true };

/** Every object type the audited fields reach, with its audited map. */
function reached(type: GraphQLObjectType, audited: Audited, into: Map<string, Audited> = new Map()): Map<string, Audited> {
  into.set(type.name, audited);
  for (const [name, rule] of Object.entries(audited)) {
    const fieldType = getNamedType(type.getFields()[name]?.type);
    if (rule !== true && isObjectType(fieldType)) reached(fieldType, rule, into);
  }
  return into;
}

describe('live sharing: every field reachable from Deal is decided (ADR 0074)', () => {
  const deal = api.getType('Deal') as GraphQLObjectType;
  const types = reached(deal, SHARABLE_DEAL_FIELDS);

  it('reaches exactly the types whose fields are decided', () => {
    expect([...types.keys()].sort()).toEqual(Object.keys(LEFT_OUT).sort());
  });

  it.each([...types.entries()])('%s: each field is audited or left out, never both, never unknown', (typeName, audited) => {
    const fields = Object.keys((api.getType(typeName) as GraphQLObjectType).getFields()).sort();
    const leftOut = Object.keys(LEFT_OUT[typeName] ?? {});
    const decided = [...Object.keys(audited), ...leftOut].sort();
    expect(decided).toEqual(fields);
    expect(Object.keys(audited).filter((field) => leftOut.includes(field))).toEqual([]);
  });

  it.each([...types.entries()])('%s: an audited field takes no arguments, and is a leaf exactly where the audit says so', (typeName, audited) => {
    const fields = (api.getType(typeName) as GraphQLObjectType).getFields();
    for (const [name, rule] of Object.entries(audited)) {
      const field = fields[name]!;
      expect({ name, args: field.args.map((arg) => arg.name) }).toEqual({ name, args: [] });
      expect({ name, leaf: isLeafType(getNamedType(field.type)) }).toEqual({ name, leaf: rule === true });
    }
  });

  it('resolves every audited Deal field in a subgraph whose resolvers were audited', () => {
    const definition = supergraph.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Deal')!;
    const graphsOf = (name: string) =>
      (definition.fields ?? [])
        .find((field) => field.name.value === name)!
        .directives!.filter((directive) => directive.name.value === 'join__field')
        .map((directive) => directive.arguments!.find((arg) => arg.name.value === 'graph')!.value)
        .map((value) => (value.kind === Kind.ENUM ? value.value : String(value.kind)));
    for (const name of Object.keys(SHARABLE_DEAL_FIELDS).filter((field) => field !== 'id')) {
      const graphs = graphsOf(name);
      expect({ name, graphs: graphs.length > 0 && graphs.every((graph) => AUDITED_SUBGRAPHS.has(graph)) }).toEqual({ name, graphs: true });
    }
  });
});
