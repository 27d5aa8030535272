import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FolderRow, FileRow, FileVersionRow } from '../db/schema';
import type { EntityRef } from '../resolvers/entity-refs';
import type { IssuedUploadLink } from '../services/transfers.service';
import type { IssuedLink } from '../services/links.service';
import type { DocumentPayloadValue } from '../resolvers/mutations/document-payload';
import type { DocumentsContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type Calculation = {
  __typename?: 'Calculation';
  /** The calculation's files (in its deal's «Расчёты»), newest first. */
  files: Array<Document>;
  id: Scalars['ID']['output'];
};

export type Client = {
  __typename?: 'Client';
  /** The client's own files (not those of its deals), newest first. */
  documents: Array<Document>;
  documentsFolder: Folder;
  id: Scalars['ID']['output'];
};

export type Deal = {
  __typename?: 'Deal';
  /** Every live file under the deal's folder (its sections and policies included), newest first. */
  documents: Array<Document>;
  /** The deal's folder, to browse its sections. */
  documentsFolder: Folder;
  id: Scalars['ID']['output'];
};

/** A file. A re-upload of the same name into the same folder is a new version of it. */
export type Document = {
  __typename?: 'Document';
  /** Who uploaded the newest version; null for an integration. */
  authorId?: Maybe<Scalars['ID']['output']>;
  /** Set once the bytes were deleted (expired, or purged after deletion); the metadata stays. */
  bytesDeletedAt?: Maybe<Scalars['DateTime']['output']>;
  client?: Maybe<Client>;
  /** Sniffed from the bytes, not taken from the client. */
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  deal?: Maybe<Deal>;
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Imported files only: when the bytes will be deleted unless renewed. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  folder: Folder;
  id: Scalars['ID']['output'];
  /** Sanitised (no path separators or control characters); the name as uploaded is on each version. */
  name: Scalars['String']['output'];
  origin: DocumentOrigin;
  policy?: Maybe<Policy>;
  /** A deleted document can be restored until then. */
  purgeAfter?: Maybe<Scalars['DateTime']['output']>;
  sha256: Scalars['String']['output'];
  /** Bytes, of the newest version. */
  size: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The newest version's number (1 for a new file). */
  version: Scalars['Int']['output'];
  /** Newest first; older versions stay downloadable. */
  versions: Array<DocumentVersion>;
};

export type DocumentInput = {
  documentId: Scalars['ID']['input'];
};

export type DocumentOrigin =
  /** Imported by an integration: its bytes expire 90 days out unless renewed. */
  | 'INTEGRATION'
  /** Uploaded by a person: kept until deleted. */
  | 'USER';

export type DocumentPayload = {
  __typename?: 'DocumentPayload';
  document: Document;
};

export type DocumentVersion = {
  __typename?: 'DocumentVersion';
  authorId?: Maybe<Scalars['ID']['output']>;
  /** False once its bytes were deleted. */
  available: Scalars['Boolean']['output'];
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The name as the uploader gave it (metadata only). */
  originalName: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  size: Scalars['Float']['output'];
  /** The storage backend's own link (Google Drive's), where it has one. */
  storageLink?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** `GET` it once, before `expiresAt` (a `Range` request counts as the one use). */
export type DownloadLink = {
  __typename?: 'DownloadLink';
  expiresAt: Scalars['DateTime']['output'];
  url: Scalars['String']['output'];
};

/** A folder of the tree organisation → client → deal (with its sections) → policy. */
export type Folder = {
  __typename?: 'Folder';
  client?: Maybe<Client>;
  deal?: Maybe<Deal>;
  /** Files in this folder (not in sub-folders), by name. */
  documents: Array<Document>;
  /** Sub-folders the caller may see, by name. */
  folders: Array<Folder>;
  id: Scalars['ID']['output'];
  kind: FolderKind;
  name: Scalars['String']['output'];
  /** Null at the top, and above what the caller may see. */
  parent?: Maybe<Folder>;
  /** On a renewal deal's folder: the folder of the deal whose policy it renews (null where none, or not visible to the caller). */
  renewalOf?: Maybe<Folder>;
  /** Set on a deal's section folders. */
  section?: Maybe<FolderSection>;
};

export type FolderKind =
  | 'CLIENT'
  | 'DEAL'
  | 'ORGANIZATION'
  | 'POLICY';

/** The sections every deal folder has. */
export type FolderSection =
  /** «Расчёты» */
  | 'CALCULATIONS'
  /** «Документы клиента» */
  | 'CLIENT_DOCUMENTS'
  /** «Платежи» */
  | 'PAYMENTS'
  /** «Полис» */
  | 'POLICY';

export type Mutation = {
  __typename?: 'Mutation';
  /** Out of the folder now; restorable until `purgeAfter`, then its bytes are purged. */
  deleteDocument: DocumentPayload;
  /** Another 90 days for an imported document. */
  renewDocument: DocumentPayload;
  /** A one-time download link for a document the caller may see. */
  requestDownload: DownloadLink;
  /** A one-time upload link into a folder the caller may see. */
  requestUpload: UploadLink;
  restoreDocument: DocumentPayload;
};


export type MutationDeleteDocumentArgs = {
  input: DocumentInput;
};


export type MutationRenewDocumentArgs = {
  input: DocumentInput;
};


export type MutationRequestDownloadArgs = {
  input: RequestDownloadInput;
};


export type MutationRequestUploadArgs = {
  input: RequestUploadInput;
};


export type MutationRestoreDocumentArgs = {
  input: DocumentInput;
};

export type Policy = {
  __typename?: 'Policy';
  /** The files in the policy's folder, newest first. */
  documents: Array<Document>;
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * A calculation's files (in its deal's «Расчёты»), newest first.
   * @deprecated Use Calculation.files.
   */
  calculationFiles: Array<Document>;
  /** A document the caller may see (deleted ones too, until purged); NOT_FOUND otherwise. */
  document: Document;
  /** A folder the caller may see; NOT_FOUND otherwise. */
  folder: Folder;
  /** Files whose name contains `query` (at least 2 characters), among those the caller may see; newest first, at most 50. */
  searchDocuments: Array<Document>;
};


export type QueryCalculationFilesArgs = {
  calculationId: Scalars['ID']['input'];
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFolderArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchDocumentsArgs = {
  query: Scalars['String']['input'];
};

export type RequestDownloadInput = {
  documentId: Scalars['ID']['input'];
  /** An older version; the newest when absent. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type RequestUploadInput = {
  /** a calculation: the file goes to its deal's «Расчёты» and belongs to it. */
  calculationId?: InputMaybe<Scalars['ID']['input']>;
  /** The folder to put the file in; or */
  folderId?: InputMaybe<Scalars['ID']['input']>;
  /** The file's name; sanitised, a re-upload of a name is a new version. */
  name: Scalars['String']['input'];
  /** The size the client will send, when it knows it: the link then takes no more. */
  size?: InputMaybe<Scalars['Float']['input']>;
};

/** Send the bytes with `PUT` (or `POST`) to `url` on the router's origin, once, before `expiresAt`. */
export type UploadLink = {
  __typename?: 'UploadLink';
  expiresAt: Scalars['DateTime']['output'];
  maxBytes: Scalars['Float']['output'];
  /** The name the file will have (sanitised). */
  name: Scalars['String']['output'];
  url: Scalars['String']['output'];
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
  Calculation: Calculation;
  Client: Client;
  Deal: Deal;
  Document: Document;
  Policy: Policy;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Calculation:
    ( { __typename: 'Calculation' }
    & GraphQLRecursivePick<FederationTypes['Calculation'], {"id":true}> );
  Client:
    ( { __typename: 'Client' }
    & GraphQLRecursivePick<FederationTypes['Client'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  Document:
    ( { __typename: 'Document' }
    & GraphQLRecursivePick<FederationTypes['Document'], {"id":true}> );
  Policy:
    ( { __typename: 'Policy' }
    & GraphQLRecursivePick<FederationTypes['Policy'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Calculation: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Client: ResolverTypeWrapper<EntityRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<EntityRef>;
  Document: ResolverTypeWrapper<FileRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DocumentInput: DocumentInput;
  DocumentOrigin: DocumentOrigin;
  DocumentPayload: ResolverTypeWrapper<DocumentPayloadValue>;
  DocumentVersion: ResolverTypeWrapper<FileVersionRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DownloadLink: ResolverTypeWrapper<IssuedLink>;
  Folder: ResolverTypeWrapper<FolderRow>;
  FolderKind: FolderKind;
  FolderSection: FolderSection;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Policy: ResolverTypeWrapper<EntityRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestDownloadInput: RequestDownloadInput;
  RequestUploadInput: RequestUploadInput;
  UploadLink: ResolverTypeWrapper<IssuedUploadLink>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Calculation: EntityRef;
  ID: Scalars['ID']['output'];
  Client: EntityRef;
  DateTime: Scalars['DateTime']['output'];
  Deal: EntityRef;
  Document: FileRow;
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  DocumentInput: DocumentInput;
  DocumentPayload: DocumentPayloadValue;
  DocumentVersion: FileVersionRow;
  Boolean: Scalars['Boolean']['output'];
  DownloadLink: IssuedLink;
  Folder: FolderRow;
  Mutation: Record<PropertyKey, never>;
  Policy: EntityRef;
  Query: Record<PropertyKey, never>;
  RequestDownloadInput: RequestDownloadInput;
  RequestUploadInput: RequestUploadInput;
  UploadLink: IssuedUploadLink;
}>;

export type CalculationResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Calculation'] = ResolversParentTypes['Calculation'], FederationReferenceType extends FederationReferenceTypes['Calculation'] = FederationReferenceTypes['Calculation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Calculation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  files?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  documentsFolder?: Resolver<ResolversTypes['Folder'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  documentsFolder?: Resolver<ResolversTypes['Folder'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DocumentResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document'], FederationReferenceType extends FederationReferenceTypes['Document'] = FederationReferenceTypes['Document']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Document']> | FederationReferenceType, FederationReferenceType, ContextType>;
  authorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  bytesDeletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  folder?: Resolver<ResolversTypes['Folder'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['DocumentOrigin'], ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  purgeAfter?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['DocumentVersion']>, ParentType, ContextType>;
}>;

export type DocumentPayloadResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['DocumentPayload'] = ResolversParentTypes['DocumentPayload']> = ResolversObject<{
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
}>;

export type DocumentVersionResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['DocumentVersion'] = ResolversParentTypes['DocumentVersion']> = ResolversObject<{
  authorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  originalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  storageLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DownloadLinkResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['DownloadLink'] = ResolversParentTypes['DownloadLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FolderResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Folder'] = ResolversParentTypes['Folder']> = ResolversObject<{
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  folders?: Resolver<Array<ResolversTypes['Folder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FolderKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Folder']>, ParentType, ContextType>;
  renewalOf?: Resolver<Maybe<ResolversTypes['Folder']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['FolderSection']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteDocument?: Resolver<ResolversTypes['DocumentPayload'], ParentType, ContextType, RequireFields<MutationDeleteDocumentArgs, 'input'>>;
  renewDocument?: Resolver<ResolversTypes['DocumentPayload'], ParentType, ContextType, RequireFields<MutationRenewDocumentArgs, 'input'>>;
  requestDownload?: Resolver<ResolversTypes['DownloadLink'], ParentType, ContextType, RequireFields<MutationRequestDownloadArgs, 'input'>>;
  requestUpload?: Resolver<ResolversTypes['UploadLink'], ParentType, ContextType, RequireFields<MutationRequestUploadArgs, 'input'>>;
  restoreDocument?: Resolver<ResolversTypes['DocumentPayload'], ParentType, ContextType, RequireFields<MutationRestoreDocumentArgs, 'input'>>;
}>;

export type PolicyResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy'], FederationReferenceType extends FederationReferenceTypes['Policy'] = FederationReferenceTypes['Policy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Policy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  calculationFiles?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryCalculationFilesArgs, 'calculationId'>>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  folder?: Resolver<ResolversTypes['Folder'], ParentType, ContextType, RequireFields<QueryFolderArgs, 'id'>>;
  searchDocuments?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QuerySearchDocumentsArgs, 'query'>>;
}>;

export type UploadLinkResolvers<ContextType = DocumentsContext, ParentType extends ResolversParentTypes['UploadLink'] = ResolversParentTypes['UploadLink']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = DocumentsContext> = ResolversObject<{
  Calculation?: CalculationResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentPayload?: DocumentPayloadResolvers<ContextType>;
  DocumentVersion?: DocumentVersionResolvers<ContextType>;
  DownloadLink?: DownloadLinkResolvers<ContextType>;
  Folder?: FolderResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UploadLink?: UploadLinkResolvers<ContextType>;
}>;

