import { randomUUID } from 'node:crypto';
import { createEnvelope, type EventPayload, type EventType } from '@crm/contracts';
import { and, eq } from 'drizzle-orm';
import { journalEntries } from '../../db/schema';
import { createCrmHarness, type CrmHarness, type TestOrg } from '../../testing/crm-harness';
import { CREATE_DEAL, CREATE_POLICY, DEAL_JOURNAL, newPerson } from '../../testing/operations';

describe('CRM consumers', () => {
  let h: CrmHarness;
  let org: TestOrg;
  let dealId: string;
  let policyId: string;

  /** Delivers one event to the consumer that listens for its type, as the bus would (in a transaction). */
  async function deliver<T extends EventType>(type: T, data: EventPayload<T>, time = new Date()) {
    const consumer = h.crm.consumers!.find((c) => c.events.includes(type))!;
    const envelope = createEnvelope({ source: '/test', type, version: 1, orgId: org.orgId, data, time });
    await h.db.transaction((tx) => consumer.handle(envelope, tx));
  }

  const task = () => ({
    taskId: randomUUID(),
    organizationId: org.orgId,
    dealId,
    kind: 'CALCULATION' as const,
    title: 'Сделать расчёт КАСКО',
    authorId: org.seller.userId,
    status: 'NEW' as const,
    dueDate: null,
    actorId: org.seller.userId,
  });
  const dealView = () => h.ok<{ deal: { reviewDate: string | null; participants: { id: string }[] } | null }>('query($id: ID!) { deal(id: $id) { reviewDate participants { id } } }', org.admin, { id: dealId });
  const systemTexts = async () =>
    (await h.ok<{ deal: { journal: { edges: { node: { kind: string; text: string } }[] } } }>(DEAL_JOURNAL, org.admin, { id: dealId })).deal.journal.edges
      .filter((e) => e.node.kind === 'SYSTEM')
      .map((e) => e.node.text);

  beforeAll(async () => {
    h = await createCrmHarness();
    org = await h.createOrg();
    const ref = await h.reference(org.orgId);
    dealId = (await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, { input: { title: 'События', newClient: newPerson() } })).createDeal.deal.id;
    const created = await h.ok<{ createPolicy: { policy: { id: string }; deal: { reviewDate: string } } }>(CREATE_POLICY, org.seller, {
      input: { dealId, insurerId: ref.insurerId, productId: ref.productId, number: 'E-1', startDate: '2027-01-01', endDate: '2027-12-31', premium: { amount: '1000', currency: 'RUB' }, commissionRate: '0.1' },
    });
    policyId = created.createPolicy.policy.id;
    expect(created.createPolicy.deal.reviewDate).toBe('2027-12-01');
  });
  afterAll(() => h?.close());

  it('tasks.task.assigned makes the assignee a participant once and publishes crm.deal.updated', async () => {
    const assigned = { ...task(), assigneeId: org.executor.userId, previousAssigneeId: null };
    await deliver('tasks.task.assigned', assigned);
    await deliver('tasks.task.assigned', { ...assigned, taskId: randomUUID() });
    expect((await dealView()).deal?.participants).toEqual([{ id: org.executor.userId }]);
    const updates = (await h.published('crm.deal.updated')).filter((e) => (e.data as { changedFields: string[] }).changedFields.includes('participants'));
    expect(updates).toHaveLength(1);
    expect(updates[0]!.data).toMatchObject({ dealId, participantIds: [org.executor.userId] });
  });

  it('an event naming another organisation’s deal changes nothing', async () => {
    const foreign = { ...task(), organizationId: randomUUID(), assigneeId: randomUUID(), previousAssigneeId: null };
    await deliver('tasks.task.assigned', foreign);
    expect((await dealView()).deal?.participants).toHaveLength(1);
  });

  it('a task done and payments received are noted in the journal', async () => {
    await deliver('tasks.task.status_changed', { ...task(), assigneeId: org.executor.userId, from: 'IN_PROGRESS', to: 'DONE' });
    await deliver('tasks.task.status_changed', { ...task(), assigneeId: org.executor.userId, from: 'NEW', to: 'IN_PROGRESS' });
    const ref = { policyId, dealId, organizationId: org.orgId, actorId: org.seller.userId };
    const rub = (amount: string) => ({ amount, currency: 'RUB' });
    await deliver('payments.instalment.paid', { ...ref, instalmentId: randomUUID(), paymentId: randomUUID(), amount: rub('1000.00'), paidOn: '2027-01-02', totalPaid: rub('1000.00'), status: 'PAID' });
    await deliver('payments.income.received', { ...ref, incomeId: randomUUID(), receiptId: randomUUID(), amount: rub('100.00'), receivedOn: '2027-02-01', statementReference: null });
    expect(await systemTexts()).toEqual(
      expect.arrayContaining([
        'Задача выполнена: Сделать расчёт КАСКО',
        'Получена оплата: 1\u00a0000,00\u00a0₽ от 02.01.2027 (полис № E-1)',
        'Получена комиссия: 100,00\u00a0₽ от 01.02.2027 (полис № E-1)',
      ]),
    );
    expect((await systemTexts()).filter((t) => t.startsWith('Задача'))).toHaveLength(1);
  });

  it('keeps the money of a journal entry typed, amount and currency apart (ADR 0078)', async () => {
    const params = async (reason: string) =>
      (await h.db.select({ params: journalEntries.textParams }).from(journalEntries).where(and(eq(journalEntries.dealId, dealId), eq(journalEntries.textReason, reason)))).map((r) => r.params);
    expect(await params('crm.journal.paymentRecorded')).toEqual([{ amount: { amount: '1000.00', currency: 'RUB' }, day: '2027-01-02', number: 'E-1' }]);
    expect(await params('crm.journal.policyAdded')).toEqual([expect.objectContaining({ number: 'E-1', premium: { amount: '1000.00', currency: 'RUB' } })]);
  });

  it('an issue-policy task moves the deal on, unless a person set the stage after the task was made', async () => {
    const other = (await h.ok<{ createDeal: { deal: { id: string } } }>(CREATE_DEAL, org.seller, { input: { title: 'Стадии', newClient: newPerson() } })).createDeal.deal.id;
    await h.ok('mutation($input: ChangeDealStageInput!) { changeDealStage(input: $input) { deal { stage } } }', org.seller, { input: { id: other, version: 1, stage: 'NEGOTIATION' } });
    const stage = async () => (await h.ok<{ deal: { stage: string; version: number } }>('query($id: ID!) { deal(id: $id) { stage version } }', org.admin, { id: other })).deal;
    const issue = { ...task(), dealId: other, kind: 'ISSUE_POLICY' as const, title: 'Оформить полис', assigneeId: org.executor.userId };
    // Made an hour ago, delivered only now: the seller's later choice stands.
    await deliver('tasks.task.created', issue, new Date(Date.now() - 3_600_000));
    expect(await stage()).toEqual({ stage: 'NEGOTIATION', version: 2 });
    await deliver('tasks.task.created', { ...issue, taskId: randomUUID() });
    expect(await stage()).toEqual({ stage: 'ISSUING', version: 2 });
    const moved = (await h.published('crm.deal.stage_changed')).filter((e) => (e.data as { dealId: string }).dealId === other);
    expect(moved.map((e) => [(e.data as { from: string }).from, (e.data as { to: string }).to, e.actorid ?? null])).toEqual([
      ['NEW', 'NEGOTIATION', org.seller.userId],
      ['NEGOTIATION', 'ISSUING', null],
    ]);
  });

  it('payments.schedule.changed moves the review date to the nearest unpaid instalment, ignoring an older event', async () => {
    const schedule = (nextUnpaidDueDate: string | null) => ({ policyId, dealId, organizationId: org.orgId, nextUnpaidDueDate, instalments: [] });
    await deliver('payments.schedule.changed', schedule('2027-03-01'), new Date('2027-01-05T10:00:00Z'));
    expect((await dealView()).deal?.reviewDate).toBe('2027-03-01');
    // An event from before the one applied arrives late: it must not bring back a stale date.
    await deliver('payments.schedule.changed', schedule('2027-02-01'), new Date('2027-01-04T10:00:00Z'));
    expect((await dealView()).deal?.reviewDate).toBe('2027-03-01');
    // Everything paid: back to the renewal date.
    await deliver('payments.schedule.changed', schedule(null), new Date('2027-03-02T10:00:00Z'));
    expect((await dealView()).deal?.reviewDate).toBe('2027-12-01');
    // The policy's creation set the first date; each schedule change that moved it published once.
    const changes = (await h.published('crm.deal.updated')).filter((e) => (e.data as { changedFields: string[] }).changedFields.includes('reviewDate'));
    expect(changes.map((e) => (e.data as { reviewDate: string }).reviewDate)).toEqual(['2027-12-01', '2027-03-01', '2027-12-01']);
  });
});
