import type { PolicyRow } from '../db/schema';
import type { PaymentsContext } from '../context';
import { dealMoneyAllows } from '../services/access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The policy's schedule row when the caller may see its deal; null otherwise (hidden looks like missing). */
export async function visiblePolicy({ identity, loaders }: PaymentsContext, policyId: string): Promise<PolicyRow | null> {
  if (!identity || !UUID.test(policyId)) return null;
  const policy = await loaders.policy.load(policyId);
  if (!policy) return null;
  const [access, settings] = await Promise.all([loaders.dealAccess.load(policy.dealId), loaders.accessSettings.load(identity.orgId)]);
  return dealMoneyAllows('read', identity, policy.organizationId, access, policy.dealOwnerId, settings) ? policy : null;
}

/** A write makes what this request's loaders hold stale: payloads read afresh. */
export function forgetLoaded({ loaders }: PaymentsContext): void {
  Object.values(loaders).forEach((loader: { clearAll(): unknown }) => loader.clearAll());
}
