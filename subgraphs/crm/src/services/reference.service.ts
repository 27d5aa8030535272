import type { Identity, Executor } from '@crm/platform';
import { appError, ErrorCode, isUniqueViolation, parseInput } from '@crm/platform';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { insuranceProducts, insurers, type InsuranceProductRow, type InsurerRow } from '../db/schema';
import { requireAdmin, requireCaller } from './access';
import { idSchema, optionalText, requiredText, versionSchema } from './input-schemas';
import type { ServiceDeps } from './service-deps';
import { crmText } from '../crm.texts';

const createInsurerInput = z.object({ name: requiredText(200) });
const updateInsurerInput = z.object({ id: idSchema, version: versionSchema, name: requiredText(200).nullish(), active: z.boolean().nullish() });
const createProductInput = z.object({ name: requiredText(200), insurerId: idSchema.nullish(), insuranceType: optionalText(100) });
const updateProductInput = z.object({
  id: idSchema,
  version: versionSchema,
  name: requiredText(200).nullish(),
  insuranceType: optionalText(100),
  active: z.boolean().nullish(),
});

const duplicateName = () => appError(ErrorCode.Conflict, { text: crmText('insurerNameTaken'), field: 'input.name' });

/** A reference an input names, checked to belong to the caller's organisation. */
export async function requireInsurer(db: Executor, orgId: string, id: string, field: string): Promise<InsurerRow> {
  const [row] = await db.select().from(insurers).where(and(eq(insurers.id, id), eq(insurers.organizationId, orgId)));
  if (!row) throw appError(ErrorCode.BadUserInput, { text: crmText('noSuchInsurer'), field });
  return row;
}

/** A product of the caller's organisation that `insurerId` offers (or any insurer does). */
export async function requireProduct(db: Executor, orgId: string, id: string, insurerId: string, field: string): Promise<InsuranceProductRow> {
  const [row] = await db.select().from(insuranceProducts).where(and(eq(insuranceProducts.id, id), eq(insuranceProducts.organizationId, orgId)));
  if (!row) throw appError(ErrorCode.BadUserInput, { text: crmText('noSuchProduct'), field });
  if (row.insurerId !== null && row.insurerId !== insurerId) {
    throw appError(ErrorCode.BadUserInput, { text: crmText('productOfAnotherInsurer'), field });
  }
  return row;
}

export function createReferenceService({ db }: ServiceDeps) {
  async function insurersOf(caller: Identity | null, includeInactive: boolean): Promise<InsurerRow[]> {
    const { orgId } = requireCaller(caller);
    return db
      .select()
      .from(insurers)
      .where(and(eq(insurers.organizationId, orgId), includeInactive ? undefined : eq(insurers.active, true)))
      .orderBy(asc(sql`lower(${insurers.name})`));
  }

  async function insurersByIds(orgId: string, ids: readonly string[]): Promise<InsurerRow[]> {
    const valid = ids.filter((id) => idSchema.safeParse(id).success);
    return valid.length ? db.select().from(insurers).where(and(eq(insurers.organizationId, orgId), inArray(insurers.id, valid))) : [];
  }

  async function productsByIds(orgId: string, ids: readonly string[]): Promise<InsuranceProductRow[]> {
    const valid = ids.filter((id) => idSchema.safeParse(id).success);
    return valid.length
      ? db.select().from(insuranceProducts).where(and(eq(insuranceProducts.organizationId, orgId), inArray(insuranceProducts.id, valid)))
      : [];
  }

  /** Products each insurer offers, its own and the insurer-independent ones. */
  async function productsOfInsurers(orgId: string, insurerIds: readonly string[]): Promise<InsuranceProductRow[]> {
    if (insurerIds.length === 0) return [];
    return db
      .select()
      .from(insuranceProducts)
      .where(and(eq(insuranceProducts.organizationId, orgId), or(inArray(insuranceProducts.insurerId, [...insurerIds]), isNull(insuranceProducts.insurerId))))
      .orderBy(asc(insuranceProducts.name));
  }

  async function createInsurer(caller: Identity | null, input: unknown): Promise<InsurerRow> {
    const admin = requireAdmin(caller);
    const data = parseInput(createInsurerInput, input);
    try {
      const [row] = await db.insert(insurers).values({ organizationId: admin.orgId, name: data.name }).returning();
      return row!;
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  }

  async function updateInsurer(caller: Identity | null, input: unknown): Promise<InsurerRow> {
    const admin = requireAdmin(caller);
    const data = parseInput(updateInsurerInput, input);
    await requireInsurer(db, admin.orgId, data.id, 'input.id');
    try {
      const [row] = await db
        .update(insurers)
        .set({ ...(data.name ? { name: data.name } : {}), ...(data.active != null ? { active: data.active } : {}), version: sql`${insurers.version} + 1` })
        .where(and(eq(insurers.id, data.id), eq(insurers.organizationId, admin.orgId), eq(insurers.version, data.version)))
        .returning();
      if (!row) throw appError(ErrorCode.Conflict, { field: 'input.version' });
      return row;
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateName();
      throw error;
    }
  }

  async function createProduct(caller: Identity | null, input: unknown): Promise<InsuranceProductRow> {
    const admin = requireAdmin(caller);
    const data = parseInput(createProductInput, input);
    if (data.insurerId) await requireInsurer(db, admin.orgId, data.insurerId, 'input.insurerId');
    const [row] = await db
      .insert(insuranceProducts)
      .values({ organizationId: admin.orgId, name: data.name, insurerId: data.insurerId ?? null, insuranceType: data.insuranceType })
      .returning();
    return row!;
  }

  async function updateProduct(caller: Identity | null, input: unknown): Promise<InsuranceProductRow> {
    const admin = requireAdmin(caller);
    const data = parseInput(updateProductInput, input);
    const [exists] = await db
      .select({ id: insuranceProducts.id })
      .from(insuranceProducts)
      .where(and(eq(insuranceProducts.id, data.id), eq(insuranceProducts.organizationId, admin.orgId)));
    if (!exists) throw appError(ErrorCode.NotFound, { text: crmText('noSuchProduct'), field: 'input.id' });
    const [row] = await db
      .update(insuranceProducts)
      .set({
        ...(data.name ? { name: data.name } : {}),
        ...(data.insuranceType !== null ? { insuranceType: data.insuranceType } : {}),
        ...(data.active != null ? { active: data.active } : {}),
        version: sql`${insuranceProducts.version} + 1`,
      })
      .where(and(eq(insuranceProducts.id, data.id), eq(insuranceProducts.version, data.version)))
      .returning();
    if (!row) throw appError(ErrorCode.Conflict, { field: 'input.version' });
    return row;
  }

  return { insurersOf, insurersByIds, productsByIds, productsOfInsurers, createInsurer, updateInsurer, createProduct, updateProduct };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
