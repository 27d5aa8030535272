import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const updateExpense: MutationResolvers['updateExpense'] = async (_parent, { input }, context) => {
  const result = await context.services.corrections.updateItem(context.identity, 'EXPENSE', input);
  forgetLoaded(context);
  return result;
};
