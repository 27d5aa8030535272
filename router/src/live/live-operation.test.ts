import { buildSchema, parse } from 'graphql';
import { createLiveDocuments } from './live-documents';
import { liveOperation } from './live-operation';

const CARD = 'subscription Card($id: ID!, $n: Int) { dealChanged(id: $id) { kind deal { id title } } }';

describe('live operations and documents', () => {
  it('shares the derived query among subscribers of one document, keeping each one its own deal and variables', () => {
    const document = parse(CARD);
    const first = liveOperation(document, 'Card', { id: 'deal-1', n: 3 });
    const second = liveOperation(document, 'Card', { id: 'deal-2', n: 3 });
    expect([first.filterId, second.filterId]).toEqual(['deal-1', 'deal-2']);
    expect(first.queryText).toBe(second.queryText);
    expect(first.assemble).toBe(second.assemble);
    expect(first.queryText).toContain('deal(id: $__liveId)');
    // `$n` is not used by the derived query; `$id` only by the subscription's filter.
    expect(first.variables).toEqual({});
  });

  it('parses and validates a subscription text once per schema, and refuses an invalid one each time', () => {
    const schema = buildSchema('type Query { a: Int } type Subscription { dealChanged(id: ID!): Int }');
    const documents = createLiveDocuments({}, []);
    const text = 'subscription($id: ID!) { dealChanged(id: $id) }';
    const once = documents.document(schema, text);
    expect(Array.isArray(once)).toBe(false);
    expect(documents.document(schema, text)).toBe(once);
    expect(documents.document(buildSchema('type Query { a: Int } type Subscription { dealChanged(id: ID!): Int }'), text)).not.toBe(once);
    const invalid = documents.document(schema, 'subscription { nothing }');
    expect(Array.isArray(invalid) && invalid[0]?.message).toContain('nothing');
    expect(documents.document(schema, 'subscription {')).toEqual([expect.objectContaining({ message: expect.stringContaining('Syntax Error') })]);
  });
});
