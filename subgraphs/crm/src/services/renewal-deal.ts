import type { Tx, UserIdentity } from '@crm/platform';
import { eq } from 'drizzle-orm';
import { calculations, dealParticipants, deals, type DealRow, type PolicyRow } from '../db/schema';
import { participantIdsOf } from './deal-access';
import { writeSystemEntry } from './journal-writer';
import { referenceNames } from './reference-names';
import type { ServiceDeps } from './service-deps';
import { journalText, renewalText } from '../journal.texts';

/**
 * Opens the renewal deal of `policy` inside `tx`: same client, owner and participants, linked to the
 * old policy, with a DRAFT calculation carrying its insurer, product, object, premium, commission and terms.
 */
export function createRenewalDealFactory(deps: ServiceDeps) {
  const { clock, events } = deps;
  return async function createRenewalDeal(tx: Tx, user: UserIdentity, policy: PolicyRow, deal: DealRow, title: string): Promise<DealRow> {
    const now = clock();
    const [renewal] = await tx
      .insert(deals)
      .values({
        organizationId: deal.organizationId,
        clientId: deal.clientId,
        ownerId: deal.ownerId,
        title,
        insuranceType: deal.insuranceType,
        source: 'renewal',
        expectedPremiumAmount: policy.premium,
        expectedPremiumCurrency: policy.currency,
        renewalOfPolicyId: policy.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const participantIds = await participantIdsOf(tx, deal.id);
    if (participantIds.length) {
      await tx.insert(dealParticipants).values(participantIds.map((userId) => ({ dealId: renewal!.id, userId, organizationId: deal.organizationId, addedAt: now })));
    }
    const [origin] = policy.calculationId ? await tx.select().from(calculations).where(eq(calculations.id, policy.calculationId)) : [];
    const [calc] = await tx
      .insert(calculations)
      .values({
        organizationId: deal.organizationId,
        dealId: renewal!.id,
        insurerId: policy.insurerId,
        productId: policy.productId,
        insuredObject: policy.insuredObject,
        currency: policy.currency,
        sumInsured: origin?.currency === policy.currency ? origin.sumInsured : null,
        premium: policy.premium,
        commissionRate: policy.commissionRate,
        commissionAmount: policy.commissionAmount,
        deductible: origin?.deductible ?? null,
        terms: origin?.terms ?? null,
        variantLabel: renewalText('variantLabel').render(),
        notes: renewalText('carriedOver', { number: policy.number }).render(),
        authorId: user.userId,
        status: 'DRAFT',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await events.dealCreated(tx, { deal: renewal!, participantIds }, user.userId);
    await events.calculationAdded(tx, { row: calc!, deal: renewal!, ...(await referenceNames(tx, policy.insurerId, policy.productId)) }, user.userId);
    await writeSystemEntry(tx, deps, renewal!, journalText('renewalOf', { number: policy.number, startDate: policy.startDate, endDate: policy.endDate }));
    return renewal!;
  };
}
