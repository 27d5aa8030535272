import { randomUUID } from 'node:crypto';
import { timeOrderedId, timeOrderedIdCreatedAt } from './time-ordered-id';

describe('time-ordered ids (UUID v7)', () => {
  it('carry the millisecond they were made in, and read as UUIDs of version 7', () => {
    const at = Date.UTC(2026, 11, 2, 17, 30, 0, 123);
    const id = timeOrderedId(at);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(timeOrderedIdCreatedAt(id)).toBe(at);
  });

  it('sort in creation order across milliseconds', () => {
    const ids = [1_000, 2_000, 3_000].map((ms) => timeOrderedId(Date.UTC(2026, 0, 1) + ms));
    expect([...ids].sort()).toEqual(ids);
  });

  it('say nothing about other ids (random v4, mistyped text)', () => {
    expect(timeOrderedIdCreatedAt(randomUUID())).toBeNull();
    expect(timeOrderedIdCreatedAt('not-an-id')).toBeNull();
  });
});
