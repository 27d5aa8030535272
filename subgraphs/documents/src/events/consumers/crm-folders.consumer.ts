import { DEAL_STATE_EVENTS, parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { FoldersService, OwnerEvent } from '../../services/folders.service';

const CLIENT_EVENTS = ['crm.client.created', 'crm.client.updated'] as const;
const POLICY_EVENTS = ['crm.policy.created', 'crm.policy.updated'] as const;
const CALCULATION_EVENTS = ['crm.calculation.added', 'crm.calculation.updated', 'crm.calculation.chosen'] as const;

/** CRM's clients, deals, policies and calculations become owners with folders; a changed title renames the folder. */
export function createCrmFoldersConsumer(folders: FoldersService): ConsumerDefinition {
  return {
    name: 'documents.folders',
    events: [...CLIENT_EVENTS, ...DEAL_STATE_EVENTS, ...POLICY_EVENTS, ...CALCULATION_EVENTS],
    async handle(event, tx) {
      const eventTime = new Date(event.time);
      const owner = await ownerOf(event.type, event.data, eventTime, (dealId) => folders.findOwner(tx, event.orgid, dealId));
      if (owner) await folders.applyOwner(tx, owner);
    },
  };
}

async function ownerOf(
  type: string,
  raw: unknown,
  eventTime: Date,
  findDeal: (dealId: string) => Promise<{ clientId: string | null } | null>,
): Promise<OwnerEvent | null> {
  if ((CLIENT_EVENTS as readonly string[]).includes(type)) {
    const data = parseEventData(type as (typeof CLIENT_EVENTS)[number], raw);
    return { ownerType: 'CLIENT', ownerId: data.clientId, organizationId: data.organizationId, clientId: data.clientId, dealId: null, responsibleId: data.ownerId, title: data.displayName, eventTime };
  }
  if ((DEAL_STATE_EVENTS as readonly string[]).includes(type)) {
    const data = parseEventData(type as (typeof DEAL_STATE_EVENTS)[number], raw);
    const renewal = 'renewalOfPolicyId' in data && data.renewalOfPolicyId ? { renewalOfPolicyId: data.renewalOfPolicyId } : {};
    return { ownerType: 'DEAL', ownerId: data.dealId, organizationId: data.organizationId, clientId: data.clientId, dealId: data.dealId, title: data.title, eventTime, ...renewal };
  }
  if ((POLICY_EVENTS as readonly string[]).includes(type)) {
    const data = parseEventData(type as (typeof POLICY_EVENTS)[number], raw);
    const title = `Полис ${data.number}`;
    return { ownerType: 'POLICY', ownerId: data.policyId, organizationId: data.organizationId, clientId: data.clientId, dealId: data.dealId, title, eventTime };
  }
  if ((CALCULATION_EVENTS as readonly string[]).includes(type)) {
    const data = parseEventData(type as (typeof CALCULATION_EVENTS)[number], raw);
    const deal = await findDeal(data.dealId);
    const title = [data.insurerName, data.productName, data.variantLabel].filter(Boolean).join(' · ');
    return { ownerType: 'CALCULATION', ownerId: data.calculationId, organizationId: data.organizationId, clientId: deal?.clientId ?? null, dealId: data.dealId, title, eventTime };
  }
  return null;
}
