import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const recordInstalmentPayment: MutationResolvers['recordInstalmentPayment'] = async (_parent, { input }, context) => {
  const result = await context.services.actuals.record(context.identity, 'INSTALMENT', input);
  forgetLoaded(context);
  return result;
};
