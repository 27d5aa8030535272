import { appError, ErrorCode, type Executor } from '@crm/platform';
import { and, eq } from 'drizzle-orm';
import { taskObjects } from '../db/schema';
import { crmText } from '../crm.texts';

/** The calculation a task on `dealId` is about, from the read model of Tasks' events (ADR 0052). */
export async function calculationOfTask(ex: Executor, orgId: string, taskId: string, dealId: string): Promise<string> {
  const [row] = await ex
    .select({ calculationId: taskObjects.calculationId })
    .from(taskObjects)
    .where(and(eq(taskObjects.taskId, taskId), eq(taskObjects.organizationId, orgId), eq(taskObjects.dealId, dealId)));
  if (!row) throw appError(ErrorCode.NotFound, { text: crmText('noSuchTaskWithCalculation'), field: 'input.taskId' });
  return row.calculationId;
}
