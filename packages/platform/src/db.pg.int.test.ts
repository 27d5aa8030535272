import { sql } from 'drizzle-orm';
import { createTestDatabase } from './testing';

describe('PostgreSQL connections', () => {
  it('run with JIT off (short OLTP queries must not pay for compilation)', async () => {
    const database = await createTestDatabase();
    try {
      const result = (await database.handle.db.execute(sql`SHOW jit`)) as unknown as { rows: Array<{ jit: string }> };
      expect(result.rows[0]?.jit).toBe('off');
    } finally {
      await database.drop();
    }
  });
});
