import type { MutationResolvers } from '../__generated__/resolvers-types';
import { channelFromApi } from './audit-entry.resolvers';

export const mutationResolvers: MutationResolvers = {
  requestAuditExport: (_parent, { filter }, { identity, services }) =>
    services.exports.request(identity, filter ? { ...filter, channel: filter.channel ? channelFromApi(filter.channel) : null } : null),
};
