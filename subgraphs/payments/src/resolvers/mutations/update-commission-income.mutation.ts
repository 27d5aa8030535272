import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const updateCommissionIncome: MutationResolvers['updateCommissionIncome'] = async (_parent, { input }, context) => {
  const result = await context.services.corrections.updateItem(context.identity, 'COMMISSION', input);
  forgetLoaded(context);
  return result;
};
