import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createInsurer: MutationResolvers['createInsurer'] = async (_parent, { input }, { identity, services }) => ({ insurer: await services.reference.createInsurer(identity, input) });
