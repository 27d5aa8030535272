import { count } from 'drizzle-orm';
import { timeOrderedId } from '@crm/platform';
import { tasks as tasksTable } from '../db/schema';
import { createTasksHarness, DEFAULT_ORG, firstError, type TasksHarness, type TestUser } from '../testing/tasks-harness';

const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id calculation { id } deal { id } } } }`;

/** A task about a calculation must be on that calculation's deal, as Tasks learnt it from `crm.calculation.*` (ADR 0073). */
describe('tasks: the linked calculation belongs to the task’s deal', () => {
  let h: TasksHarness;
  let seller: TestUser;
  let dealId: string;
  let otherDealId: string;

  const calculation = async (onDeal: string, calculationId = timeOrderedId(), organizationId = DEFAULT_ORG) => {
    await h.deliver('crm.calculation.added', {
      calculationId, dealId: onDeal, organizationId, dealOwnerId: seller.userId, authorId: seller.userId,
      insurerName: 'Insurer', productName: 'KASKO', variantLabel: null, status: 'READY', sumInsured: null,
      premium: { amount: '1000.00', currency: 'RUB' }, commissionRate: null, commissionAmount: null, validUntil: null,
    });
    return calculationId;
  };
  const create = (input: Record<string, unknown>) =>
    h.run<{ createTask: { task: { id: string; calculation: { id: string } | null; deal: { id: string } } } }>(CREATE, {
      variables: { input: { kind: 'ISSUE_POLICY', title: 'Issue', ...input } },
      identity: seller,
    });
  const taskCount = async () => (await h.database.handle.db.select({ n: count() }).from(tasksTable))[0]?.n;

  beforeAll(async () => {
    h = await createTasksHarness();
    seller = await h.user(['SELLER']);
    dealId = await h.deal(seller);
    otherDealId = await h.deal(seller);
  });
  afterAll(() => h?.close());

  it('links a calculation of the task’s own deal', async () => {
    const calculationId = await calculation(dealId);
    const result = await create({ dealId, calculationId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTask.task).toMatchObject({ deal: { id: dealId }, calculation: { id: calculationId } });
  });

  it('refuses a calculation of another deal, another organisation or none at all on input.calculationId, writing nothing', async () => {
    const foreign = await calculation(dealId, timeOrderedId(), '00000000-0000-4000-8000-0000000000ff');
    const unknownOld = timeOrderedId(Date.now() - 3_600_000);
    for (const calculationId of [await calculation(otherDealId), foreign, unknownOld, '00000000-0000-4000-8000-0000000000c9']) {
      const [tasksBefore, eventsBefore] = [await taskCount(), (await h.published()).length];
      expect(firstError(await create({ dealId, calculationId }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.calculationId', message: 'input.calculationId: в этой сделке нет такого расчёта' });
      expect(await taskCount()).toBe(tasksBefore);
      expect((await h.published()).length).toBe(eventsBefore);
    }
  });

  it('waits for a calculation added just now whose event is still on its way', async () => {
    const late = timeOrderedId();
    const pending = create({ dealId, calculationId: late });
    setTimeout(() => void calculation(dealId, late), 50);
    const result = await pending;
    expect(result.errors).toBeUndefined();
    expect(result.data!.createTask.task.calculation).toEqual({ id: late });
  });
});
