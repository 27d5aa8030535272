import { manyByKey, oneByKey } from './loader-keys';

const rows = [
  { id: 'a', parent: 'p1' },
  { id: 'b', parent: 'p2' },
  { id: 'c', parent: 'p1' },
];

describe('DataLoader key helpers', () => {
  it('lines one row up per key, null where none, repeated keys answered each time', () => {
    expect(oneByKey(rows, ['c', 'x', 'a', 'c'], (r) => r.id)).toEqual([rows[2], null, rows[0], rows[2]]);
  });

  it('groups rows under their keys in row order, an empty list where none', () => {
    expect(manyByKey(rows, ['p2', 'p3', 'p1'], (r) => r.parent)).toEqual([[rows[1]], [], [rows[0], rows[2]]]);
  });

  it('ignores rows whose key was not asked for', () => {
    expect(manyByKey(rows, ['p2'], (r) => r.parent)).toEqual([[rows[1]]]);
    expect(oneByKey(rows, ['b'], (r) => r.id)).toEqual([rows[1]]);
  });
});
