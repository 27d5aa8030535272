import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TaskRow, TaskCommentRow, TaskHistoryRow } from '../db/schema';
import type { EntityRef } from '../resolvers/entity-refs';
import type { TasksContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddTaskCommentInput = {
  taskId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type AddTaskCommentPayload = {
  __typename?: 'AddTaskCommentPayload';
  comment: TaskComment;
  task: Task;
};

export type AssignTaskInput = {
  assigneeId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Calculation = {
  __typename?: 'Calculation';
  id: Scalars['ID']['output'];
};

export type ChangeTaskStatusInput = {
  id: Scalars['ID']['input'];
  status: TaskStatus;
  version: Scalars['Int']['input'];
};

export type CreateTaskInput = {
  /** An active user of the caller's organisation. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** A calculation of that deal the task is about ("issue the chosen variant"); needs `dealId`. */
  calculationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Requires access to the deal (its owner, a participant or an admin). A deal id Tasks has not heard of
   * is NOT_FOUND at once, unless the deal was created moments ago (ADR 0051).
   */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  kind: TaskKind;
  /** A policy of that deal the task is about; needs `dealId`. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TaskPriority>;
  title: Scalars['String']['input'];
};

export type Deal = {
  __typename?: 'Deal';
  id: Scalars['ID']['output'];
  /** The deal's tasks the caller may see (all of them with access to the deal). */
  tasks: TaskConnection;
};


export type DealTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Anyone who can see the task. Comments are appended, never overwritten, so no version is needed. */
  addTaskComment: AddTaskCommentPayload;
  /** The author, the deal's owner or an admin; the new assignee must be an active user of the organisation. */
  assignTask: TaskPayload;
  /**
   * The assignee (any move but CANCELLED), the author, the deal's owner or an admin.
   * Invalid transitions are BAD_USER_INPUT on `input.status`.
   */
  changeTaskStatus: TaskPayload;
  createTask: TaskPayload;
  /** Brings a DONE or CANCELLED task back to NEW (the author, the deal's owner or an admin). */
  reopenTask: TaskPayload;
  /** The author, the deal's owner or an admin. */
  updateTask: TaskPayload;
};


export type MutationAddTaskCommentArgs = {
  input: AddTaskCommentInput;
};


export type MutationAssignTaskArgs = {
  input: AssignTaskInput;
};


export type MutationChangeTaskStatusArgs = {
  input: ChangeTaskStatusInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationReopenTaskArgs = {
  input: ReopenTaskInput;
};


export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A CRM policy; Payments adds its payment schedule. */
export type Policy = {
  __typename?: 'Policy';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  myTasks: TaskConnection;
  /** A task the caller may see (its author, assignee, a user with access to its deal, an admin); null otherwise. */
  task?: Maybe<Task>;
};


export type QueryMyTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  relation?: InputMaybe<TaskRelation>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};

export type ReopenTaskInput = {
  id: Scalars['ID']['input'];
  /** Why the task is reopened; kept as a comment. */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type Task = {
  __typename?: 'Task';
  assignee?: Maybe<User>;
  author: User;
  /** The calculation (variant) the task is about, e.g. the chosen one to issue; null when none or not visible. */
  calculation?: Maybe<Calculation>;
  /** Oldest first. */
  comments: Array<TaskComment>;
  /** When the task last became DONE; null while it is not done. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The deal the task is about; null for a task without a deal (or a deal the caller cannot see). */
  deal?: Maybe<Deal>;
  description?: Maybe<Scalars['String']['output']>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Every change, oldest first. */
  history: Array<TaskChange>;
  id: Scalars['ID']['output'];
  kind: TaskKind;
  /** The policy the task is about (e.g. a payment check); null when none or not visible. */
  policy?: Maybe<Policy>;
  priority: TaskPriority;
  status: TaskStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Incremented on every change; send it back with updates (a stale one is a CONFLICT). */
  version: Scalars['Int']['output'];
};

/** One change of one field: who, when, from → to (values as text; user ids for `assignee`). */
export type TaskChange = {
  __typename?: 'TaskChange';
  actor: User;
  at: Scalars['DateTime']['output'];
  /** `created`, `status`, `assignee`, `title`, `description`, `kind`, `dueDate` or `priority`. */
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  to?: Maybe<Scalars['String']['output']>;
};

export type TaskComment = {
  __typename?: 'TaskComment';
  /** For SYSTEM comments: the user whose action caused it (e.g. who archived the deal). */
  author: User;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: TaskCommentKind;
  text: Scalars['String']['output'];
};

export type TaskCommentKind =
  /** Written by Tasks itself (e.g. why it cancelled the task); the author is whoever caused it. */
  | 'SYSTEM'
  | 'USER';

/** Ordered by due date (tasks without one last), then by creation. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  edges: Array<TaskEdge>;
  pageInfo: PageInfo;
};

/** Due-date windows, relative to today in the organisation's time zone (CRM setting `timeZone`), or to `TaskFilter.today`. */
export type TaskDue =
  /** Due before today and still open (NEW or IN_PROGRESS). */
  | 'OVERDUE'
  /** Due from Monday to Sunday of today's ISO week. */
  | 'THIS_WEEK'
  | 'TODAY';

export type TaskEdge = {
  __typename?: 'TaskEdge';
  cursor: Scalars['String']['output'];
  node: Task;
};

export type TaskFilter = {
  dealId?: InputMaybe<Scalars['ID']['input']>;
  due?: InputMaybe<TaskDue>;
  kind?: InputMaybe<Array<TaskKind>>;
  status?: InputMaybe<Array<TaskStatus>>;
  /** Another day for `due` to be relative to (planning ahead); defaults to today in the organisation's time zone. */
  today?: InputMaybe<Scalars['Date']['input']>;
};

/** What the assignee is asked to do. */
export type TaskKind =
  /** Get quotes from insurers and enter the calculations into the deal. */
  | 'CALCULATION'
  /** Issue the policy for the chosen calculation. */
  | 'ISSUE_POLICY'
  | 'OTHER'
  /** Check that a payment has arrived. */
  | 'PAYMENT_CHECK';

export type TaskPayload = {
  __typename?: 'TaskPayload';
  task: Task;
};

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Which of the caller's tasks `myTasks` lists. */
export type TaskRelation =
  /** Assigned to me or created by me. */
  | 'ANY'
  | 'ASSIGNED_TO_ME'
  | 'CREATED_BY_ME';

/**
 * NEW → IN_PROGRESS | DONE | CANCELLED; IN_PROGRESS → NEW | DONE | CANCELLED.
 * DONE and CANCELLED are final for `changeTaskStatus`; `reopenTask` brings them back to NEW.
 */
export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NEW';

/** Fields left out stay as they are; `null` clears `description` and `dueDate`. */
export type UpdateTaskInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<TaskKind>;
  priority?: InputMaybe<TaskPriority>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type User = {
  __typename?: 'User';
  /** Tasks assigned to this user that the caller may see. */
  assignedTasks: TaskConnection;
  id: Scalars['ID']['output'];
};


export type UserAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Deal: Deal;
  Task: Task;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddTaskCommentInput: AddTaskCommentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddTaskCommentPayload: ResolverTypeWrapper<Omit<AddTaskCommentPayload, 'comment' | 'task'> & { comment: ResolversTypes['TaskComment'], task: ResolversTypes['Task'] }>;
  AssignTaskInput: AssignTaskInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Calculation: ResolverTypeWrapper<Calculation>;
  ChangeTaskStatusInput: ChangeTaskStatusInput;
  CreateTaskInput: CreateTaskInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<EntityRef>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Policy: ResolverTypeWrapper<Policy>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReopenTaskInput: ReopenTaskInput;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskChange: ResolverTypeWrapper<TaskHistoryRow>;
  TaskComment: ResolverTypeWrapper<TaskCommentRow>;
  TaskCommentKind: TaskCommentKind;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskDue: TaskDue;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskKind: TaskKind;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task'> & { task: ResolversTypes['Task'] }>;
  TaskPriority: TaskPriority;
  TaskRelation: TaskRelation;
  TaskStatus: TaskStatus;
  UpdateTaskInput: UpdateTaskInput;
  User: ResolverTypeWrapper<EntityRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddTaskCommentInput: AddTaskCommentInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AddTaskCommentPayload: Omit<AddTaskCommentPayload, 'comment' | 'task'> & { comment: ResolversParentTypes['TaskComment'], task: ResolversParentTypes['Task'] };
  AssignTaskInput: AssignTaskInput;
  Int: Scalars['Int']['output'];
  Calculation: Calculation;
  ChangeTaskStatusInput: ChangeTaskStatusInput;
  CreateTaskInput: CreateTaskInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: EntityRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Policy: Policy;
  Query: Record<PropertyKey, never>;
  ReopenTaskInput: ReopenTaskInput;
  Task: TaskRow;
  TaskChange: TaskHistoryRow;
  TaskComment: TaskCommentRow;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskPayload: Omit<TaskPayload, 'task'> & { task: ResolversParentTypes['Task'] };
  UpdateTaskInput: UpdateTaskInput;
  User: EntityRef;
}>;

export type AddTaskCommentPayloadResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['AddTaskCommentPayload'] = ResolversParentTypes['AddTaskCommentPayload']> = ResolversObject<{
  comment?: Resolver<ResolversTypes['TaskComment'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type CalculationResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['Calculation'] = ResolversParentTypes['Calculation']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<DealTasksArgs, 'first'>>;
}>;

export type MutationResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addTaskComment?: Resolver<ResolversTypes['AddTaskCommentPayload'], ParentType, ContextType, RequireFields<MutationAddTaskCommentArgs, 'input'>>;
  assignTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationAssignTaskArgs, 'input'>>;
  changeTaskStatus?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationChangeTaskStatusArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  reopenTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationReopenTaskArgs, 'input'>>;
  updateTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolicyResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  myTasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QueryMyTasksArgs, 'first' | 'relation'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
}>;

export type TaskResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  calculation?: Resolver<Maybe<ResolversTypes['Calculation']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['TaskComment']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['TaskChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaskKind'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TaskPriority'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskChangeResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['TaskChange'] = ResolversParentTypes['TaskChange']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TaskCommentResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['TaskComment'] = ResolversParentTypes['TaskComment']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaskCommentKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskConnectionResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type TaskEdgeResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type TaskPayloadResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = ResolversObject<{
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = TasksContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedTasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<UserAssignedTasksArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = TasksContext> = ResolversObject<{
  AddTaskCommentPayload?: AddTaskCommentPayloadResolvers<ContextType>;
  Calculation?: CalculationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskChange?: TaskChangeResolvers<ContextType>;
  TaskComment?: TaskCommentResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

