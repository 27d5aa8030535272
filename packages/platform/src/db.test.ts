import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { createDatabase } from './db';

describe('embedded database folder', () => {
  it('keeps data across restarts and refuses a second owner while one runs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'crm-db-'));
    const dataDir = join(root, 'pglite');
    try {
      const first = await createDatabase({ kind: 'pglite', dataDir });
      await first.db.execute(sql`CREATE TABLE kept (v int)`);
      await first.db.execute(sql`INSERT INTO kept VALUES (42)`);
      await expect(createDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(/in use by another running instance/);
      await first.close();

      const second = await createDatabase({ kind: 'pglite', dataDir });
      const result = (await second.db.execute(sql`SELECT v FROM kept`)) as unknown as { rows: Array<{ v: number }> };
      expect(result.rows).toEqual([{ v: 42 }]);
      await second.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
