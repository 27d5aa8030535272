import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@crm/platform';
import { createTasksSubgraph } from './index';

describe('createTasksSubgraph', () => {
  it('describes the module the server and launcher mount: no public fields, its migrations, its read-model consumers', () => {
    // Building the module does no I/O, so it never touches the database.
    const db = {} as Parameters<typeof createTasksSubgraph>[0]['db'];
    const tasks = createTasksSubgraph({ db, logger: createLogger({ name: 'test', level: 'silent' }) });
    expect(tasks.name).toBe('tasks');
    expect(tasks.publicFields ?? []).toEqual([]);
    expect(tasks.migrations.schema).toBe('tasks');
    expect(existsSync(join(tasks.migrations.folder, 'meta', '_journal.json'))).toBe(true);
    expect(tasks.consumers?.map((c) => [c.name, c.events])).toEqual([
      ['tasks.users', ['auth.user.created', 'auth.user.roles_changed', 'auth.user.deactivated']],
      ['tasks.deal-access', ['crm.deal.created', 'crm.deal.updated', 'crm.deal.stage_changed', 'crm.deal.review_due']],
      ['tasks.crm-settings', ['crm.settings.changed']],
      ['tasks.deal-calculations', ['crm.calculation.added', 'crm.calculation.updated', 'crm.calculation.chosen']],
      ['tasks.deal-archived', ['crm.deal.updated']],
    ]);
  });
});
