import type { InsuranceProductResolvers, InsurerResolvers } from '../__generated__/resolvers-types';

export const insurerResolvers: InsurerResolvers = {
  products: (insurer, _args, { loaders }) => loaders.productsOfInsurer.load(insurer.id),
};

export const insuranceProductResolvers: InsuranceProductResolvers = {
  insurer: (product, _args, { loaders }) => (product.insurerId ? loaders.insurer.load(product.insurerId) : null),
};
