import { moneyAmount, policyStatusSchema } from '@crm/contracts';
import type { Executor, Identity, UserIdentity, Tx } from '@crm/platform';
import { appError, ErrorCode, isUniqueViolation, parseInput, platformText } from '@crm/platform';
import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import { calculations, deals, policies, type DealRow, type PolicyRow } from '../db/schema';
import { requireUser, visibleDeals } from './access';
import { dealState, loadWritableDeal } from './deal-access';
import { dateSchema, idSchema, moneyInput, optionalText, positiveMoneyInput, rateSchema, requiredText, versionSchema } from './input-schemas';
import { writeSystemEntry } from './journal-writer';
import { instalmentPlan } from './policy-plan';
import { referenceNames } from './reference-names';
import { calculationOfTask } from './task-objects';
import { requireInsurer, requireProduct } from './reference.service';
import { recomputeReviewDate } from './review-date';
import type { ServiceDeps } from './service-deps';
import { advanceStage } from './stage-automation';
import { crmText } from '../crm.texts';
import { journalText, renewalText } from '../journal.texts';
import { actualChanges, rowChanges } from '../events/crm-events.publisher';

/** A policy number as the insurer printed it. */
const MAX_POLICY_NUMBER_LENGTH = 100;
const instalments = z.array(z.object({ dueDate: dateSchema, amount: moneyInput })).max(120);
const expenses = z.array(z.object({ description: requiredText(500), amount: moneyInput, dueDate: dateSchema.nullish() })).max(50);
const common = {
  number: requiredText(MAX_POLICY_NUMBER_LENGTH),
  insuredObject: optionalText(1000),
  startDate: dateSchema,
  endDate: dateSchema,
  premium: positiveMoneyInput.nullish(),
  instalments: instalments.nullish(),
  commissionRate: rateSchema.nullish(),
  commissionAmount: moneyInput.nullish(),
  plannedExpenses: expenses.nullish(),
  status: policyStatusSchema.nullish(),
};
const period = (d: { startDate?: string | null; endDate?: string | null; commissionRate?: string | null; commissionAmount?: unknown }, ctx: z.RefinementCtx) => {
  if (d.startDate && d.endDate && d.endDate <= d.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: crmText.reason('endAfterStart') });
  if (d.commissionRate && d.commissionAmount) ctx.addIssue({ code: 'custom', path: ['commissionAmount'], message: crmText.reason('rateOrAmount') });
};
const createInput = z
  .object({ dealId: idSchema, calculationId: idSchema.nullish(), taskId: idSchema.nullish(), insurerId: idSchema.nullish(), productId: idSchema.nullish(), ...common })
  .superRefine(period);
const updateInput = z
  .object({ id: idSchema, version: versionSchema, ...common })
  .partial({ number: true, startDate: true, endDate: true, insuredObject: true })
  .superRefine(period);
const renewInput = z.object({ policyId: idSchema, title: requiredText(300).nullish(), force: z.boolean().nullish() });

const numberTaken = () => appError(ErrorCode.Conflict, { text: crmText('policyNumberTaken'), field: 'input.number' });

export function createPoliciesService(deps: ServiceDeps & { createRenewalDeal: (tx: Tx, user: UserIdentity, policy: PolicyRow, deal: DealRow, title: string) => Promise<DealRow> }) {
  const { db, clock, events } = deps;

  /** A unique violation aborts the transaction, so it is translated outside it. */
  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'policies_organization_insurer_number_key')) throw numberTaken();
      throw error;
    }
  }

  /** After a policy change: the deal's review date follows, and the deal's watchers hear of it. */
  async function afterPolicyChange(tx: Tx, deal: DealRow, actorId: string | null): Promise<DealRow> {
    const review = await recomputeReviewDate(tx, deal);
    if (review.changed) await events.dealUpdated(tx, await dealState(tx, review.deal), rowChanges(deal, review.deal, ['reviewDate']), actorId);
    return review.deal;
  }

  /** An ACTIVE policy means the deal is active: it moves on to ACTIVE unless it is past that or closed. */
  function activate(tx: Tx, deal: DealRow, policy: PolicyRow): Promise<DealRow | null> | null {
    if (policy.status !== 'ACTIVE') return null;
    return advanceStage(tx, deps, deal, 'ACTIVE', (move) => journalText('stagePolicyActive', { ...move, number: policy.number }));
  }

  async function createPolicy(caller: Identity | null, input: unknown): Promise<{ policy: PolicyRow; deal: DealRow }> {
    const user = requireUser(caller);
    const data = parseInput(createInput, input);
    return guarded(() =>
      db.transaction(async (tx) => {
        const deal = await loadWritableDeal(tx, user, data.dealId, { lock: true, field: 'input.dealId' });
        let calc = null;
        const calculationId = data.calculationId ?? (data.taskId ? await calculationOfTask(tx, user.orgId, data.taskId, deal.id) : null);
        if (calculationId) {
          [calc] = await tx.select().from(calculations).where(and(eq(calculations.id, calculationId), eq(calculations.dealId, deal.id)));
          if (!calc) throw appError(ErrorCode.BadUserInput, { text: crmText('noSuchCalculationOnDeal'), field: 'input.calculationId' });
          if (calc.status !== 'CHOSEN') throw appError(ErrorCode.BadUserInput, { text: crmText('chosenCalculationOnly'), field: 'input.calculationId' });
        }
        const insurerId = data.insurerId ?? calc?.insurerId;
        const productId = data.productId ?? calc?.productId;
        if (!insurerId) throw appError(ErrorCode.BadUserInput, { text: crmText('insurerRequired'), field: 'input.insurerId' });
        if (!productId) throw appError(ErrorCode.BadUserInput, { text: crmText('productRequired'), field: 'input.productId' });
        await requireInsurer(tx, user.orgId, insurerId, 'input.insurerId');
        await requireProduct(tx, user.orgId, productId, insurerId, 'input.productId');
        const premium = data.premium ?? (calc?.premium ? { amount: calc.premium, currency: calc.currency } : null);
        if (!premium) throw appError(ErrorCode.BadUserInput, { text: crmText('premiumRequired'), field: 'input.premium' });
        const commissionRate = data.commissionRate ?? (data.commissionAmount ? null : (calc?.commissionRate ?? null));
        const commissionAmount = data.commissionAmount ?? (data.commissionRate || !calc?.commissionAmount ? null : { amount: calc.commissionAmount, currency: calc.currency });
        if (!commissionRate && !commissionAmount) throw appError(ErrorCode.BadUserInput, { text: crmText('commissionRequired'), field: 'input.commissionRate' });
        if (commissionAmount && commissionAmount.currency !== premium.currency) {
          throw appError(ErrorCode.BadUserInput, { text: crmText('premiumCurrency', { currency: premium.currency }), field: 'input.commissionAmount.currency' });
        }
        const plannedExpenses = (data.plannedExpenses ?? []).map((e, i) => {
          if (e.amount.currency !== premium.currency) throw appError(ErrorCode.BadUserInput, { text: crmText('premiumCurrency', { currency: premium.currency }), field: `input.plannedExpenses.${i}.amount.currency` });
          return { description: e.description, amount: e.amount.amount, dueDate: e.dueDate ?? null };
        });
        const now = clock();
        const [policy] = await tx
          .insert(policies)
          .values({
            organizationId: user.orgId,
            dealId: deal.id,
            calculationId: calc?.id ?? null,
            number: data.number,
            insurerId,
            productId,
            insuredObject: data.insuredObject ?? calc?.insuredObject ?? null,
            startDate: data.startDate,
            endDate: data.endDate,
            currency: premium.currency,
            premium: premium.amount,
            instalments: instalmentPlan(premium, data.instalments, data.startDate),
            commissionRate,
            commissionAmount: commissionAmount?.amount ?? null,
            plannedExpenses,
            status: data.status ?? 'ACTIVE',
            renewalOfPolicyId: deal.renewalOfPolicyId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const names = await referenceNames(tx, insurerId, productId);
        await events.policyCreated(tx, { row: policy!, deal, ...names }, user.userId);
        await writeSystemEntry(
          tx,
          deps,
          deal,
          journalText('policyAdded', {
            number: policy!.number,
            insurer: names.insurerName,
            product: names.productName,
            startDate: policy!.startDate,
            endDate: policy!.endDate,
            premium: { amount: moneyAmount(policy!.premium, policy!.currency), currency: policy!.currency },
          }),
        );
        const moved = await activate(tx, deal, policy!);
        return { policy: policy!, deal: await afterPolicyChange(tx, moved ?? deal, user.userId) };
      }),
    );
  }

  async function updatePolicy(caller: Identity | null, input: unknown): Promise<{ policy: PolicyRow; deal: DealRow }> {
    const user = requireUser(caller);
    const data = parseInput(updateInput, input);
    return guarded(() =>
      db.transaction(async (tx) => {
        const [current] = await tx.select().from(policies).where(and(eq(policies.id, data.id), eq(policies.organizationId, user.orgId)));
        if (!current) throw appError(ErrorCode.NotFound, { text: crmText('noSuchPolicy'), field: 'input.id' });
        const deal = await loadWritableDeal(tx, user, current.dealId, { lock: true, field: 'input.id' });
        const [policy] = await tx.select().from(policies).where(eq(policies.id, current.id)).for('update');
        if (policy!.version !== data.version) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
        const startDate = data.startDate ?? policy!.startDate;
        const endDate = data.endDate ?? policy!.endDate;
        if (endDate <= startDate) throw appError(ErrorCode.BadUserInput, { text: crmText('endAfterStart'), field: 'input.endDate' });
        const premium = data.premium ?? { amount: policy!.premium, currency: policy!.currency };
        const planned = data.instalments ?? policy!.instalments.map((i) => ({ dueDate: i.dueDate, amount: { amount: i.amount, currency: policy!.currency } }));
        const changes: Partial<PolicyRow> = {
          startDate,
          endDate,
          premium: premium.amount,
          currency: premium.currency,
          instalments: instalmentPlan(premium, planned, startDate),
          ...(data.number ? { number: data.number } : {}),
          ...(data.insuredObject !== undefined ? { insuredObject: data.insuredObject } : {}),
          ...(data.status ? { status: data.status } : {}),
          ...(data.commissionRate ? { commissionRate: data.commissionRate, commissionAmount: null } : {}),
          ...(data.commissionAmount ? { commissionAmount: data.commissionAmount.amount, commissionRate: null } : {}),
          ...(data.plannedExpenses ? { plannedExpenses: data.plannedExpenses.map((e) => ({ description: e.description, amount: e.amount.amount, dueDate: e.dueDate ?? null })) } : {}),
        };
        const [updated] = await tx
          .update(policies)
          .set({ ...changes, version: policy!.version + 1, updatedAt: clock() })
          .where(eq(policies.id, policy!.id))
          .returning();
        const changed = Object.keys(data).filter((k) => k !== 'id' && k !== 'version' && data[k as keyof typeof data] !== undefined);
        await events.policyUpdated(tx, { row: updated!, deal, ...(await referenceNames(tx, updated!.insurerId, updated!.productId)) }, changed, actualChanges(policy!, updated!, Object.keys(changes)), user.userId);
        const moved = updated!.status !== policy!.status ? await activate(tx, deal, updated!) : null;
        return { policy: updated!, deal: await afterPolicyChange(tx, moved ?? deal, user.userId) };
      }),
    );
  }

  /** A renewal deal for the same client, carrying the old policy's insurer, product, object and terms. */
  async function renewPolicy(caller: Identity | null, input: unknown): Promise<{ deal: DealRow; policy: PolicyRow }> {
    const user = requireUser(caller);
    const data = parseInput(renewInput, input);
    return db.transaction(async (tx) => {
      // Locked: two renewals of one policy at once would both find no open renewal deal.
      const [policy] = await tx.select().from(policies).where(and(eq(policies.id, data.policyId), eq(policies.organizationId, user.orgId))).for('update');
      if (!policy) throw appError(ErrorCode.NotFound, { text: crmText('noSuchPolicy'), field: 'input.policyId' });
      const deal = await loadWritableDeal(tx, user, policy.dealId, { field: 'input.policyId' });
      const [open] = await openRenewalDeals(tx, [policy.id]);
      if (open && !data.force) {
        throw appError(ErrorCode.Conflict, { text: crmText('renewalDealOpen', { dealId: open.id, title: open.title }), field: 'input.policyId' });
      }
      // The title is the user's data: written in the language of whoever asked for the renewal.
      const renewal = await deps.createRenewalDeal(tx, user, policy, deal, data.title ?? renewalText('title', { title: deal.title }).render());
      await writeSystemEntry(tx, deps, deal, journalText('renewalOpened', { number: policy.number }));
      return { deal: renewal, policy };
    });
  }

  /** Renewal deals of these policies still in progress (not closed, not archived), newest first. */
  function openRenewalDeals(ex: Executor, policyIds: readonly string[]): Promise<DealRow[]> {
    if (policyIds.length === 0) return Promise.resolve([]);
    return ex
      .select()
      .from(deals)
      .where(and(inArray(deals.renewalOfPolicyId, [...policyIds]), eq(deals.archived, false), notInArray(deals.stage, ['CLOSED_WON', 'CLOSED_LOST'])))
      .orderBy(desc(deals.createdAt), desc(deals.id));
  }

  async function policiesOfDeals(dealIds: readonly string[]): Promise<PolicyRow[]> {
    if (dealIds.length === 0) return [];
    return db.select().from(policies).where(inArray(policies.dealId, [...dealIds])).orderBy(asc(policies.startDate), asc(policies.id));
  }

  /** Policies of deals the caller may read, by id: a policy of a hidden deal looks missing, wherever it is linked from. */
  async function visiblePoliciesByIds(caller: Identity, ids: readonly string[]): Promise<PolicyRow[]> {
    const valid = ids.filter((id) => idSchema.safeParse(id).success);
    if (valid.length === 0) return [];
    const rows = await db
      .select({ policy: policies })
      .from(policies)
      .innerJoin(deals, eq(deals.id, policies.dealId))
      .where(and(eq(policies.organizationId, caller.orgId), inArray(policies.id, valid), visibleDeals(caller)));
    return rows.map((row) => row.policy);
  }

  /** Policies of deals the caller may read with this number, oldest first (a number is unique per insurer only). */
  async function visiblePoliciesByNumber(caller: Identity | null, number: string): Promise<PolicyRow[]> {
    const wanted = number.trim();
    if (!caller || !wanted || wanted.length > MAX_POLICY_NUMBER_LENGTH) return [];
    const rows = await db
      .select({ policy: policies })
      .from(policies)
      .innerJoin(deals, eq(deals.id, policies.dealId))
      .where(and(eq(policies.organizationId, caller.orgId), eq(policies.number, wanted), visibleDeals(caller)))
      .orderBy(asc(policies.createdAt), asc(policies.id));
    return rows.map((row) => row.policy);
  }

  return {
    createPolicy,
    updatePolicy,
    renewPolicy,
    openRenewalDeals: (policyIds: readonly string[]) => openRenewalDeals(db, policyIds),
    policiesOfDeals,
    visiblePoliciesByIds,
    visiblePoliciesByNumber,
    afterPolicyChange,
  };
}

export type PoliciesService = ReturnType<typeof createPoliciesService>;
