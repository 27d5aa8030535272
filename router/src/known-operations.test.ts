import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnownOperations } from './known-operations';

describe('known operations (the closed set of metrics labels)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'operations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('collects operation names from .graphql documents and persisted-query manifests, in subfolders too', () => {
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', 'deal-card.graphql'), 'query DealCard($id: ID!) { deal(id: $id) { id } } fragment F on Deal { id }');
    writeFileSync(join(dir, 'bot.json'), JSON.stringify({ format: 'apollo-persisted-query-manifest', operations: [{ id: 'a1', name: 'MyTasks', type: 'query', body: '' }] }));
    expect([...loadKnownOperations(dir)].sort()).toEqual(['DealCard', 'MyTasks']);
  });

  it('is empty when no operations are committed', () => {
    expect(loadKnownOperations(join(dir, 'absent')).size).toBe(0);
  });
});
