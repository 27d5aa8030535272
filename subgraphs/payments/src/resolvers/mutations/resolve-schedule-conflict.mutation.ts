import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const resolveScheduleConflict: MutationResolvers['resolveScheduleConflict'] = async (_parent, { input }, context) => {
  const result = await context.services.corrections.resolveConflict(context.identity, input);
  forgetLoaded(context);
  return result;
};
