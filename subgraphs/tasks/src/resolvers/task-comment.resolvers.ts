import type { TaskChangeResolvers, TaskCommentResolvers } from '../__generated__/resolvers-types';
import { userRef } from './entity-refs';

export const taskCommentResolvers: TaskCommentResolvers = {
  author: (comment) => userRef(comment.authorId),
  createdAt: (comment) => comment.createdAt.toISOString(),
};

export const taskChangeResolvers: TaskChangeResolvers = {
  id: (change) => String(change.seq),
  actor: (change) => userRef(change.actorId),
  at: (change) => change.at.toISOString(),
  from: (change) => change.fromValue,
  to: (change) => change.toValue,
};
