import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const reverseExpensePayment: MutationResolvers['reverseExpensePayment'] = async (_parent, { input }, context) => {
  const result = await context.services.actuals.reverse(context.identity, 'EXPENSE', input);
  forgetLoaded(context);
  return result;
};
