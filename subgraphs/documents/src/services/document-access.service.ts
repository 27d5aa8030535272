import { canReadDeal, createAccessSettingsReadModel, createDealAccessReadModel, type DealAccessFacts } from '@crm/deal-access';
import { hasRole, type Executor, type Identity } from '@crm/platform';
import { and, eq, or, sql, type Column, type SQL } from 'drizzle-orm';
import { dealAccessCondition } from '@crm/deal-access';
import { crmSettings, dealAccess, owners, taskAssignees } from '../db/schema';

/** What decides access to a folder or a file: the deal it sits under, else the client it belongs to. */
export interface AccessScope {
  organizationId: string;
  dealId: string | null;
  clientId: string | null;
}

/**
 * Who may see a deal may see and add its files (SPEC); who may not gets NOT_FOUND. The deal rule and its
 * read model are `@crm/deal-access` (ADR 0015), widened only by `task_assignees`: an executor given a task
 * on the deal opens its folder at once, before CRM's participant change arrives (ADR 0036).
 * A client's own folder is seen by an admin, the client's owner and whoever sees one of its deals.
 */
export function createDocumentAccessService() {
  const deals = createDealAccessReadModel(dealAccess, crmSettings);
  const settings = createAccessSettingsReadModel(crmSettings);

  async function factsOf(executor: Executor, organizationId: string, dealId: string): Promise<DealAccessFacts | null> {
    const row = await deals.find(executor, organizationId, dealId);
    if (!row) return null;
    const assignees = await executor.select({ userId: taskAssignees.userId }).from(taskAssignees).where(eq(taskAssignees.dealId, dealId));
    return { ...row, participantIds: [...row.participantIds, ...assignees.map((a) => a.userId)] };
  }

  async function canReadDealOf(executor: Executor, identity: Identity, organizationId: string, dealId: string): Promise<boolean> {
    if (identity.orgId !== organizationId) return false;
    const facts = await factsOf(executor, organizationId, dealId);
    return facts !== null && canReadDeal(identity, facts, await settings.read(executor, organizationId));
  }

  async function canReadClient(executor: Executor, identity: Identity, organizationId: string, clientId: string): Promise<boolean> {
    if (identity.orgId !== organizationId) return false;
    if (identity.kind === 'service' || hasRole(identity, 'ADMIN')) return true;
    const [client] = await executor.select().from(owners).where(and(eq(owners.ownerId, clientId), eq(owners.organizationId, organizationId)));
    if (client?.responsibleId === identity.userId) return true;
    const clientDeals = await executor.select({ dealId: owners.dealId }).from(owners).where(and(eq(owners.clientId, clientId), eq(owners.ownerType, 'DEAL')));
    for (const { dealId } of clientDeals) if (dealId && (await canReadDealOf(executor, identity, organizationId, dealId))) return true;
    return false;
  }

  async function canRead(executor: Executor, identity: Identity, scope: AccessScope): Promise<boolean> {
    if (scope.organizationId !== identity.orgId) return false;
    if (scope.dealId) return canReadDealOf(executor, identity, scope.organizationId, scope.dealId);
    if (scope.clientId) return canReadClient(executor, identity, scope.organizationId, scope.clientId);
    return identity.kind === 'service' || hasRole(identity, 'ADMIN');
  }

  /** The same rule as SQL over a table's `deal_id`, for lists and search: deals the caller reads, in their organisation. */
  function readableDealsCondition(identity: Identity, dealIdColumn: Column): SQL {
    const viaRule = sql`${dealIdColumn} IN (SELECT ${dealAccess.dealId} FROM ${dealAccess} WHERE ${dealAccessCondition('read', identity, deals.columns)})`;
    if (identity.kind !== 'user') return viaRule;
    const viaTask = sql`${dealIdColumn} IN (SELECT ${taskAssignees.dealId} FROM ${taskAssignees} WHERE ${taskAssignees.userId} = ${identity.userId})`;
    return or(viaRule, viaTask) as SQL;
  }

  return { deals, settings, canRead, canReadDealOf, readableDealsCondition };
}

export type DocumentAccessService = ReturnType<typeof createDocumentAccessService>;
