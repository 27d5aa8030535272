import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const reverseInstalmentPayment: MutationResolvers['reverseInstalmentPayment'] = async (_parent, { input }, context) => {
  const result = await context.services.actuals.reverse(context.identity, 'INSTALMENT', input);
  forgetLoaded(context);
  return result;
};
