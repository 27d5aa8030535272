import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const addInstalment: MutationResolvers['addInstalment'] = async (_parent, { input }, context) => {
  const result = await context.services.corrections.addItem(context.identity, 'INSTALMENT', input);
  forgetLoaded(context);
  return result;
};
