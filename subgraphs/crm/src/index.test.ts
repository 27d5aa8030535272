import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventContracts } from '@crm/contracts';
import { createLogger } from '@crm/platform';
import { crmConfigFromEnv } from './env';
import { createCrmSubgraph } from './index';

describe('createCrmSubgraph', () => {
  it('describes the module: no public fields, its migrations (with pg_trgm), consumers of known events, the review-due job', () => {
    // Building the module does no I/O, so it never touches the database.
    const db = {} as Parameters<typeof createCrmSubgraph>[0]['db'];
    const crm = createCrmSubgraph({ db, logger: createLogger({ name: 'test', level: 'silent' }) });

    expect(crm.name).toBe('crm');
    expect(crm.publicFields ?? []).toEqual([]);
    expect(crm.migrations.schema).toBe('crm');
    const journal = JSON.parse(readFileSync(join(crm.migrations.folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const first = readFileSync(join(crm.migrations.folder, `${journal.entries[0]!.tag}.sql`), 'utf8');
    expect(first.startsWith('CREATE EXTENSION IF NOT EXISTS pg_trgm;')).toBe(true);
    expect(existsSync(join(crm.migrations.folder, 'meta', '_journal.json'))).toBe(true);

    expect(crm.consumers!.map((c) => c.name).sort()).toEqual(['crm.deal-participants', 'crm.deal-stage-from-tasks', 'crm.payment-journal', 'crm.payment-schedule', 'crm.task-journal', 'crm.task-objects', 'crm.users']);
    for (const type of crm.consumers!.flatMap((c) => c.events)) expect(Object.keys(eventContracts)).toContain(type);
    expect(crm.jobs!.map((j) => j.name)).toEqual(['crm.review-due', 'crm.review-dates']);
  });

  it('runs the review-dates job at CRM_REVIEW_DATES_EVERY_MS, every 5 s by default', () => {
    const db = {} as Parameters<typeof createCrmSubgraph>[0]['db'];
    const logger = createLogger({ name: 'test', level: 'silent' });
    expect(createCrmSubgraph({ db, logger }).reviewDatesJob.everyMs).toBe(5_000);
    expect(createCrmSubgraph({ db, logger, ...crmConfigFromEnv({ CRM_REVIEW_DATES_EVERY_MS: 120_000 }) }).reviewDatesJob.everyMs).toBe(120_000);
  });
});
