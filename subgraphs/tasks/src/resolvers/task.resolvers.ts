import type { TaskResolvers } from '../__generated__/resolvers-types';
import { calculationRef, dealRef, policyRef, userRef } from './entity-refs';

export const taskResolvers: TaskResolvers = {
  // Through the caller-scoped loader: a task the caller may not see resolves to null.
  __resolveReference: (reference, { loaders }) => loaders.task.load(reference.id),
  // CRM resolves the rest of the deal and applies its own access check (null when the caller cannot see it).
  deal: (task) => (task.dealId ? dealRef(task.dealId) : null),
  // CRM resolves them with its own access check: null when the caller may not see their deal (ADR 0052).
  calculation: (task) => (task.calculationId && task.dealId ? calculationRef(task.calculationId) : null),
  policy: (task) => (task.policyId && task.dealId ? policyRef(task.policyId) : null),
  author: (task) => userRef(task.authorId),
  assignee: (task) => (task.assigneeId ? userRef(task.assigneeId) : null),
  createdAt: (task) => task.createdAt.toISOString(),
  updatedAt: (task) => task.updatedAt.toISOString(),
  completedAt: (task) => task.completedAt?.toISOString() ?? null,
  comments: (task, _args, { loaders }) => loaders.comments.load(task.id),
  history: (task, _args, { loaders }) => loaders.history.load(task.id),
};
