import type { InvitationResolvers } from '../__generated__/resolvers-types';

export const invitationResolvers: InvitationResolvers = {
  createdAt: (invitation) => invitation.createdAt.toISOString(),
  expiresAt: (invitation) => invitation.expiresAt.toISOString(),
};
