import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NotificationRow, TelegramDeliveryRow } from '../db/schema';
import type { EntityRef } from '../resolvers/entity-refs';
import type { NotificationsPayloadValue } from '../resolvers/mutations/notifications-payload';
import type { NotificationSettings as NotificationSettingsValue } from '../services/settings.service';
import type { NotificationsContext } from '../context';
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
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ArchiveNotificationsInput = {
  ids: Array<Scalars['ID']['input']>;
};

export type Deal = {
  __typename?: 'Deal';
  id: Scalars['ID']['output'];
};

/** The language notification texts are rendered in. */
export type Language =
  | 'EN'
  | 'RU';

export type MarkAllNotificationsReadPayload = {
  __typename?: 'MarkAllNotificationsReadPayload';
  /** How many were unread. */
  marked: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

export type MarkNotificationsReadInput = {
  /** The caller's own notifications; ids of anyone else's are BAD_USER_INPUT on `input.ids`. */
  ids: Array<Scalars['ID']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Moves notifications out of the inbox (read as well); they stay listed with `filter.archived`. */
  archiveNotifications: NotificationsPayload;
  /** Marks every unread notification of the caller read. */
  markAllNotificationsRead: MarkAllNotificationsReadPayload;
  /** Marks notifications read (and seen). Marking one already read changes nothing. */
  markNotificationsRead: NotificationsPayload;
  /** Marks every listed-unseen notification seen (the bell was opened); returns how many were unseen. */
  markNotificationsSeen: Scalars['Int']['output'];
  updateNotificationSettings: NotificationSettings;
};


export type MutationArchiveNotificationsArgs = {
  input: ArchiveNotificationsInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationUpdateNotificationSettingsArgs = {
  input: UpdateNotificationSettingsInput;
};

export type Notification = {
  __typename?: 'Notification';
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deal?: Maybe<Deal>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  policy?: Maybe<Policy>;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the reader opened the inbox after it arrived (`markNotificationsSeen`, or reading it); null until then. */
  seenAt?: Maybe<Scalars['DateTime']['output']>;
  task?: Maybe<Task>;
  /** The Telegram message of this notification; null when none was queued (no active link, turned off, in-app only). */
  telegramDelivery?: Maybe<TelegramDelivery>;
  /** Rendered in the reader's language (Russian by default). */
  title: Scalars['String']['output'];
};

/** Where a notification goes besides the inbox. */
export type NotificationChannel =
  | 'IN_APP'
  | 'TELEGRAM';

/** Newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** Which of the reader's notifications `notifications` lists. */
export type NotificationFilter = {
  /** Archived ones instead of the inbox (the inbox never lists archived notifications). */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<Array<NotificationKind>>;
  /** Only unread ones (read ones stay listed otherwise). */
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a notification is about; each kind has its own text, rendered in the reader's language. */
export type NotificationKind =
  /** Another admin of the reader's organisation created a partner API key. */
  | 'API_KEY_CREATED'
  /** A calculation was added to the reader's deal. */
  | 'CALCULATION_ADDED'
  /** A calculation of the reader's deal was marked READY. */
  | 'CALCULATION_READY'
  /** Commission was received for a policy of the reader's deal. */
  | 'COMMISSION_RECEIVED'
  /** The morning digest: how many deals are due for review, instalments overdue and tasks assigned, unread in the inbox. */
  | 'DAILY_DIGEST'
  /** The reader's deal is back for review. */
  | 'DEAL_REVIEW_DUE'
  /** An expense was paid for a policy of the reader's deal. */
  | 'EXPENSE_PAID'
  /** Someone else added a file to a deal the reader owns or takes part in. */
  | 'FILE_ADDED'
  /** An instalment of a policy of the reader's deal is overdue. */
  | 'INSTALMENT_OVERDUE'
  /** The reader signed in from a device (browser) not seen before. */
  | 'NEW_DEVICE_LOGIN'
  /** An admin changed the reader's roles. */
  | 'ROLES_CHANGED'
  /** A task was assigned (or reassigned) to the reader. */
  | 'TASK_ASSIGNED'
  /** Someone else commented on a task the reader created or is assigned. */
  | 'TASK_COMMENTED'
  /** A task the reader created was done, cancelled or reopened. */
  | 'TASK_STATUS_CHANGED';

/** One kind on one channel: on or off. A mandatory one cannot be turned off. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  channel: NotificationChannel;
  enabled: Scalars['Boolean']['output'];
  kind: NotificationKind;
  mandatory: Scalars['Boolean']['output'];
};

export type NotificationPreferenceInput = {
  channel: NotificationChannel;
  enabled: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

export type NotificationSettings = {
  __typename?: 'NotificationSettings';
  /** `HH:MM` when the morning Telegram digest goes out (09:00 unless chosen); deals due for review reach Telegram only through it. */
  digestTime: Scalars['String']['output'];
  /** Russian unless the user chose English. */
  language: Language;
  /** Every kind on every channel it can go to. */
  preferences: Array<NotificationPreference>;
  /** Telegram messages are held until they end; the inbox is unaffected. Null: none. */
  quietHours?: Maybe<QuietHours>;
  /** Whether Telegram messages can reach the user: a linked account the bot was not blocked by. */
  telegramActive: Scalars['Boolean']['output'];
  /** The organisation's time zone (CRM's setting) quiet hours and the digest time are read in. */
  timeZone: Scalars['String']['output'];
};

export type NotificationsPayload = {
  __typename?: 'NotificationsPayload';
  notifications: Array<Notification>;
  unreadCount: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Policy = {
  __typename?: 'Policy';
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One of the caller's own notifications (null for anyone else's); what the router's `notificationAdded` reads. */
  notification?: Maybe<Notification>;
  /** The caller's own settings (defaults until they change them). */
  notificationSettings: NotificationSettings;
  /** The caller's own notifications, newest first. */
  notifications: NotificationConnection;
  /** Unread and not archived. */
  unreadNotificationsCount: Scalars['Int']['output'];
};


export type QueryNotificationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NotificationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** `HH:MM` in the organisation's time zone; an end before the start runs past midnight (22:00–08:00). */
export type QuietHours = {
  __typename?: 'QuietHours';
  end: Scalars['String']['output'];
  start: Scalars['String']['output'];
};

export type QuietHoursInput = {
  end: Scalars['String']['input'];
  start: Scalars['String']['input'];
};

export type Task = {
  __typename?: 'Task';
  id: Scalars['ID']['output'];
};

export type TelegramDelivery = {
  __typename?: 'TelegramDelivery';
  attempts: Scalars['Int']['output'];
  /** Why the last attempt failed; null once sent. */
  reason?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: TelegramDeliveryStatus;
};

export type TelegramDeliveryStatus =
  /** Dead-lettered after its attempts, or the bot was blocked; `reason` says which. */
  | 'FAILED'
  | 'QUEUED'
  | 'SENT';

/** Fields left out stay as they are; `quietHours: null` removes them. */
export type UpdateNotificationSettingsInput = {
  /** `HH:MM` in the organisation's time zone; `null` restores the default. */
  digestTime?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Language>;
  /** Turning a mandatory one off, or a channel a kind does not go to, is BAD_USER_INPUT naming it. */
  preferences?: InputMaybe<Array<NotificationPreferenceInput>>;
  quietHours?: InputMaybe<QuietHoursInput>;
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
  Notification: Notification;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Notification:
    ( { __typename: 'Notification' }
    & GraphQLRecursivePick<FederationTypes['Notification'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ArchiveNotificationsInput: ArchiveNotificationsInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<EntityRef>;
  Language: Language;
  MarkAllNotificationsReadPayload: ResolverTypeWrapper<MarkAllNotificationsReadPayload>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  NotificationChannel: NotificationChannel;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationFilter: NotificationFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  NotificationKind: NotificationKind;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  NotificationPreferenceInput: NotificationPreferenceInput;
  NotificationSettings: ResolverTypeWrapper<NotificationSettingsValue>;
  NotificationsPayload: ResolverTypeWrapper<NotificationsPayloadValue>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Policy: ResolverTypeWrapper<EntityRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuietHours: ResolverTypeWrapper<QuietHours>;
  QuietHoursInput: QuietHoursInput;
  Task: ResolverTypeWrapper<EntityRef>;
  TelegramDelivery: ResolverTypeWrapper<TelegramDeliveryRow>;
  TelegramDeliveryStatus: TelegramDeliveryStatus;
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ArchiveNotificationsInput: ArchiveNotificationsInput;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: EntityRef;
  MarkAllNotificationsReadPayload: MarkAllNotificationsReadPayload;
  Int: Scalars['Int']['output'];
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationRow;
  String: Scalars['String']['output'];
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationFilter: NotificationFilter;
  Boolean: Scalars['Boolean']['output'];
  NotificationPreference: NotificationPreference;
  NotificationPreferenceInput: NotificationPreferenceInput;
  NotificationSettings: NotificationSettingsValue;
  NotificationsPayload: NotificationsPayloadValue;
  PageInfo: PageInfo;
  Policy: EntityRef;
  Query: Record<PropertyKey, never>;
  QuietHours: QuietHours;
  QuietHoursInput: QuietHoursInput;
  Task: EntityRef;
  TelegramDelivery: TelegramDeliveryRow;
  UpdateNotificationSettingsInput: UpdateNotificationSettingsInput;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MarkAllNotificationsReadPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['MarkAllNotificationsReadPayload'] = ResolversParentTypes['MarkAllNotificationsReadPayload']> = ResolversObject<{
  marked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  archiveNotifications?: Resolver<ResolversTypes['NotificationsPayload'], ParentType, ContextType, RequireFields<MutationArchiveNotificationsArgs, 'input'>>;
  markAllNotificationsRead?: Resolver<ResolversTypes['MarkAllNotificationsReadPayload'], ParentType, ContextType>;
  markNotificationsRead?: Resolver<ResolversTypes['NotificationsPayload'], ParentType, ContextType, RequireFields<MutationMarkNotificationsReadArgs, 'input'>>;
  markNotificationsSeen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updateNotificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType, RequireFields<MutationUpdateNotificationSettingsArgs, 'input'>>;
}>;

export type NotificationResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'], FederationReferenceType extends FederationReferenceTypes['Notification'] = FederationReferenceTypes['Notification']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Notification']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  seenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  telegramDelivery?: Resolver<Maybe<ResolversTypes['TelegramDelivery']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type NotificationPreferenceResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['NotificationChannel'], ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  mandatory?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type NotificationSettingsResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationSettings'] = ResolversParentTypes['NotificationSettings']> = ResolversObject<{
  digestTime?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['Language'], ParentType, ContextType>;
  preferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  quietHours?: Resolver<Maybe<ResolversTypes['QuietHours']>, ParentType, ContextType>;
  telegramActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationsPayloadResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['NotificationsPayload'] = ResolversParentTypes['NotificationsPayload']> = ResolversObject<{
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PolicyResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  notification?: Resolver<Maybe<ResolversTypes['Notification']>, ParentType, ContextType, RequireFields<QueryNotificationArgs, 'id'>>;
  notificationSettings?: Resolver<ResolversTypes['NotificationSettings'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryNotificationsArgs, 'first'>>;
  unreadNotificationsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuietHoursResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['QuietHours'] = ResolversParentTypes['QuietHours']> = ResolversObject<{
  end?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TelegramDeliveryResolvers<ContextType = NotificationsContext, ParentType extends ResolversParentTypes['TelegramDelivery'] = ResolversParentTypes['TelegramDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TelegramDeliveryStatus'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = NotificationsContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  MarkAllNotificationsReadPayload?: MarkAllNotificationsReadPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  NotificationSettings?: NotificationSettingsResolvers<ContextType>;
  NotificationsPayload?: NotificationsPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuietHours?: QuietHoursResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TelegramDelivery?: TelegramDeliveryResolvers<ContextType>;
}>;

