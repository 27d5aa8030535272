import type { UserResolvers } from '../__generated__/resolvers-types';

/** Tasks' extension of Auth's user: only the key and the field Tasks owns. */
export const userResolvers: Pick<UserResolvers, '__resolveReference' | 'assignedTasks'> = {
  __resolveReference: (reference) => ({ id: reference.id }),
  // Batched like Deal.tasks; the caller sees only the tasks they may see anyway.
  assignedTasks: (user, args, { loaders }) => loaders.assignedTasks.load({ parentId: user.id, args }),
};
