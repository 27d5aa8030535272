import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntryRow } from '../db/entries-table';
import type { FieldChangeRow } from '../resolvers/audit-entry.resolvers';
import type { DealRef } from '../resolvers/deal.resolvers';
import type { AuditContext } from '../context';
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
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Who acted: a person, the bot acting as a person, a partner's API key, or the system (jobs, reactions to events). */
export type AuditActorKind =
  | 'BOT'
  | 'PARTNER'
  | 'SYSTEM'
  | 'USER';

/** Where an action came from. */
export type AuditChannel =
  | 'BOT'
  | 'PARTNER'
  | 'SYSTEM'
  | 'WEB';

/** One record of the append-only trail: a domain event, or a mutation call (done or refused). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** A code: the event type (`crm.deal.updated`) or `mutation.<field>`. */
  action: Scalars['String']['output'];
  /** The user id (or the key's / job's name); null for the system. */
  actorId?: Maybe<Scalars['String']['output']>;
  actorKind: AuditActorKind;
  /** The person who acted (a user or the bot acting for one), named by Auth; null for partners and the system. */
  actorUser?: Maybe<User>;
  /** The fields an update changed, with their values before and after. */
  changes: Array<AuditFieldChange>;
  channel: AuditChannel;
  /** The event's data or the mutation's variables as JSON, secrets redacted. */
  details?: Maybe<Scalars['String']['output']>;
  entityId?: Maybe<Scalars['String']['output']>;
  entityType?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  operationName?: Maybe<Scalars['String']['output']>;
  /** `ok`, or the error code a refused mutation got (`FORBIDDEN`, `BAD_USER_INPUT`…). */
  outcome: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  /** Position in the organisation's hash chain. */
  sequence: Scalars['Int']['output'];
  /** Built from the action code in the language asked for (Russian by default); nothing English is stored. */
  summary: Scalars['String']['output'];
  traceId?: Maybe<Scalars['String']['output']>;
};


/** One record of the append-only trail: a domain event, or a mutation call (done or refused). */
export type AuditEntrySummaryArgs = {
  language?: InputMaybe<Language>;
};

/** Newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** A one-time link to the CSV of a filtered range of the trail: the first GET streams it, then it is gone. */
export type AuditExportLink = {
  __typename?: 'AuditExportLink';
  expiresAt: Scalars['DateTime']['output'];
  /** On the router's origin: `/exports/audit/<token>`. */
  url: Scalars['String']['output'];
};

/** One field of an update: its values before and after, as JSON. */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  /** The field's code, as stored (`reviewDate`). */
  field: Scalars['String']['output'];
  /** The value before, as JSON. */
  from?: Maybe<Scalars['String']['output']>;
  /** The value before as a person reads it, in the language asked for (Russian by default): codes as words, amounts as money, days as dates, «—» for nothing. User ids stay ids: `fromUsers` names them. */
  fromText: Scalars['String']['output'];
  /** The users the value before names (an owner, an assignee, participants); empty for other fields. */
  fromUsers: Array<Maybe<User>>;
  /** The field's name as a word in the language asked for (Russian by default); the code when it has none. */
  label: Scalars['String']['output'];
  /** The value after, as JSON. */
  to?: Maybe<Scalars['String']['output']>;
  /** The value after, read like `fromText`. */
  toText: Scalars['String']['output'];
  /** The users the value after names. */
  toUsers: Array<Maybe<User>>;
};


/** One field of an update: its values before and after, as JSON. */
export type AuditFieldChangeFromTextArgs = {
  language?: InputMaybe<Language>;
};


/** One field of an update: its values before and after, as JSON. */
export type AuditFieldChangeLabelArgs = {
  language?: InputMaybe<Language>;
};


/** One field of an update: its values before and after, as JSON. */
export type AuditFieldChangeToTextArgs = {
  language?: InputMaybe<Language>;
};

export type AuditIntegrityProblem = {
  __typename?: 'AuditIntegrityProblem';
  entryId?: Maybe<Scalars['ID']['output']>;
  kind: AuditIntegrityProblemKind;
  sequence: Scalars['Int']['output'];
};

export type AuditIntegrityProblemKind =
  /** The entry's content no longer matches its hash: it was altered. */
  | 'ALTERED'
  /** The entry does not follow the one before it (an entry before it was altered or replaced). */
  | 'BROKEN_LINK'
  /** Entries are missing before this sequence number (removed). */
  | 'MISSING';

export type AuditIntegrityReport = {
  __typename?: 'AuditIntegrityReport';
  checkedEntries: Scalars['Int']['output'];
  /** True when every entry recorded in the range is as written and none is missing. */
  intact: Scalars['Boolean']['output'];
  problems: Array<AuditIntegrityProblem>;
};

/** Every condition given must hold; `from` inclusive, `to` exclusive. */
export type AuditLogFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<AuditChannel>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type Deal = {
  __typename?: 'Deal';
  /** Entries about the deal and what hangs on it (journal, calculations, policies, money, tasks), newest first; for those who may see the deal. */
  auditTrail: AuditEntryConnection;
  id: Scalars['ID']['output'];
};


export type DealAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The language notification texts are rendered in. */
export type Language =
  | 'EN'
  | 'RU';

export type Mutation = {
  __typename?: 'Mutation';
  /** A link to the CSV of the entries matching the filter, newest first, with summaries in the request's language (administrators only). The request is itself recorded in the trail. */
  requestAuditExport: AuditExportLink;
};


export type MutationRequestAuditExportArgs = {
  filter?: InputMaybe<AuditLogFilter>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The organisation's audit trail, newest first (administrators only). */
  auditLog: AuditEntryConnection;
  /** Checks the organisation's hash chain over the entries recorded in [from, to) (administrators only). */
  verifyAuditIntegrity: AuditIntegrityReport;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyAuditIntegrityArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuditActorKind: AuditActorKind;
  AuditChannel: AuditChannel;
  AuditEntry: ResolverTypeWrapper<EntryRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEntryEdge']> }>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditExportLink: ResolverTypeWrapper<AuditExportLink>;
  AuditFieldChange: ResolverTypeWrapper<FieldChangeRow>;
  AuditIntegrityProblem: ResolverTypeWrapper<AuditIntegrityProblem>;
  AuditIntegrityProblemKind: AuditIntegrityProblemKind;
  AuditIntegrityReport: ResolverTypeWrapper<AuditIntegrityReport>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AuditLogFilter: AuditLogFilter;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealRef>;
  Language: Language;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<User>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuditEntry: EntryRow;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AuditEntryConnection: Omit<AuditEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEntryEdge']> };
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditExportLink: AuditExportLink;
  AuditFieldChange: FieldChangeRow;
  AuditIntegrityProblem: AuditIntegrityProblem;
  AuditIntegrityReport: AuditIntegrityReport;
  Boolean: Scalars['Boolean']['output'];
  AuditLogFilter: AuditLogFilter;
  DateTime: Scalars['DateTime']['output'];
  Deal: DealRef;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  User: User;
}>;

export type AuditEntryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['AuditActorKind'], ParentType, ContextType>;
  actorUser?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditFieldChange']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['AuditChannel'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AuditEntrySummaryArgs, 'language'>>;
  traceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditExportLinkResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditExportLink'] = ResolversParentTypes['AuditExportLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditFieldChangeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromText?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AuditFieldChangeFromTextArgs, 'language'>>;
  fromUsers?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AuditFieldChangeLabelArgs, 'language'>>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toText?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<AuditFieldChangeToTextArgs, 'language'>>;
  toUsers?: Resolver<Array<Maybe<ResolversTypes['User']>>, ParentType, ContextType>;
}>;

export type AuditIntegrityProblemResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditIntegrityProblem'] = ResolversParentTypes['AuditIntegrityProblem']> = ResolversObject<{
  entryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditIntegrityProblemKind'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditIntegrityReportResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditIntegrityReport'] = ResolversParentTypes['AuditIntegrityReport']> = ResolversObject<{
  checkedEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  intact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['AuditIntegrityProblem']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<DealAuditTrailArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  requestAuditExport?: Resolver<ResolversTypes['AuditExportLink'], ParentType, ContextType, Partial<MutationRequestAuditExportArgs>>;
}>;

export type PageInfoResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  verifyAuditIntegrity?: Resolver<ResolversTypes['AuditIntegrityReport'], ParentType, ContextType, RequireFields<QueryVerifyAuditIntegrityArgs, 'from' | 'to'>>;
}>;

export type UserResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AuditContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditExportLink?: AuditExportLinkResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditIntegrityProblem?: AuditIntegrityProblemResolvers<ContextType>;
  AuditIntegrityReport?: AuditIntegrityReportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

