import type { Executor } from '@crm/platform';
import { and, eq } from 'drizzle-orm';
import { insuranceProducts, insurers } from '../db/schema';

/** Insurer and product names for events (consumers show them without calling back). */
export async function referenceNames(db: Executor, insurerId: string, productId: string): Promise<{ insurerName: string; productName: string }> {
  const [row] = await db
    .select({ insurerName: insurers.name, productName: insuranceProducts.name })
    .from(insurers)
    .innerJoin(insuranceProducts, and(eq(insuranceProducts.id, productId), eq(insuranceProducts.organizationId, insurers.organizationId)))
    .where(eq(insurers.id, insurerId));
  if (!row) throw new Error(`insurer ${insurerId} or product ${productId} vanished`);
  return row;
}
