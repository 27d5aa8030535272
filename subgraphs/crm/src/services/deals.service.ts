import { dealStageSchema } from '@crm/contracts';
import type { KnownUsersReadModel } from '@crm/deal-access';
import type { Identity, UserIdentity, Tx } from '@crm/platform';
import { addDays, appError, ErrorCode, hasRole, isAppError, parseInput } from '@crm/platform';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { clients, dealParticipants, deals, type DealRow } from '../db/schema';
import { requireCaller, requireSellerOrAdmin, requireUser } from './access';
import type { ClientDuplicate, ClientsService } from './clients.service';
import { dealState, loadVisibleDeal, loadWritableDeal } from './deal-access';
import { canMove } from './deal-stages';
import { dateSchema, idSchema, moneyInput, newClientSchema, optionalText, requiredText, versionSchema } from './input-schemas';
import { writeSystemEntry } from './journal-writer';
import { recomputeReviewDate } from './review-date';
import { todayOf } from './settings.service';
import type { ServiceDeps } from './service-deps';
import { crmText } from '../crm.texts';
import { journalText } from '../journal.texts';
import { rowChanges } from '../events/crm-events.publisher';

const createInput = z
  .object({
    title: requiredText(300),
    clientId: idSchema.nullish(),
    newClient: newClientSchema.nullish(),
    insuranceType: optionalText(100),
    source: optionalText(200),
    expectedPremium: moneyInput.nullish(),
    ownerId: idSchema.nullish(),
  })
  .superRefine((d, ctx) => {
    if (!d.clientId === !d.newClient) ctx.addIssue({ code: 'custom', path: ['clientId'], message: crmText.reason('clientOrNewClient') });
  });
const updateInput = z.object({
  id: idSchema,
  version: versionSchema,
  title: requiredText(300).nullish(),
  insuranceType: optionalText(100).optional(),
  source: optionalText(200).optional(),
  expectedPremium: moneyInput.nullish(),
  ownerId: idSchema.nullish(),
});
const stageInput = z
  .object({ id: idSchema, version: versionSchema, stage: dealStageSchema, lossReason: optionalText(1000) })
  .superRefine((d, ctx) => {
    if (d.stage === 'CLOSED_LOST' && !d.lossReason) ctx.addIssue({ code: 'custom', path: ['lossReason'], message: crmText.reason('lossReason') });
  });
const archivedInput = z.object({ id: idSchema, version: versionSchema, archived: z.boolean() });
const participantInput = z.object({ dealId: idSchema, userId: idSchema });
const reviewDateInput = z
  .object({ id: idSchema, version: versionSchema, reviewDate: dateSchema.nullish(), reason: optionalText(1000) })
  .superRefine((d, ctx) => {
    if (d.reviewDate && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: crmText.reason('snoozeReason') });
  });
const snoozeInput = z.object({ id: idSchema, version: versionSchema, days: z.number().int().min(1).max(3650), reason: requiredText(1000) });

export interface CreatedDeal {
  deal: DealRow;
  duplicates: ClientDuplicate[];
}

export function createDealsService(deps: ServiceDeps & { clients: ClientsService; knownUsers: KnownUsersReadModel }) {
  const { db, clock, events } = deps;

  /**
   * Only admins hand a deal to someone else, and only to an active user of their organisation (the users
   * read model, ADR 0017); everybody else owns what they create.
   */
  async function ownerFor(tx: Tx, user: UserIdentity, ownerId: string | null | undefined, field: string): Promise<string> {
    if (!ownerId || ownerId === user.userId) return user.userId;
    if (!hasRole(user, 'ADMIN')) throw appError(ErrorCode.Forbidden, { text: crmText('ownerAdminOnly'), field });
    await deps.knownUsers.requireActiveMember(tx, user.orgId, ownerId, field);
    return ownerId;
  }

  async function createDeal(caller: Identity | null, input: unknown): Promise<CreatedDeal> {
    const user = requireSellerOrAdmin(caller);
    const data = parseInput(createInput, input);
    return db.transaction(async (tx) => {
      const ownerId = await ownerFor(tx, user, data.ownerId, 'input.ownerId');
      let clientId = data.clientId;
      let duplicates: ClientDuplicate[] = [];
      if (data.newClient) {
        const created = await deps.clients.insertClient(tx, user, data.newClient);
        clientId = created.client.id;
        duplicates = created.duplicates;
      } else {
        const [client] = await tx
          .select({ id: clients.id })
          .from(clients)
          .where(and(eq(clients.id, clientId!), eq(clients.organizationId, user.orgId), isNull(clients.mergedIntoId)));
        if (!client) throw appError(ErrorCode.BadUserInput, { text: crmText('noSuchClient'), field: 'input.clientId' });
      }
      const now = clock();
      const [deal] = await tx
        .insert(deals)
        .values({
          organizationId: user.orgId,
          clientId: clientId!,
          ownerId,
          title: data.title,
          insuranceType: data.insuranceType,
          source: data.source,
          expectedPremiumAmount: data.expectedPremium?.amount ?? null,
          expectedPremiumCurrency: data.expectedPremium?.currency ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await events.dealCreated(tx, { deal: deal!, participantIds: [] }, user.userId);
      return { deal: deal!, duplicates };
    });
  }

  /** Locks a visible deal at the version the caller read, applies `change`, bumps the version and publishes. */
  async function change(caller: Identity | null, id: string, version: number, apply: (tx: Tx, deal: DealRow, user: UserIdentity) => Promise<Partial<DealRow> | null>) {
    const user = requireUser(caller);
    return db.transaction(async (tx) => {
      const deal = await loadWritableDeal(tx, user, id, { lock: true, version });
      const changes = await apply(tx, deal, user);
      if (!changes || Object.keys(changes).length === 0) return deal;
      const [updated] = await tx
        .update(deals)
        .set({ ...changes, version: deal.version + 1, updatedAt: clock() })
        .where(eq(deals.id, deal.id))
        .returning();
      const state = { ...(await dealState(tx, updated!)), versioned: true };
      if (changes.stage && changes.stage !== deal.stage) await events.dealStageChanged(tx, state, deal.stage, user.userId);
      else await events.dealUpdated(tx, state, rowChanges(deal, updated!, Object.keys(changes)), user.userId);
      return updated!;
    });
  }

  async function updateDeal(caller: Identity | null, input: unknown): Promise<DealRow> {
    const data = parseInput(updateInput, input);
    return change(caller, data.id, data.version, async (tx, deal, user) => {
      const changes: Partial<DealRow> = {};
      if (data.title) changes.title = data.title;
      if (data.insuranceType !== undefined) changes.insuranceType = data.insuranceType;
      if (data.source !== undefined) changes.source = data.source;
      if (data.expectedPremium) {
        changes.expectedPremiumAmount = data.expectedPremium.amount;
        changes.expectedPremiumCurrency = data.expectedPremium.currency;
      }
      if (data.ownerId && data.ownerId !== deal.ownerId) changes.ownerId = await ownerFor(tx, user, data.ownerId, 'input.ownerId');
      return changes;
    });
  }

  async function changeStage(caller: Identity | null, input: unknown): Promise<DealRow> {
    const data = parseInput(stageInput, input);
    return change(caller, data.id, data.version, async (tx, deal) => {
      if (deal.stage === data.stage) return null;
      if (!canMove(deal.stage, data.stage)) {
        throw appError(ErrorCode.BadUserInput, { text: crmText('stageTransition', { from: deal.stage, to: data.stage }), field: 'input.stage' });
      }
      const lossReason = data.stage === 'CLOSED_LOST' ? data.lossReason : null;
      const moved = { fromStage: deal.stage, toStage: data.stage };
      await writeSystemEntry(tx, deps, deal, lossReason ? journalText('stageChangedLost', { ...moved, reason: lossReason }) : journalText('stageChanged', moved));
      return { stage: data.stage, lossReason, stageSetByHandAt: clock() };
    });
  }

  async function setArchived(caller: Identity | null, input: unknown): Promise<DealRow> {
    const data = parseInput(archivedInput, input);
    return change(caller, data.id, data.version, async (_tx, deal) => (deal.archived === data.archived ? null : { archived: data.archived }));
  }

  /** Review date by hand (with a reason), or back to automatic with `reviewDate: null`. */
  async function setReviewDate(caller: Identity | null, input: unknown): Promise<DealRow> {
    const data = parseInput(reviewDateInput, input);
    return change(caller, data.id, data.version, async (tx, deal) => {
      if (data.reviewDate) return { reviewDate: data.reviewDate, reviewDateManual: true, reviewDateReason: data.reason };
      const automatic = await recomputeReviewDate(tx, { ...deal, reviewDateManual: false });
      return { reviewDate: automatic.deal.reviewDate, reviewDateManual: false, reviewDateReason: null };
    });
  }

  async function snooze(caller: Identity | null, input: unknown): Promise<DealRow> {
    const data = parseInput(snoozeInput, input);
    return change(caller, data.id, data.version, async (tx, deal) => ({
      reviewDate: addDays(await todayOf(tx, deal.organizationId, clock()), data.days),
      reviewDateManual: true,
      reviewDateReason: data.reason,
    }));
  }

  /** Participants are no column: the event's `changes` shows the list before (`before(now)`) and after. */
  async function publishParticipants(tx: Tx, deal: DealRow, before: (now: string[]) => string[], actorId: string | null): Promise<void> {
    const state = await dealState(tx, deal);
    await events.dealUpdated(tx, state, { participants: { from: before(state.participantIds), to: state.participantIds } }, actorId);
  }

  /**
   * Adds a participant (idempotent: adding twice changes nothing). Used by the mutation and by the
   * tasks.task.assigned consumer; participants are derived access, so the version stays.
   */
  async function addParticipantIn(tx: Tx, deal: DealRow, userId: string, actorId: string | null): Promise<DealRow> {
    const inserted = await tx.insert(dealParticipants).values({ dealId: deal.id, userId, organizationId: deal.organizationId, addedAt: clock() }).onConflictDoNothing().returning();
    if (inserted.length) await publishParticipants(tx, deal, (now) => now.filter((id) => id !== userId), actorId);
    return deal;
  }

  async function addParticipant(caller: Identity | null, input: unknown): Promise<DealRow> {
    const user = requireSellerOrAdmin(caller);
    const data = parseInput(participantInput, input);
    return db.transaction(async (tx) => {
      const deal = await loadWritableDeal(tx, user, data.dealId, { lock: true, field: 'input.dealId' });
      await deps.knownUsers.requireActiveMember(tx, user.orgId, data.userId, 'input.userId');
      return addParticipantIn(tx, deal, data.userId, user.userId);
    });
  }

  async function removeParticipant(caller: Identity | null, input: unknown): Promise<DealRow> {
    const user = requireSellerOrAdmin(caller);
    const data = parseInput(participantInput, input);
    return db.transaction(async (tx) => {
      const deal = await loadWritableDeal(tx, user, data.dealId, { lock: true, field: 'input.dealId' });
      const removed = await tx
        .delete(dealParticipants)
        .where(and(eq(dealParticipants.dealId, deal.id), eq(dealParticipants.userId, data.userId)))
        .returning();
      if (removed.length) await publishParticipants(tx, deal, (now) => [...now, data.userId], user.userId);
      return deal;
    });
  }

  async function dealById(caller: Identity | null, id: string): Promise<DealRow | null> {
    const identity = requireCaller(caller);
    if (!idSchema.safeParse(id).success) return null;
    return loadVisibleDeal(db, identity, id).catch((error: unknown) => {
      if (isAppError(error, ErrorCode.NotFound)) return null;
      throw error;
    });
  }

  return { createDeal, updateDeal, changeStage, setArchived, setReviewDate, snooze, addParticipant, addParticipantIn, removeParticipant, dealById };
}

export type DealsService = ReturnType<typeof createDealsService>;
