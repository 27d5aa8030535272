import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const recordCommissionReceipt: MutationResolvers['recordCommissionReceipt'] = async (_parent, { input }, context) => {
  const result = await context.services.actuals.record(context.identity, 'COMMISSION', input);
  forgetLoaded(context);
  return result;
};
