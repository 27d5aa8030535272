import { randomUUID } from 'node:crypto';
import { renderNotification } from '../../messages/render-notification';
import { createNotificationsHarness, type NotificationsHarness } from '../../testing/notifications-harness';

const org = '00000000-0000-4000-8000-00000000000a';
const owner = '00000000-0000-4000-8000-0000000000b1';
const executor = '00000000-0000-4000-8000-0000000000b2';
const dealId = '00000000-0000-4000-8000-0000000000d1';
const policyId = '00000000-0000-4000-8000-0000000000e1';
const rub = (amount: string) => ({ amount, currency: 'RUB' });
const deal = { dealId, organizationId: org, clientId: randomUUID(), ownerId: owner, participantIds: [executor], title: 'КАСКО Иванов', stage: 'CALCULATION' as const, archived: false, reviewDate: null };
const calculation = (status: 'DRAFT' | 'READY', authorId = executor) => ({
  calculationId: '00000000-0000-4000-8000-0000000000c1', dealId, organizationId: org, dealOwnerId: owner, authorId, insurerName: 'Ингосстрах', productName: 'КАСКО',
  variantLabel: null, status, sumInsured: null, premium: null, commissionRate: null, commissionAmount: null, validUntil: null,
});

describe('notification consumers (calculations, reviews, payments)', () => {
  let h: NotificationsHarness;
  beforeEach(async () => {
    h = await createNotificationsHarness();
    await h.deliver('crm.deal.created', deal);
  });
  afterEach(() => h?.close());

  const rendered = async () => (await h.written()).map((n) => [n.recipientId, n.kind, renderNotification(n.kind, n.params).body]);

  it("tells the deal's owner of a calculation someone else added and of one marked READY, not of other edits or their own", async () => {
    await h.deliver('crm.calculation.added', calculation('DRAFT'), { actorId: executor });
    await h.deliver('crm.calculation.updated', { ...calculation('DRAFT'), changedFields: ['premium'] }, { actorId: executor });
    await h.deliver('crm.calculation.updated', { ...calculation('READY'), changedFields: ['status'] }, { actorId: executor });
    await h.deliver('crm.calculation.added', calculation('DRAFT', owner), { actorId: owner });
    expect((await h.written()).map((n) => [n.recipientId, n.kind, n.dealId])).toEqual([
      [owner, 'CALCULATION_ADDED', dealId],
      [owner, 'CALCULATION_READY', dealId],
    ]);
  });

  it('tells the owner of a deal back for review, an overdue instalment, commission received and an expense paid by someone else', async () => {
    await h.deliver('crm.deal.review_due', { ...deal, reviewDate: '2026-03-01' });
    await h.deliver('payments.instalment.overdue', { policyId, dealId, organizationId: org, instalmentId: randomUUID(), dueDate: '2026-02-01', outstanding: rub('13000.10') });
    await h.deliver('payments.income.received', { policyId, dealId, organizationId: org, incomeId: randomUUID(), receiptId: randomUUID(), amount: rub('1500.00'), receivedOn: '2026-02-02', statementReference: null, actorId: executor });
    await h.deliver('payments.expense.paid', { policyId, dealId, organizationId: org, expenseId: randomUUID(), paymentId: randomUUID(), amount: rub('200.00'), paidOn: '2026-02-02', description: 'Осмотр', actorId: owner });
    expect(await rendered()).toEqual([
      [owner, 'DEAL_REVIEW_DUE', '«КАСКО Иванов», дата пересмотра 01.03.2026'],
      [owner, 'INSTALMENT_OVERDUE', '«КАСКО Иванов»: срок 01.02.2026, не оплачено 13\u00a0000,10\u00a0₽'],
      [owner, 'COMMISSION_RECEIVED', '«КАСКО Иванов»: 1\u00a0500,00\u00a0₽'],
    ]);
    expect((await h.written())[1]).toMatchObject({ policyId, dealId });
  });

  it('renders the same notification in English for an English reader', async () => {
    await h.deliver('crm.deal.review_due', { ...deal, reviewDate: '2026-03-01' });
    const [n] = await h.written();
    expect(renderNotification(n!.kind, n!.params, 'EN')).toEqual({ title: 'Deal due for review', body: '"КАСКО Иванов", review date 01/03/2026' });
  });

  it('writes one notification per event and recipient however often the event is delivered', async () => {
    const id = randomUUID();
    const assigned = { taskId: randomUUID(), organizationId: org, dealId, kind: 'OTHER' as const, title: 'T', authorId: owner, assigneeId: executor, status: 'NEW' as const, dueDate: null, previousAssigneeId: null, actorId: owner };
    await h.deliver('tasks.task.assigned', assigned, { id });
    await h.deliver('tasks.task.assigned', assigned, { id });
    expect((await h.written()).map((n) => [n.recipientId, n.kind])).toEqual([[executor, 'TASK_ASSIGNED']]);
  });

  it('retries a payment event about a deal it has not heard of yet (the bus redelivers it)', async () => {
    const unknown = randomUUID();
    await expect(
      h.deliver('payments.instalment.overdue', { policyId, dealId: unknown, organizationId: org, instalmentId: randomUUID(), dueDate: '2026-02-01', outstanding: rub('1.00') }),
    ).rejects.toThrow(/not in the deals read model/);
    expect(await h.written()).toEqual([]);
  });
});
