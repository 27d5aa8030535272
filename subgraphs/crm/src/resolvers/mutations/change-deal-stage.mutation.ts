import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const changeDealStage: MutationResolvers['changeDealStage'] = async (_parent, { input }, { identity, services }) => ({ deal: await services.deals.changeStage(identity, input) });
