import type { OrganizationResolvers } from '../__generated__/resolvers-types';

export const organizationResolvers: OrganizationResolvers = {
  // Only the caller's own organisation resolves; any other id is null.
  __resolveReference: (reference, { loaders }) => loaders.organization.load(reference.id),
  createdAt: (organization) => organization.createdAt.toISOString(),
};
