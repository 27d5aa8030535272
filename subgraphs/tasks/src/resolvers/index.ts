import { DateScalar, DateTimeScalar } from '@crm/contracts';
import type { EveryField } from '@crm/platform';
import type { MutationResolvers, Resolvers } from '../__generated__/resolvers-types';
import { dealResolvers } from './deal.resolvers';
import { addTaskComment } from './mutations/add-task-comment.mutation';
import { assignTask } from './mutations/assign-task.mutation';
import { changeTaskStatus } from './mutations/change-task-status.mutation';
import { createTask } from './mutations/create-task.mutation';
import { reopenTask } from './mutations/reopen-task.mutation';
import { updateTask } from './mutations/update-task.mutation';
import { queryResolvers } from './query.resolvers';
import { taskChangeResolvers, taskCommentResolvers } from './task-comment.resolvers';
import { taskResolvers } from './task.resolvers';
import { userResolvers } from './user.resolvers';

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: queryResolvers,
  Mutation: { createTask, updateTask, assignTask, changeTaskStatus, reopenTask, addTaskComment } satisfies EveryField<MutationResolvers>,
  Task: taskResolvers,
  TaskComment: taskCommentResolvers,
  TaskChange: taskChangeResolvers,
  Deal: dealResolvers,
  User: userResolvers,
};
