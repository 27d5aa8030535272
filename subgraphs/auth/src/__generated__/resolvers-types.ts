import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserParent } from '../resolvers/viewer';
import type { OrganizationRow, ApiKeyRow, InvitationRow, TelegramLinkRow } from '../db/schema';
import type { TelegramUserAccess, TelegramLinkCode } from '../services/telegram-links.service';
import type { AuthSession } from '../services/sessions.service';
import type { AuthContext } from '../context';
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

export type AcceptInviteInput = {
  /** Overrides the name the admin typed in the invitation. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type AccessTokenForApiKeyInput = {
  secret: Scalars['String']['input'];
};

export type AccessTokenForTelegramUserInput = {
  telegramUserId: Scalars['String']['input'];
};

/** A partner integration's credential. The secret itself is shown once, at creation. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Ids of the persisted operations this key may run. */
  allowedOperations: Array<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the secret, to recognise a key without revealing it. */
  prefix: Scalars['String']['output'];
  /** Requests per minute this key may make; null: the router's default (`RATE_LIMIT_PER_API_KEY`). */
  rateLimitPerMinute?: Maybe<Scalars['Int']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * What the router gets for a partner's API key (ADR 0024): a short-lived access token of the key's service
 * principal and what the key may run. Not part of the public API: only the router asks for it.
 */
export type ApiKeyAccessPayload = {
  __typename?: 'ApiKeyAccessPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Names (or ids) of the partner operations the key was granted. */
  allowedOperations: Array<Scalars['String']['output']>;
  keyId: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  /** The key's own rate limit (requests per minute); null: the router's default. */
  rateLimitPerMinute?: Maybe<Scalars['Int']['output']>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

/** A new session: a short-lived access token and the refresh token that renews it. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type CreateApiKeyInput = {
  allowedOperations?: InputMaybe<Array<Scalars['String']['input']>>;
  name: Scalars['String']['input'];
  /** Requests per minute for this key (1 to 100 000); unset: the router's default. */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The secret, shown this once; only its hash is stored. */
  secret: Scalars['String']['output'];
};

export type CreateTelegramLinkCodePayload = {
  __typename?: 'CreateTelegramLinkCodePayload';
  /** Send it to the bot as `/start CODE`. */
  code: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

export type DeactivateUserInput = {
  userId: Scalars['ID']['input'];
  /** When given, a stale version is a CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type DeactivateUserPayload = {
  __typename?: 'DeactivateUserPayload';
  user: User;
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  roles: Array<Role>;
};

export type InviteUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  roles: Array<Role>;
};

export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  invitation: Invitation;
  /** The one-time token to hand to the invitee; it is not stored and cannot be shown again. */
  inviteToken: Scalars['String']['output'];
};

export type LinkTelegramAccountInput = {
  code: Scalars['String']['input'];
  telegramUserId: Scalars['String']['input'];
  telegramUsername?: InputMaybe<Scalars['String']['input']>;
};

export type LinkTelegramAccountPayload = {
  __typename?: 'LinkTelegramAccountPayload';
  organizationId: Scalars['ID']['output'];
  telegram: TelegramLink;
  userId: Scalars['ID']['output'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogoutInput = {
  refreshToken: Scalars['String']['input'];
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  loggedOut: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvite: AuthPayload;
  /** The router only (hidden from the public API): exchanges a partner's API key for a short-lived token; an unknown or revoked key is UNAUTHENTICATED. */
  accessTokenForApiKey: ApiKeyAccessPayload;
  /** Called by the bot only (`Authorization: Bot <key>`): an access token to act as the linked, active user. */
  accessTokenForTelegramUser: TelegramUserAccessPayload;
  /** Changes the caller's password, ends every other session and returns a new one. */
  changePassword: AuthPayload;
  createApiKey: CreateApiKeyPayload;
  /** A short-lived one-time code that links the caller's Telegram account through the bot. */
  createTelegramLinkCode: CreateTelegramLinkCodePayload;
  deactivateUser: DeactivateUserPayload;
  inviteUser: InviteUserPayload;
  /**
   * Called by the bot only (`Authorization: Bot <key>`) with the code the user sent it. A Telegram
   * account already linked to another user is a CONFLICT; wrong codes are rate-limited per Telegram account.
   */
  linkTelegramAccount: LinkTelegramAccountPayload;
  login: AuthPayload;
  /** Ends the session the refresh token belongs to. */
  logout: LogoutPayload;
  /** Exchanges a refresh token for a new session; each refresh token works once. */
  refresh: AuthPayload;
  revokeApiKey: RevokeApiKeyPayload;
  setUserRoles: SetUserRolesPayload;
  /** Creates an organisation and its first admin, and signs the admin in. */
  signUp: AuthPayload;
  unlinkTelegramAccount: UnlinkTelegramAccountPayload;
};


export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


export type MutationAccessTokenForApiKeyArgs = {
  input: AccessTokenForApiKeyInput;
};


export type MutationAccessTokenForTelegramUserArgs = {
  input: AccessTokenForTelegramUserInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationDeactivateUserArgs = {
  input: DeactivateUserInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLinkTelegramAccountArgs = {
  input: LinkTelegramAccountInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationRefreshArgs = {
  input: RefreshInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSetUserRolesArgs = {
  input: SetUserRolesInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};

/** A brokerage: the tenant every piece of data belongs to. */
export type Organization = {
  __typename?: 'Organization';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Partner API keys of the caller's organisation, newest first (admins only). */
  apiKeys: ApiKeyConnection;
  /** The signed-in user. */
  me: User;
  /** Users of the caller's organisation, ordered by e-mail. */
  users: UserConnection;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UsersFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RefreshInput = {
  refreshToken: Scalars['String']['input'];
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey: ApiKey;
};

/** A person's permissions inside their organisation; a user may hold several. */
export type Role =
  | 'ADMIN'
  | 'EXECUTOR'
  | 'SELLER';

export type SetUserRolesInput = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
  /** The version of the user the admin saw. */
  version: Scalars['Int']['input'];
};

export type SetUserRolesPayload = {
  __typename?: 'SetUserRolesPayload';
  user: User;
};

export type SignUpInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  organizationName: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type TelegramLink = {
  __typename?: 'TelegramLink';
  linkedAt: Scalars['DateTime']['output'];
  telegramUserId: Scalars['String']['output'];
  telegramUsername?: Maybe<Scalars['String']['output']>;
};

/** A short-lived access token the bot uses to act as the user a Telegram account is linked to. */
export type TelegramUserAccessPayload = {
  __typename?: 'TelegramUserAccessPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  user: User;
};

export type UnlinkTelegramAccountPayload = {
  __typename?: 'UnlinkTelegramAccountPayload';
  user: User;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  organization: Organization;
  roles: Array<Role>;
  /** The linked Telegram account; visible to the user and to admins only. */
  telegram?: Maybe<TelegramLink>;
  /** Incremented on every change; send it back with updates (a stale one is a CONFLICT). */
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UsersFilter = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<Role>;
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
  Organization: Organization;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInviteInput: AcceptInviteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AccessTokenForApiKeyInput: AccessTokenForApiKeyInput;
  AccessTokenForTelegramUserInput: AccessTokenForTelegramUserInput;
  ApiKey: ResolverTypeWrapper<ApiKeyRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyAccessPayload: ResolverTypeWrapper<ApiKeyAccessPayload>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  AuthPayload: ResolverTypeWrapper<AuthSession>;
  ChangePasswordInput: ChangePasswordInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  CreateTelegramLinkCodePayload: ResolverTypeWrapper<TelegramLinkCode>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeactivateUserInput: DeactivateUserInput;
  DeactivateUserPayload: ResolverTypeWrapper<Omit<DeactivateUserPayload, 'user'> & { user: ResolversTypes['User'] }>;
  Invitation: ResolverTypeWrapper<InvitationRow>;
  InviteUserInput: InviteUserInput;
  InviteUserPayload: ResolverTypeWrapper<Omit<InviteUserPayload, 'invitation'> & { invitation: ResolversTypes['Invitation'] }>;
  LinkTelegramAccountInput: LinkTelegramAccountInput;
  LinkTelegramAccountPayload: ResolverTypeWrapper<TelegramLinkRow>;
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshInput: RefreshInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey: ResolversTypes['ApiKey'] }>;
  Role: Role;
  SetUserRolesInput: SetUserRolesInput;
  SetUserRolesPayload: ResolverTypeWrapper<Omit<SetUserRolesPayload, 'user'> & { user: ResolversTypes['User'] }>;
  SignUpInput: SignUpInput;
  TelegramLink: ResolverTypeWrapper<TelegramLinkRow>;
  TelegramUserAccessPayload: ResolverTypeWrapper<TelegramUserAccess>;
  UnlinkTelegramAccountPayload: ResolverTypeWrapper<Omit<UnlinkTelegramAccountPayload, 'user'> & { user: ResolversTypes['User'] }>;
  User: ResolverTypeWrapper<UserParent>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UsersFilter: UsersFilter;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInviteInput: AcceptInviteInput;
  String: Scalars['String']['output'];
  AccessTokenForApiKeyInput: AccessTokenForApiKeyInput;
  AccessTokenForTelegramUserInput: AccessTokenForTelegramUserInput;
  ApiKey: ApiKeyRow;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  ApiKeyAccessPayload: ApiKeyAccessPayload;
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  AuthPayload: AuthSession;
  ChangePasswordInput: ChangePasswordInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  CreateTelegramLinkCodePayload: TelegramLinkCode;
  DateTime: Scalars['DateTime']['output'];
  DeactivateUserInput: DeactivateUserInput;
  DeactivateUserPayload: Omit<DeactivateUserPayload, 'user'> & { user: ResolversParentTypes['User'] };
  Invitation: InvitationRow;
  InviteUserInput: InviteUserInput;
  InviteUserPayload: Omit<InviteUserPayload, 'invitation'> & { invitation: ResolversParentTypes['Invitation'] };
  LinkTelegramAccountInput: LinkTelegramAccountInput;
  LinkTelegramAccountPayload: TelegramLinkRow;
  LoginInput: LoginInput;
  LogoutInput: LogoutInput;
  LogoutPayload: LogoutPayload;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationRow;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RefreshInput: RefreshInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey: ResolversParentTypes['ApiKey'] };
  SetUserRolesInput: SetUserRolesInput;
  SetUserRolesPayload: Omit<SetUserRolesPayload, 'user'> & { user: ResolversParentTypes['User'] };
  SignUpInput: SignUpInput;
  TelegramLink: TelegramLinkRow;
  TelegramUserAccessPayload: TelegramUserAccess;
  UnlinkTelegramAccountPayload: Omit<UnlinkTelegramAccountPayload, 'user'> & { user: ResolversParentTypes['User'] };
  User: UserParent;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UsersFilter: UsersFilter;
}>;

export type ApiKeyResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  allowedOperations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rateLimitPerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type ApiKeyAccessPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['ApiKeyAccessPayload'] = ResolversParentTypes['ApiKeyAccessPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  allowedOperations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rateLimitPerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type AuthPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreateTelegramLinkCodePayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['CreateTelegramLinkCodePayload'] = ResolversParentTypes['CreateTelegramLinkCodePayload']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeactivateUserPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['DeactivateUserPayload'] = ResolversParentTypes['DeactivateUserPayload']> = ResolversObject<{
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type InviteUserPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['InviteUserPayload'] = ResolversParentTypes['InviteUserPayload']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
  inviteToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LinkTelegramAccountPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['LinkTelegramAccountPayload'] = ResolversParentTypes['LinkTelegramAccountPayload']> = ResolversObject<{
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  telegram?: Resolver<ResolversTypes['TelegramLink'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type LogoutPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = ResolversObject<{
  loggedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvite?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationAcceptInviteArgs, 'input'>>;
  accessTokenForApiKey?: Resolver<ResolversTypes['ApiKeyAccessPayload'], ParentType, ContextType, RequireFields<MutationAccessTokenForApiKeyArgs, 'input'>>;
  accessTokenForTelegramUser?: Resolver<ResolversTypes['TelegramUserAccessPayload'], ParentType, ContextType, RequireFields<MutationAccessTokenForTelegramUserArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createTelegramLinkCode?: Resolver<ResolversTypes['CreateTelegramLinkCodePayload'], ParentType, ContextType>;
  deactivateUser?: Resolver<ResolversTypes['DeactivateUserPayload'], ParentType, ContextType, RequireFields<MutationDeactivateUserArgs, 'input'>>;
  inviteUser?: Resolver<ResolversTypes['InviteUserPayload'], ParentType, ContextType, RequireFields<MutationInviteUserArgs, 'input'>>;
  linkTelegramAccount?: Resolver<ResolversTypes['LinkTelegramAccountPayload'], ParentType, ContextType, RequireFields<MutationLinkTelegramAccountArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'input'>>;
  refresh?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRefreshArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  setUserRoles?: Resolver<ResolversTypes['SetUserRolesPayload'], ParentType, ContextType, RequireFields<MutationSetUserRolesArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  unlinkTelegramAccount?: Resolver<ResolversTypes['UnlinkTelegramAccountPayload'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<QueryApiKeysArgs, 'first' | 'includeRevoked'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
}>;

export type RevokeApiKeyPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type SetUserRolesPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['SetUserRolesPayload'] = ResolversParentTypes['SetUserRolesPayload']> = ResolversObject<{
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type TelegramLinkResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['TelegramLink'] = ResolversParentTypes['TelegramLink']> = ResolversObject<{
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  telegramUserId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  telegramUsername?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TelegramUserAccessPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['TelegramUserAccessPayload'] = ResolversParentTypes['TelegramUserAccessPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UnlinkTelegramAccountPayloadResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['UnlinkTelegramAccountPayload'] = ResolversParentTypes['UnlinkTelegramAccountPayload']> = ResolversObject<{
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  telegram?: Resolver<Maybe<ResolversTypes['TelegramLink']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = AuthContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AuthContext> = ResolversObject<{
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyAccessPayload?: ApiKeyAccessPayloadResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateTelegramLinkCodePayload?: CreateTelegramLinkCodePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeactivateUserPayload?: DeactivateUserPayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InviteUserPayload?: InviteUserPayloadResolvers<ContextType>;
  LinkTelegramAccountPayload?: LinkTelegramAccountPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  SetUserRolesPayload?: SetUserRolesPayloadResolvers<ContextType>;
  TelegramLink?: TelegramLinkResolvers<ContextType>;
  TelegramUserAccessPayload?: TelegramUserAccessPayloadResolvers<ContextType>;
  UnlinkTelegramAccountPayload?: UnlinkTelegramAccountPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
}>;

