import type { MutationResolvers } from '../../__generated__/resolvers-types';

/** Public: the invite token is the credential. */
export const acceptInvite: MutationResolvers['acceptInvite'] = (_parent, { input }, { services }) => services.invitations.acceptInvite(input);
