import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '@crm/platform';
import { createPaymentsSubgraph } from './index';

describe('createPaymentsSubgraph', () => {
  it('describes the module both runtime modes mount: no public fields, its migrations, consumers and the overdue job', () => {
    // Building the module does no I/O, so it never touches the database.
    const db = {} as Parameters<typeof createPaymentsSubgraph>[0]['db'];
    const payments = createPaymentsSubgraph({ db, logger: createLogger({ name: 'test', level: 'silent' }), config: { overdueJobEveryMs: 5_000 } });
    expect(payments.name).toBe('payments');
    expect(payments.publicFields ?? []).toEqual([]);
    expect(payments.migrations.schema).toBe('payments');
    expect(existsSync(join(payments.migrations.folder, 'meta', '_journal.json'))).toBe(true);
    expect(payments.consumers?.map((c) => [c.name, c.events])).toEqual([
      ['payments.policy-schedule', ['crm.policy.created', 'crm.policy.updated']],
      ['payments.deal-access', ['crm.deal.created', 'crm.deal.updated', 'crm.deal.stage_changed', 'crm.deal.review_due']],
      ['payments.crm-settings', ['crm.settings.changed']],
    ]);
    expect(payments.jobs?.map((j) => [j.name, j.everyMs])).toEqual([['payments.overdue-instalments', 5_000]]);
  });
});
