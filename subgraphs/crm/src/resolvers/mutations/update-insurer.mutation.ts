import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateInsurer: MutationResolvers['updateInsurer'] = async (_parent, { input }, { identity, services }) => ({ insurer: await services.reference.updateInsurer(identity, input) });
