import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateClient: MutationResolvers['updateClient'] = (_parent, { input }, { identity, services }) => services.clients.updateClient(identity, input);
