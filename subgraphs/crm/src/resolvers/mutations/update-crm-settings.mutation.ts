import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateCrmSettings: MutationResolvers['updateCrmSettings'] = async (_parent, { input }, { identity, services }) => ({ settings: await services.settings.update(identity, input) });
