import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createClient: MutationResolvers['createClient'] = (_parent, { input }, { identity, services }) => services.clients.createClient(identity, input);
