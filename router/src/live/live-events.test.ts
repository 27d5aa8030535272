import { createEnvelope } from '@crm/contracts';
import { liveEventsOf } from './live-events';

const ORG = '00000000-0000-4000-8000-000000000001';
const DEAL = '00000000-0000-4000-8000-0000000000d1';

const envelope = (type: string, data: Record<string, unknown>) => createEnvelope({ source: 'test', type, version: 2, orgId: ORG, data: { organizationId: ORG, dealId: DEAL, ...data } });

describe('live events', () => {
  it('carry the entity each change produced a version of, whatever its kind', () => {
    const changed = (type: string, data: Record<string, unknown>) => liveEventsOf(envelope(type, data)).map((event) => [event.entity, event.kind, event.changed]);
    expect(changed('crm.deal.updated', { version: 4 })).toEqual([['deal', 'UPDATED', { key: `deal:${DEAL}`, version: 4 }]]);
    expect(changed('crm.calculation.chosen', { calculationId: 'c-1', version: 3 })).toEqual([['deal', 'CALCULATION_CHANGED', { key: 'calculation:c-1', version: 3 }]]);
    expect(changed('payments.instalment.paid', { policyId: 'p-1', scheduleVersion: 7 })).toEqual([['deal', 'PAYMENT_CHANGED', { key: 'schedule:p-1', version: 7 }]]);
    expect(changed('tasks.task.assigned', { taskId: 't-1', version: 2 })).toEqual([
      ['deal', 'TASK_CHANGED', { key: 'task:t-1', version: 2 }],
      ['task', 'ASSIGNED', { key: 'task:t-1', version: 2 }],
    ]);
  });

  it('carry no version for a change that produced none: a reminder, a comment, an event from before', () => {
    const changed = (type: string, data: Record<string, unknown>) => liveEventsOf(envelope(type, data)).map((event) => event.changed);
    expect(changed('crm.deal.review_due', {})).toEqual([null]);
    expect(changed('tasks.task.commented', { taskId: 't-1', commentId: 'k-1' })).toEqual([null, null]);
    expect(changed('crm.deal.updated', {})).toEqual([null]);
  });
});
