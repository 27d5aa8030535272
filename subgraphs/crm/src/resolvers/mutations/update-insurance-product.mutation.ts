import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const updateInsuranceProduct: MutationResolvers['updateInsuranceProduct'] = async (_parent, { input }, { identity, services }) => ({ product: await services.reference.updateProduct(identity, input) });
