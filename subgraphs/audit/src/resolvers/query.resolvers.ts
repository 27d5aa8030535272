import type { QueryResolvers } from '../__generated__/resolvers-types';
import { channelFromApi } from './audit-entry.resolvers';

export const queryResolvers: QueryResolvers = {
  auditLog: (_parent, { filter, ...page }, { identity, services }) =>
    services.log.list(identity, filter ? { ...filter, channel: filter.channel ? channelFromApi(filter.channel) : null } : null, page),
  verifyAuditIntegrity: (_parent, { from, to }, { identity, services }) => services.integrity.verify(identity, from, to),
};
