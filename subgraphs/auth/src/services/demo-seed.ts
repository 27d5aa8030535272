import { isAppError, ErrorCode } from '@crm/platform';
import type { AuthServices } from './auth-services';

export const DEMO_PASSWORD = 'demo12345';
export const DEMO_ORGANIZATION = 'Demo Brokerage';

export const demoUsers = [
  { email: 'admin@demo.local', displayName: 'Demo Admin', roles: ['ADMIN'] },
  { email: 'seller@demo.local', displayName: 'Demo Seller', roles: ['SELLER'] },
  { email: 'executor@demo.local', displayName: 'Demo Executor', roles: ['EXECUTOR'] },
] as const;

/**
 * Development and embedded mode only (the caller decides; never call it in production): on a database
 * with no organisation yet, creates the demo brokerage and its three users. Returns the new organisation's id, or null when there was nothing to do.
 */
export async function seedDemoOrganization(target: Pick<AuthServices, 'organizations'> | { services: Pick<AuthServices, 'organizations'> }): Promise<string | null> {
  const services = 'services' in target ? target.services : target;
  if (await services.organizations.hasAnyOrganization()) return null;
  try {
    const { organization } = await services.organizations.createOrganization({
      name: DEMO_ORGANIZATION,
      users: demoUsers.map((u) => ({ ...u, roles: [...u.roles], password: DEMO_PASSWORD })),
    });
    return organization.id;
  } catch (error) {
    // Another process seeded between our check and insert: the database is seeded, which is the goal.
    if (isAppError(error, ErrorCode.Conflict)) return null;
    throw error;
  }
}
