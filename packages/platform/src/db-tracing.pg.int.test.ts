import { sql } from 'drizzle-orm';
import { runWithLogContext } from './logger';
import { createTestDatabase, otlpReceiver } from './testing';
import { startTracing } from './tracing';

describe('SQL spans', () => {
  it('a statement run for a request is a CLIENT span under the request span, with its text and no parameters', async () => {
    const receiver = await otlpReceiver();
    const tracing = startTracing('db-tracing-test', receiver.url);
    const database = await createTestDatabase();
    try {
      await runWithLogContext({ traceId: 'e'.repeat(32), spanId: 'f'.repeat(16) }, async () => {
        await database.handle.db.execute(sql`SELECT ${'secret-value'}::text AS probe`);
      });
      // Outside any request or handler (jobs, migrations): no span.
      await database.handle.db.execute(sql`SELECT 2 AS untraced`);
    } finally {
      await database.drop();
      await tracing.stop();
      await receiver.close();
    }
    const spans = receiver.spans.filter((span) => span.name.startsWith('SQL'));
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ name: 'SQL SELECT', traceId: 'e'.repeat(32), parentSpanId: 'f'.repeat(16) });
    const attributes = Object.fromEntries((spans[0]!.attributes ?? []).map((attribute) => [attribute.key, attribute.value.stringValue]));
    expect(attributes).toEqual({ 'db.system': 'postgresql', 'db.statement': 'SELECT $1::text AS probe' });
  });
});
