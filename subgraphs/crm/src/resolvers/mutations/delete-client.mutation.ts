import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const deleteClient: MutationResolvers['deleteClient'] = (_parent, { input }, { identity, services }) => services.clientRegistry.deleteClient(identity, input);
