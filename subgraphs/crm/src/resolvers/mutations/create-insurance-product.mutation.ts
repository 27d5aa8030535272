import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const createInsuranceProduct: MutationResolvers['createInsuranceProduct'] = async (_parent, { input }, { identity, services }) => ({ product: await services.reference.createProduct(identity, input) });
