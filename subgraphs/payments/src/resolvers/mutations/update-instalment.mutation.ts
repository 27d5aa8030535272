import type { MutationResolvers } from '../../__generated__/resolvers-types';
import { forgetLoaded } from '../visibility';

export const updateInstalment: MutationResolvers['updateInstalment'] = async (_parent, { input }, context) => {
  const result = await context.services.corrections.updateItem(context.identity, 'INSTALMENT', input);
  forgetLoaded(context);
  return result;
};
