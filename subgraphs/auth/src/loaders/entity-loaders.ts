import { oneByKey, type Identity } from '@crm/platform';
import DataLoader from 'dataloader';
import type { OrganizationRow, TelegramLinkRow, UserRow } from '../db/schema';
import type { AuthServices } from '../services/auth-services';

/**
 * Per-request batch loaders, scoped to the caller's organisation: an id from another organisation
 * (or any id without a caller) loads as null, so entities never cross tenants.
 */
export interface AuthLoaders {
  user: DataLoader<string, UserRow | null>;
  organization: DataLoader<string, OrganizationRow | null>;
  telegramLink: DataLoader<string, TelegramLinkRow | null>;
}

export function createAuthLoaders(services: AuthServices, identity: Identity | null): AuthLoaders {
  const orgId = identity?.orgId;
  return {
    user: new DataLoader(async (ids) => oneByKey(orgId ? await services.users.usersByIds(orgId, ids) : [], ids, (u) => u.id)),
    organization: new DataLoader(async (ids) => {
      const own = ids.filter((id) => id === orgId);
      return oneByKey(await services.organizations.organizationsByIds([...new Set(own)]), ids, (o) => o.id);
    }),
    telegramLink: new DataLoader(async (userIds) =>
      oneByKey(orgId ? await services.telegram.linksByUserIds(orgId, userIds) : [], userIds, (l) => l.userId),
    ),
  };
}
