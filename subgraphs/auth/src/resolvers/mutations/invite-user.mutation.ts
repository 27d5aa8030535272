import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const inviteUser: MutationResolvers['inviteUser'] = (_parent, { input }, { identity, services }) =>
  services.invitations.inviteUser(identity, input);
