import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const addExpense: MutationResolvers['addExpense'] = async (_parent, { input }, context) => {
  const result = await context.services.corrections.addItem(context.identity, 'EXPENSE', input);
  forgetLoaded(context);
  return result;
};
