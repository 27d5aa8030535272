import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const changePassword: MutationResolvers['changePassword'] = (_parent, { input }, { identity, services }) =>
  services.users.changePassword(identity, input);
