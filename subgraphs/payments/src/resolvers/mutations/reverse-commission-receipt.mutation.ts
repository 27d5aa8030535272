import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const reverseCommissionReceipt: MutationResolvers['reverseCommissionReceipt'] = async (_parent, { input }, context) => {
  const result = await context.services.actuals.reverse(context.identity, 'COMMISSION', input);
  forgetLoaded(context);
  return result;
};
