import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const recordExpensePayment: MutationResolvers['recordExpensePayment'] = async (_parent, { input }, context) => {
  const result = await context.services.actuals.record(context.identity, 'EXPENSE', input);
  forgetLoaded(context);
  return result;
};
