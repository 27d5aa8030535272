import type { Db } from '@crm/platform';
import { eq } from 'drizzle-orm';
import { insuranceProducts, insurers } from './db/schema';

/** A few insurers and products a demo brokerage works with, so calculations can be entered at once. */
export const demoInsurers = [
  { name: 'Ингосстрах', products: [{ name: 'КАСКО', insuranceType: 'KASKO' }, { name: 'Имущество юрлиц', insuranceType: 'PROPERTY' }] },
  { name: 'РЕСО-Гарантия', products: [{ name: 'КАСКО', insuranceType: 'KASKO' }, { name: 'ДМС', insuranceType: 'HEALTH' }] },
  { name: 'АльфаСтрахование', products: [{ name: 'Ответственность', insuranceType: 'LIABILITY' }] },
] as const;

/** Products every insurer sells under the same rules. */
export const demoSharedProducts = [{ name: 'ОСАГО', insuranceType: 'OSAGO' }] as const;

/**
 * Development and embedded mode only: gives `organizationId` the demo reference lists unless it has
 * insurers already. Returns whether it seeded.
 */
export async function seedCrmDemoData(db: Db, organizationId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: insurers.id }).from(insurers).where(eq(insurers.organizationId, organizationId)).limit(1);
    if (existing) return false;
    for (const insurer of demoInsurers) {
      const [row] = await tx.insert(insurers).values({ organizationId, name: insurer.name }).returning();
      await tx.insert(insuranceProducts).values(insurer.products.map((p) => ({ organizationId, insurerId: row!.id, ...p })));
    }
    await tx.insert(insuranceProducts).values(demoSharedProducts.map((p) => ({ organizationId, insurerId: null, ...p })));
    return true;
  });
}

