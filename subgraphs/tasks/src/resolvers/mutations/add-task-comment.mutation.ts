import type { MutationResolvers } from '../../__generated__/resolvers-types';

export const addTaskComment: MutationResolvers['addTaskComment'] = (_parent, { input }, { identity, services }) => services.comments.addComment(identity, input);
