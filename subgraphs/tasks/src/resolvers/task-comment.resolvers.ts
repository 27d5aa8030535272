import type { TaskChangeResolvers, TaskCommentResolvers } from '../__generated__/resolvers-types';
import { reasonText } from '@crm/texts';
import { userRef } from './entity-refs';

export const taskCommentResolvers: TaskCommentResolvers = {
  author: (comment) => userRef(comment.authorId),
  // A SYSTEM comment is a reason code: read in the reader's language (ADR 0033).
  text: (comment) => (comment.reasonCode ? (reasonText(comment.reasonCode)?.render() ?? comment.text) : comment.text),
  createdAt: (comment) => comment.createdAt.toISOString(),
};

export const taskChangeResolvers: TaskChangeResolvers = {
  id: (change) => String(change.seq),
  actor: (change) => userRef(change.actorId),
  at: (change) => change.at.toISOString(),
  from: (change) => change.fromValue,
  to: (change) => change.toValue,
};
