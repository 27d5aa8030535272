import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const mergeClients: MutationResolvers['mergeClients'] = (_parent, { input }, { identity, services }) => services.clients.mergeClients(identity, input);
