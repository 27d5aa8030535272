import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserRef } from '../resolvers/user-ref';
import type { ClientRow, DealRow, PolicyRow, CalculationRow, JournalEntryRow, JournalEntryRevisionRow, InsurerRow, InsuranceProductRow, OrgSettingsRow } from '../db/schema';
import type { DealConnection as DealConnectionModel } from '../services/deal-queries.service';
import type { ClientDuplicate as ClientDuplicateModel } from '../services/clients.service';
import type { CrmContext } from '../context';
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
  Currency: { input: string; output: string; }
  Date: { input: string; output: string; }
  DateTime: { input: string; output: Date | string; }
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AddCalculationInput = {
  commissionAmount?: InputMaybe<MoneyInput>;
  commissionRate?: InputMaybe<Scalars['Decimal']['input']>;
  dealId: Scalars['ID']['input'];
  deductible?: InputMaybe<Scalars['String']['input']>;
  insuredObject?: InputMaybe<Scalars['String']['input']>;
  insurerId: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  premium?: InputMaybe<MoneyInput>;
  productId: Scalars['ID']['input'];
  status?: InputMaybe<CalculationStatus>;
  sumInsured?: InputMaybe<MoneyInput>;
  terms?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
  variantLabel?: InputMaybe<Scalars['String']['input']>;
};

export type AddJournalEntryInput = {
  dealId: Scalars['ID']['input'];
  kind: JournalEntryKind;
  text: Scalars['String']['input'];
};

export type Calculation = {
  __typename?: 'Calculation';
  author: User;
  /** The fixed commission, or for a rate-based variant rate × premium rounded half up to the currency's minor unit. */
  commissionAmount?: Maybe<Money>;
  commissionRate?: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deal: Deal;
  deductible?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  insuredObject?: Maybe<Scalars['String']['output']>;
  insurer: Insurer;
  notes?: Maybe<Scalars['String']['output']>;
  premium?: Maybe<Money>;
  product: InsuranceProduct;
  status: CalculationStatus;
  sumInsured?: Maybe<Money>;
  terms?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  validUntil?: Maybe<Scalars['Date']['output']>;
  variantLabel?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type CalculationPayload = {
  __typename?: 'CalculationPayload';
  calculation: Calculation;
};

export type CalculationStatus =
  | 'CHOSEN'
  | 'DRAFT'
  | 'READY'
  | 'REJECTED'
  | 'SENT';

export type ChangeDealStageInput = {
  id: Scalars['ID']['input'];
  /** Required when the stage is CLOSED_LOST. */
  lossReason?: InputMaybe<Scalars['String']['input']>;
  stage: DealStage;
  version: Scalars['Int']['input'];
};

export type ChooseCalculationInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ChooseCalculationPayload = {
  __typename?: 'ChooseCalculationPayload';
  chosen: Calculation;
  rejected: Array<Calculation>;
};

export type Client = {
  __typename?: 'Client';
  address?: Maybe<Scalars['String']['output']>;
  birthDate?: Maybe<Scalars['Date']['output']>;
  companyName?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Deals of this client the caller may see, newest first. */
  deals: DealConnection;
  /** The person's full name or the company's name. */
  displayName: Scalars['String']['output'];
  emails: Array<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Tax id (ИНН). */
  inn?: Maybe<Scalars['String']['output']>;
  kind: ClientKind;
  lastName?: Maybe<Scalars['String']['output']>;
  /** Set once the client was merged into another; such a client has no deals left. */
  mergedInto?: Maybe<Client>;
  middleName?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  owner: User;
  /** Phones for people to read, in the international format (`+7 916 123 45 67`). */
  phones: Array<Scalars['String']['output']>;
  /** The same phones in E.164 (`+79161234567`), as stored: for links and matching. */
  phonesE164: Array<Scalars['String']['output']>;
  /** Company registration data (ОГРН, КПП, registration date) or a person's passport details, as typed. */
  registrationData?: Maybe<Scalars['String']['output']>;
  tags: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type ClientDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ClientConnection = {
  __typename?: 'ClientConnection';
  edges: Array<ClientEdge>;
  pageInfo: PageInfo;
};

export type ClientDuplicate = {
  __typename?: 'ClientDuplicate';
  client: Client;
  matchedOn: Array<DuplicateMatch>;
};

export type ClientDuplicateCheckInput = {
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The client being edited, left out of the answer. */
  excludeClientId?: InputMaybe<Scalars['ID']['input']>;
  inn?: InputMaybe<Scalars['String']['input']>;
  /** As typed; a text that is no phone number is BAD_USER_INPUT on its item. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type ClientEdge = {
  __typename?: 'ClientEdge';
  cursor: Scalars['String']['output'];
  node: Client;
};

export type ClientKind =
  | 'COMPANY'
  | 'PERSON';

export type ClientPayload = {
  __typename?: 'ClientPayload';
  client: Client;
  /** Other clients with the same normalised phone, e-mail or INN: the UI warns before going on. */
  duplicates: Array<ClientDuplicate>;
};

export type CreateClientInput = {
  client: NewClientInput;
};

export type CreateDealInput = {
  /** An existing client; or give `newClient`, not both. */
  clientId?: InputMaybe<Scalars['ID']['input']>;
  expectedPremium?: InputMaybe<MoneyInput>;
  insuranceType?: InputMaybe<Scalars['String']['input']>;
  newClient?: InputMaybe<NewClientInput>;
  /** Admins may create a deal for another seller; defaults to the caller. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateDealPayload = {
  __typename?: 'CreateDealPayload';
  deal: Deal;
  /** Set when a new client was created: other clients it probably duplicates. */
  duplicates: Array<ClientDuplicate>;
};

export type CreateInsuranceProductInput = {
  insuranceType?: InputMaybe<Scalars['String']['input']>;
  insurerId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type CreateInsurerInput = {
  name: Scalars['String']['input'];
};

export type CreatePolicyInput = {
  /** Prefills insurer, product, object, premium and commission from this calculation of the deal. */
  calculationId?: InputMaybe<Scalars['ID']['input']>;
  commissionAmount?: InputMaybe<MoneyInput>;
  commissionRate?: InputMaybe<Scalars['Decimal']['input']>;
  dealId: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
  /** Must add up to the premium exactly; omitted means one payment of the whole premium on the start date. */
  instalments?: InputMaybe<Array<InstalmentInput>>;
  insuredObject?: InputMaybe<Scalars['String']['input']>;
  insurerId?: InputMaybe<Scalars['ID']['input']>;
  number: Scalars['String']['input'];
  plannedExpenses?: InputMaybe<Array<PlannedExpenseInput>>;
  premium?: InputMaybe<MoneyInput>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  startDate: Scalars['Date']['input'];
  status?: InputMaybe<PolicyStatus>;
  /**
   * Instead of `calculationId`: the task (e.g. "issue the chosen variant") whose calculation it is; the task
   * must be on this deal and name a calculation (ADR 0052).
   */
  taskId?: InputMaybe<Scalars['ID']['input']>;
};

export type CrmSettings = {
  __typename?: 'CrmSettings';
  /** Days before a policy ends when its deal comes back for review. */
  renewalLeadDays: Scalars['Int']['output'];
  /** Sellers see every deal of the organisation, not only their own. */
  sellersSeeAllDeals: Scalars['Boolean']['output'];
  /** The organisation's IANA time zone (default Europe/Moscow): it decides "today", "due" and "overdue" everywhere. */
  timeZone: Scalars['String']['output'];
  /** Today in the organisation's time zone. */
  today: Scalars['Date']['output'];
  version: Scalars['Int']['output'];
};

export type CrmSettingsPayload = {
  __typename?: 'CrmSettingsPayload';
  settings: CrmSettings;
};

export type Deal = {
  __typename?: 'Deal';
  archived: Scalars['Boolean']['output'];
  calculations: Array<Calculation>;
  calculationsCount: Scalars['Int']['output'];
  client: Client;
  createdAt: Scalars['DateTime']['output'];
  expectedPremium?: Maybe<Money>;
  id: Scalars['ID']['output'];
  insuranceType?: Maybe<Scalars['String']['output']>;
  /** Oldest first (a journal is read top down); SYSTEM entries included unless excluded. */
  journal: JournalEntryConnection;
  /** Why the deal was lost; set with the CLOSED_LOST stage. */
  lossReason?: Maybe<Scalars['String']['output']>;
  owner: User;
  participants: Array<User>;
  policies: Array<Policy>;
  /** The policy this deal renews, when opened with renewPolicy. */
  renewalOf?: Maybe<Policy>;
  /** The day the deal comes back to the "to review" list. */
  reviewDate?: Maybe<Scalars['Date']['output']>;
  /** True when a user set the review date by hand; automatic recomputation leaves it alone. */
  reviewDateManual: Scalars['Boolean']['output'];
  reviewDateReason?: Maybe<Scalars['String']['output']>;
  source?: Maybe<Scalars['String']['output']>;
  stage: DealStage;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type DealJournalArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSystem?: InputMaybe<Scalars['Boolean']['input']>;
};

export type DealConnection = {
  __typename?: 'DealConnection';
  edges: Array<DealEdge>;
  pageInfo: PageInfo;
  /** Deals matching the filter (all pages). */
  totalCount: Scalars['Int']['output'];
};

export type DealEdge = {
  __typename?: 'DealEdge';
  cursor: Scalars['String']['output'];
  node: Deal;
};

export type DealParticipantInput = {
  dealId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type DealPayload = {
  __typename?: 'DealPayload';
  deal: Deal;
};

export type DealSort = {
  direction?: InputMaybe<SortDirection>;
  field: DealSortField;
};

export type DealSortField =
  | 'CREATED_AT'
  | 'REVIEW_DATE'
  | 'TITLE'
  | 'UPDATED_AT';

export type DealStage =
  | 'ACTIVE'
  | 'CALCULATION'
  | 'CLOSED_LOST'
  | 'CLOSED_WON'
  | 'ISSUING'
  | 'NEGOTIATION'
  | 'NEW';

export type DealStageCount = {
  __typename?: 'DealStageCount';
  count: Scalars['Int']['output'];
  stage: DealStage;
};

export type DealsFilter = {
  /** Archived deals are hidden unless asked for. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  clientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only deals the caller owns or participates in. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals due for review today in the organisation's time zone (the "to review" list as the server's clock sees it). */
  reviewDue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Deals whose review date is on or before this day (the "to review" list). */
  reviewDueBy?: InputMaybe<Scalars['Date']['input']>;
  /** Matches the title and the client's name, phone, e-mail or INN. */
  search?: InputMaybe<Scalars['String']['input']>;
  stages?: InputMaybe<Array<DealStage>>;
};

export type DeleteClientInput = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteClientPayload = {
  __typename?: 'DeleteClientPayload';
  deletedClientId: Scalars['ID']['output'];
};

/** Which normalised contact made two clients look like the same person or company. */
export type DuplicateMatch =
  | 'EMAIL'
  | 'INN'
  | 'PHONE';

export type EditJournalEntryInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<JournalEntryKind>;
  text: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type Instalment = {
  __typename?: 'Instalment';
  amount: Money;
  dueDate: Scalars['Date']['output'];
};

export type InstalmentInput = {
  amount: MoneyInput;
  dueDate: Scalars['Date']['input'];
};

export type InsuranceProduct = {
  __typename?: 'InsuranceProduct';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** E.g. OSAGO, KASKO, property, liability. */
  insuranceType?: Maybe<Scalars['String']['output']>;
  insurer?: Maybe<Insurer>;
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type InsuranceProductPayload = {
  __typename?: 'InsuranceProductPayload';
  product: InsuranceProduct;
};

export type Insurer = {
  __typename?: 'Insurer';
  active: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  products: Array<InsuranceProduct>;
  version: Scalars['Int']['output'];
};

export type InsurerPayload = {
  __typename?: 'InsurerPayload';
  insurer: Insurer;
};

export type JournalEntry = {
  __typename?: 'JournalEntry';
  /** Null for SYSTEM entries written by the system itself. */
  author?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  deal: Deal;
  edited: Scalars['Boolean']['output'];
  /** Previous versions, oldest first: an edit never loses what was written. */
  history: Array<JournalEntryRevision>;
  id: Scalars['ID']['output'];
  kind: JournalEntryKind;
  /** As written; a SYSTEM entry in the reader's language (Accept-Language, Russian by default). */
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type JournalEntryConnection = {
  __typename?: 'JournalEntryConnection';
  edges: Array<JournalEntryEdge>;
  pageInfo: PageInfo;
};

export type JournalEntryEdge = {
  __typename?: 'JournalEntryEdge';
  cursor: Scalars['String']['output'];
  node: JournalEntry;
};

export type JournalEntryKind =
  | 'CALL'
  | 'MEETING'
  | 'NOTE'
  | 'SYSTEM';

export type JournalEntryPayload = {
  __typename?: 'JournalEntryPayload';
  entry: JournalEntry;
};

export type JournalEntryRevision = {
  __typename?: 'JournalEntryRevision';
  /** Who wrote this version. */
  author?: Maybe<User>;
  kind: JournalEntryKind;
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  writtenAt: Scalars['DateTime']['output'];
};

export type MergeClientsInput = {
  /** The client that disappears; its deals move to the target. */
  sourceId: Scalars['ID']['input'];
  sourceVersion: Scalars['Int']['input'];
  targetId: Scalars['ID']['input'];
  targetVersion: Scalars['Int']['input'];
};

export type MergeClientsPayload = {
  __typename?: 'MergeClientsPayload';
  client: Client;
  movedDeals: Array<Deal>;
};

export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['Currency']['output'];
};

export type MoneyInput = {
  amount: Scalars['Decimal']['input'];
  currency: Scalars['Currency']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addCalculation: CalculationPayload;
  addDealParticipant: DealPayload;
  addJournalEntry: JournalEntryPayload;
  changeDealStage: DealPayload;
  /** Marks one calculation CHOSEN and every other open one of the deal REJECTED. */
  chooseCalculation: ChooseCalculationPayload;
  createClient: ClientPayload;
  /** Creates a deal for an existing client or, in the same transaction, a new one. */
  createDeal: CreateDealPayload;
  createInsuranceProduct: InsuranceProductPayload;
  createInsurer: InsurerPayload;
  createPolicy: PolicyPayload;
  /**
   * Admins only: deletes a client that has no deals (archived ones included). A client with deals is a
   * CONFLICT: merge it into another client instead.
   */
  deleteClient: DeleteClientPayload;
  editJournalEntry: JournalEntryPayload;
  /** Moves every deal of the source client to the target and marks the source merged. */
  mergeClients: MergeClientsPayload;
  removeDealParticipant: DealPayload;
  /** Opens a renewal deal carrying over the client, insurer, product, object and terms. */
  renewPolicy: RenewPolicyPayload;
  /**
   * Archiving hides the deal and cancels its open tasks: Tasks does it when it learns of the archiving, and
   * comments each cancelled task with the reason. Unarchiving does not reopen them.
   */
  setDealArchived: DealPayload;
  setDealReviewDate: DealPayload;
  snoozeDeal: DealPayload;
  updateCalculation: CalculationPayload;
  updateClient: ClientPayload;
  updateCrmSettings: CrmSettingsPayload;
  updateDeal: DealPayload;
  updateInsuranceProduct: InsuranceProductPayload;
  updateInsurer: InsurerPayload;
  updatePolicy: PolicyPayload;
};


export type MutationAddCalculationArgs = {
  input: AddCalculationInput;
};


export type MutationAddDealParticipantArgs = {
  input: DealParticipantInput;
};


export type MutationAddJournalEntryArgs = {
  input: AddJournalEntryInput;
};


export type MutationChangeDealStageArgs = {
  input: ChangeDealStageInput;
};


export type MutationChooseCalculationArgs = {
  input: ChooseCalculationInput;
};


export type MutationCreateClientArgs = {
  input: CreateClientInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateInsuranceProductArgs = {
  input: CreateInsuranceProductInput;
};


export type MutationCreateInsurerArgs = {
  input: CreateInsurerInput;
};


export type MutationCreatePolicyArgs = {
  input: CreatePolicyInput;
};


export type MutationDeleteClientArgs = {
  input: DeleteClientInput;
};


export type MutationEditJournalEntryArgs = {
  input: EditJournalEntryInput;
};


export type MutationMergeClientsArgs = {
  input: MergeClientsInput;
};


export type MutationRemoveDealParticipantArgs = {
  input: DealParticipantInput;
};


export type MutationRenewPolicyArgs = {
  input: RenewPolicyInput;
};


export type MutationSetDealArchivedArgs = {
  input: SetDealArchivedInput;
};


export type MutationSetDealReviewDateArgs = {
  input: SetDealReviewDateInput;
};


export type MutationSnoozeDealArgs = {
  input: SnoozeDealInput;
};


export type MutationUpdateCalculationArgs = {
  input: UpdateCalculationInput;
};


export type MutationUpdateClientArgs = {
  input: UpdateClientInput;
};


export type MutationUpdateCrmSettingsArgs = {
  input: UpdateCrmSettingsInput;
};


export type MutationUpdateDealArgs = {
  input: UpdateDealInput;
};


export type MutationUpdateInsuranceProductArgs = {
  input: UpdateInsuranceProductInput;
};


export type MutationUpdateInsurerArgs = {
  input: UpdateInsurerInput;
};


export type MutationUpdatePolicyArgs = {
  input: UpdatePolicyInput;
};

export type NewClientInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  inn?: InputMaybe<Scalars['String']['input']>;
  kind: ClientKind;
  lastName?: InputMaybe<Scalars['String']['input']>;
  middleName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  registrationData?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PlannedExpense = {
  __typename?: 'PlannedExpense';
  amount: Money;
  description: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
};

export type PlannedExpenseInput = {
  amount: MoneyInput;
  description: Scalars['String']['input'];
  dueDate?: InputMaybe<Scalars['Date']['input']>;
};

export type Policy = {
  __typename?: 'Policy';
  /** The calculation it was issued from, if any. */
  calculation?: Maybe<Calculation>;
  commissionAmount?: Maybe<Money>;
  /** Commission as a rate of the premium (e.g. "0.15") or a fixed amount; exactly one is set. */
  commissionRate?: Maybe<Scalars['Decimal']['output']>;
  createdAt: Scalars['DateTime']['output'];
  deal: Deal;
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  instalments: Array<Instalment>;
  insuredObject?: Maybe<Scalars['String']['output']>;
  insurer: Insurer;
  /** The nearest unpaid instalment due date, as Payments last reported it. */
  nextUnpaidDueDate?: Maybe<Scalars['Date']['output']>;
  number: Scalars['String']['output'];
  plannedExpenses: Array<PlannedExpense>;
  premium: Money;
  product: InsuranceProduct;
  /** The newest deal opened with renewPolicy for this policy that is not closed or archived; null when none. */
  renewalDeal?: Maybe<Deal>;
  renewalOf?: Maybe<Policy>;
  startDate: Scalars['Date']['output'];
  status: PolicyStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type PolicyPayload = {
  __typename?: 'PolicyPayload';
  /** The policy's deal, with its recomputed review date. */
  deal: Deal;
  policy: Policy;
};

export type PolicyStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'DRAFT'
  | 'EXPIRED';

export type Query = {
  __typename?: 'Query';
  calculation?: Maybe<Calculation>;
  client?: Maybe<Client>;
  /**
   * Clients who would probably be duplicated by one with these contacts (same normalised phone, e-mail or
   * INN), with what matched: asked before `createClient` / `createDeal` so the form warns before saving.
   */
  clientDuplicates: Array<ClientDuplicate>;
  /** Clients of the organisation matching `search` (name, phone, e-mail or INN), by name. */
  clients: ClientConnection;
  crmSettings: CrmSettings;
  deal?: Maybe<Deal>;
  /** Counts per stage for a kanban board, with the same filter as `deals` (stages ignored). */
  dealStageCounts: Array<DealStageCount>;
  deals: DealConnection;
  insurers: Array<Insurer>;
  /**
   * Policies with this number the caller may read (a number is unique per insurer, so usually one):
   * how a partner finds a policy it knows by number. Empty for a number of another organisation.
   */
  policiesByNumber: Array<Policy>;
  policy?: Maybe<Policy>;
};


export type QueryCalculationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClientDuplicatesArgs = {
  input: ClientDuplicateCheckInput;
};


export type QueryClientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealStageCountsArgs = {
  filter?: InputMaybe<DealsFilter>;
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealsFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<DealSort>;
};


export type QueryInsurersArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPoliciesByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryPolicyArgs = {
  id: Scalars['ID']['input'];
};

export type RenewPolicyInput = {
  /**
   * Opens another renewal deal even though the policy already has an open one (not closed, not archived);
   * without it that is a CONFLICT naming the open deal.
   */
  force?: InputMaybe<Scalars['Boolean']['input']>;
  policyId: Scalars['ID']['input'];
  /** Defaults to "Продление: <old title>" ("Renewal: <old title>" for a request in English). */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type RenewPolicyPayload = {
  __typename?: 'RenewPolicyPayload';
  deal: Deal;
  policy: Policy;
};

export type SetDealArchivedInput = {
  archived: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SetDealReviewDateInput = {
  id: Scalars['ID']['input'];
  /** Required with a date: why the deal is snoozed to it. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** Null returns the deal to the automatic review date. */
  reviewDate?: InputMaybe<Scalars['Date']['input']>;
  version: Scalars['Int']['input'];
};

export type SnoozeDealInput = {
  /** Days from today. */
  days: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type UpdateCalculationInput = {
  commissionAmount?: InputMaybe<MoneyInput>;
  commissionRate?: InputMaybe<Scalars['Decimal']['input']>;
  deductible?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  insuredObject?: InputMaybe<Scalars['String']['input']>;
  insurerId?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  premium?: InputMaybe<MoneyInput>;
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** DRAFT → READY → SENT; choosing goes through chooseCalculation. */
  status?: InputMaybe<CalculationStatus>;
  sumInsured?: InputMaybe<MoneyInput>;
  terms?: InputMaybe<Scalars['String']['input']>;
  validUntil?: InputMaybe<Scalars['Date']['input']>;
  variantLabel?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateClientInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  inn?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  middleName?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  registrationData?: InputMaybe<Scalars['String']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  version: Scalars['Int']['input'];
};

export type UpdateCrmSettingsInput = {
  renewalLeadDays?: InputMaybe<Scalars['Int']['input']>;
  sellersSeeAllDeals?: InputMaybe<Scalars['Boolean']['input']>;
  /** An IANA time zone name such as Asia/Yekaterinburg; review dates are recomputed when it or renewalLeadDays changes. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateDealInput = {
  expectedPremium?: InputMaybe<MoneyInput>;
  id: Scalars['ID']['input'];
  insuranceType?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateInsuranceProductInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  insuranceType?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateInsurerInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePolicyInput = {
  commissionAmount?: InputMaybe<MoneyInput>;
  commissionRate?: InputMaybe<Scalars['Decimal']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  instalments?: InputMaybe<Array<InstalmentInput>>;
  insuredObject?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
  plannedExpenses?: InputMaybe<Array<PlannedExpenseInput>>;
  premium?: InputMaybe<MoneyInput>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<PolicyStatus>;
  version: Scalars['Int']['input'];
};

/** Owned by Auth; CRM only refers to users by id. */
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
  Calculation: Calculation;
  Client: Client;
  Deal: Deal;
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
  Policy:
    ( { __typename: 'Policy' }
    & GraphQLRecursivePick<FederationTypes['Policy'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddCalculationInput: AddCalculationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddJournalEntryInput: AddJournalEntryInput;
  Calculation: ResolverTypeWrapper<CalculationRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CalculationPayload: ResolverTypeWrapper<Omit<CalculationPayload, 'calculation'> & { calculation: ResolversTypes['Calculation'] }>;
  CalculationStatus: CalculationStatus;
  ChangeDealStageInput: ChangeDealStageInput;
  ChooseCalculationInput: ChooseCalculationInput;
  ChooseCalculationPayload: ResolverTypeWrapper<Omit<ChooseCalculationPayload, 'chosen' | 'rejected'> & { chosen: ResolversTypes['Calculation'], rejected: Array<ResolversTypes['Calculation']> }>;
  Client: ResolverTypeWrapper<ClientRow>;
  ClientConnection: ResolverTypeWrapper<Omit<ClientConnection, 'edges'> & { edges: Array<ResolversTypes['ClientEdge']> }>;
  ClientDuplicate: ResolverTypeWrapper<ClientDuplicateModel>;
  ClientDuplicateCheckInput: ClientDuplicateCheckInput;
  ClientEdge: ResolverTypeWrapper<Omit<ClientEdge, 'node'> & { node: ResolversTypes['Client'] }>;
  ClientKind: ClientKind;
  ClientPayload: ResolverTypeWrapper<Omit<ClientPayload, 'client' | 'duplicates'> & { client: ResolversTypes['Client'], duplicates: Array<ResolversTypes['ClientDuplicate']> }>;
  CreateClientInput: CreateClientInput;
  CreateDealInput: CreateDealInput;
  CreateDealPayload: ResolverTypeWrapper<Omit<CreateDealPayload, 'deal' | 'duplicates'> & { deal: ResolversTypes['Deal'], duplicates: Array<ResolversTypes['ClientDuplicate']> }>;
  CreateInsuranceProductInput: CreateInsuranceProductInput;
  CreateInsurerInput: CreateInsurerInput;
  CreatePolicyInput: CreatePolicyInput;
  CrmSettings: ResolverTypeWrapper<OrgSettingsRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CrmSettingsPayload: ResolverTypeWrapper<Omit<CrmSettingsPayload, 'settings'> & { settings: ResolversTypes['CrmSettings'] }>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealRow>;
  DealConnection: ResolverTypeWrapper<DealConnectionModel>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealParticipantInput: DealParticipantInput;
  DealPayload: ResolverTypeWrapper<Omit<DealPayload, 'deal'> & { deal: ResolversTypes['Deal'] }>;
  DealSort: DealSort;
  DealSortField: DealSortField;
  DealStage: DealStage;
  DealStageCount: ResolverTypeWrapper<DealStageCount>;
  DealsFilter: DealsFilter;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteClientInput: DeleteClientInput;
  DeleteClientPayload: ResolverTypeWrapper<DeleteClientPayload>;
  DuplicateMatch: DuplicateMatch;
  EditJournalEntryInput: EditJournalEntryInput;
  Instalment: ResolverTypeWrapper<Instalment>;
  InstalmentInput: InstalmentInput;
  InsuranceProduct: ResolverTypeWrapper<InsuranceProductRow>;
  InsuranceProductPayload: ResolverTypeWrapper<Omit<InsuranceProductPayload, 'product'> & { product: ResolversTypes['InsuranceProduct'] }>;
  Insurer: ResolverTypeWrapper<InsurerRow>;
  InsurerPayload: ResolverTypeWrapper<Omit<InsurerPayload, 'insurer'> & { insurer: ResolversTypes['Insurer'] }>;
  JournalEntry: ResolverTypeWrapper<JournalEntryRow>;
  JournalEntryConnection: ResolverTypeWrapper<Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversTypes['JournalEntryEdge']> }>;
  JournalEntryEdge: ResolverTypeWrapper<Omit<JournalEntryEdge, 'node'> & { node: ResolversTypes['JournalEntry'] }>;
  JournalEntryKind: JournalEntryKind;
  JournalEntryPayload: ResolverTypeWrapper<Omit<JournalEntryPayload, 'entry'> & { entry: ResolversTypes['JournalEntry'] }>;
  JournalEntryRevision: ResolverTypeWrapper<JournalEntryRevisionRow>;
  MergeClientsInput: MergeClientsInput;
  MergeClientsPayload: ResolverTypeWrapper<Omit<MergeClientsPayload, 'client' | 'movedDeals'> & { client: ResolversTypes['Client'], movedDeals: Array<ResolversTypes['Deal']> }>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewClientInput: NewClientInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlannedExpense: ResolverTypeWrapper<PlannedExpense>;
  PlannedExpenseInput: PlannedExpenseInput;
  Policy: ResolverTypeWrapper<PolicyRow>;
  PolicyPayload: ResolverTypeWrapper<Omit<PolicyPayload, 'deal' | 'policy'> & { deal: ResolversTypes['Deal'], policy: ResolversTypes['Policy'] }>;
  PolicyStatus: PolicyStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RenewPolicyInput: RenewPolicyInput;
  RenewPolicyPayload: ResolverTypeWrapper<Omit<RenewPolicyPayload, 'deal' | 'policy'> & { deal: ResolversTypes['Deal'], policy: ResolversTypes['Policy'] }>;
  SetDealArchivedInput: SetDealArchivedInput;
  SetDealReviewDateInput: SetDealReviewDateInput;
  SnoozeDealInput: SnoozeDealInput;
  SortDirection: SortDirection;
  UpdateCalculationInput: UpdateCalculationInput;
  UpdateClientInput: UpdateClientInput;
  UpdateCrmSettingsInput: UpdateCrmSettingsInput;
  UpdateDealInput: UpdateDealInput;
  UpdateInsuranceProductInput: UpdateInsuranceProductInput;
  UpdateInsurerInput: UpdateInsurerInput;
  UpdatePolicyInput: UpdatePolicyInput;
  User: ResolverTypeWrapper<UserRef>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddCalculationInput: AddCalculationInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  AddJournalEntryInput: AddJournalEntryInput;
  Calculation: CalculationRow;
  Int: Scalars['Int']['output'];
  CalculationPayload: Omit<CalculationPayload, 'calculation'> & { calculation: ResolversParentTypes['Calculation'] };
  ChangeDealStageInput: ChangeDealStageInput;
  ChooseCalculationInput: ChooseCalculationInput;
  ChooseCalculationPayload: Omit<ChooseCalculationPayload, 'chosen' | 'rejected'> & { chosen: ResolversParentTypes['Calculation'], rejected: Array<ResolversParentTypes['Calculation']> };
  Client: ClientRow;
  ClientConnection: Omit<ClientConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClientEdge']> };
  ClientDuplicate: ClientDuplicateModel;
  ClientDuplicateCheckInput: ClientDuplicateCheckInput;
  ClientEdge: Omit<ClientEdge, 'node'> & { node: ResolversParentTypes['Client'] };
  ClientPayload: Omit<ClientPayload, 'client' | 'duplicates'> & { client: ResolversParentTypes['Client'], duplicates: Array<ResolversParentTypes['ClientDuplicate']> };
  CreateClientInput: CreateClientInput;
  CreateDealInput: CreateDealInput;
  CreateDealPayload: Omit<CreateDealPayload, 'deal' | 'duplicates'> & { deal: ResolversParentTypes['Deal'], duplicates: Array<ResolversParentTypes['ClientDuplicate']> };
  CreateInsuranceProductInput: CreateInsuranceProductInput;
  CreateInsurerInput: CreateInsurerInput;
  CreatePolicyInput: CreatePolicyInput;
  CrmSettings: OrgSettingsRow;
  Boolean: Scalars['Boolean']['output'];
  CrmSettingsPayload: Omit<CrmSettingsPayload, 'settings'> & { settings: ResolversParentTypes['CrmSettings'] };
  Currency: Scalars['Currency']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deal: DealRow;
  DealConnection: DealConnectionModel;
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  DealParticipantInput: DealParticipantInput;
  DealPayload: Omit<DealPayload, 'deal'> & { deal: ResolversParentTypes['Deal'] };
  DealSort: DealSort;
  DealStageCount: DealStageCount;
  DealsFilter: DealsFilter;
  Decimal: Scalars['Decimal']['output'];
  DeleteClientInput: DeleteClientInput;
  DeleteClientPayload: DeleteClientPayload;
  EditJournalEntryInput: EditJournalEntryInput;
  Instalment: Instalment;
  InstalmentInput: InstalmentInput;
  InsuranceProduct: InsuranceProductRow;
  InsuranceProductPayload: Omit<InsuranceProductPayload, 'product'> & { product: ResolversParentTypes['InsuranceProduct'] };
  Insurer: InsurerRow;
  InsurerPayload: Omit<InsurerPayload, 'insurer'> & { insurer: ResolversParentTypes['Insurer'] };
  JournalEntry: JournalEntryRow;
  JournalEntryConnection: Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['JournalEntryEdge']> };
  JournalEntryEdge: Omit<JournalEntryEdge, 'node'> & { node: ResolversParentTypes['JournalEntry'] };
  JournalEntryPayload: Omit<JournalEntryPayload, 'entry'> & { entry: ResolversParentTypes['JournalEntry'] };
  JournalEntryRevision: JournalEntryRevisionRow;
  MergeClientsInput: MergeClientsInput;
  MergeClientsPayload: Omit<MergeClientsPayload, 'client' | 'movedDeals'> & { client: ResolversParentTypes['Client'], movedDeals: Array<ResolversParentTypes['Deal']> };
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  NewClientInput: NewClientInput;
  PageInfo: PageInfo;
  PlannedExpense: PlannedExpense;
  PlannedExpenseInput: PlannedExpenseInput;
  Policy: PolicyRow;
  PolicyPayload: Omit<PolicyPayload, 'deal' | 'policy'> & { deal: ResolversParentTypes['Deal'], policy: ResolversParentTypes['Policy'] };
  Query: Record<PropertyKey, never>;
  RenewPolicyInput: RenewPolicyInput;
  RenewPolicyPayload: Omit<RenewPolicyPayload, 'deal' | 'policy'> & { deal: ResolversParentTypes['Deal'], policy: ResolversParentTypes['Policy'] };
  SetDealArchivedInput: SetDealArchivedInput;
  SetDealReviewDateInput: SetDealReviewDateInput;
  SnoozeDealInput: SnoozeDealInput;
  UpdateCalculationInput: UpdateCalculationInput;
  UpdateClientInput: UpdateClientInput;
  UpdateCrmSettingsInput: UpdateCrmSettingsInput;
  UpdateDealInput: UpdateDealInput;
  UpdateInsuranceProductInput: UpdateInsuranceProductInput;
  UpdateInsurerInput: UpdateInsurerInput;
  UpdatePolicyInput: UpdatePolicyInput;
  User: UserRef;
}>;

export type CalculationResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Calculation'] = ResolversParentTypes['Calculation'], FederationReferenceType extends FederationReferenceTypes['Calculation'] = FederationReferenceTypes['Calculation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Calculation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  commissionAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  commissionRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
  deductible?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuredObject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  insurer?: Resolver<ResolversTypes['Insurer'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  premium?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['InsuranceProduct'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CalculationStatus'], ParentType, ContextType>;
  sumInsured?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  terms?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  variantLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CalculationPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CalculationPayload'] = ResolversParentTypes['CalculationPayload']> = ResolversObject<{
  calculation?: Resolver<ResolversTypes['Calculation'], ParentType, ContextType>;
}>;

export type ChooseCalculationPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ChooseCalculationPayload'] = ResolversParentTypes['ChooseCalculationPayload']> = ResolversObject<{
  chosen?: Resolver<ResolversTypes['Calculation'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['Calculation']>, ParentType, ContextType>;
}>;

export type ClientResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Client'] = ResolversParentTypes['Client'], FederationReferenceType extends FederationReferenceTypes['Client'] = FederationReferenceTypes['Client']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Client']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  birthDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<ClientDealsArgs, 'first'>>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ClientKind'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType>;
  middleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  phonesE164?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  registrationData?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ClientConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ClientConnection'] = ResolversParentTypes['ClientConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ClientEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ClientDuplicateResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ClientDuplicate'] = ResolversParentTypes['ClientDuplicate']> = ResolversObject<{
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  matchedOn?: Resolver<Array<ResolversTypes['DuplicateMatch']>, ParentType, ContextType>;
}>;

export type ClientEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ClientEdge'] = ResolversParentTypes['ClientEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
}>;

export type ClientPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['ClientPayload'] = ResolversParentTypes['ClientPayload']> = ResolversObject<{
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['ClientDuplicate']>, ParentType, ContextType>;
}>;

export type CreateDealPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CreateDealPayload'] = ResolversParentTypes['CreateDealPayload']> = ResolversObject<{
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['ClientDuplicate']>, ParentType, ContextType>;
}>;

export type CrmSettingsResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CrmSettings'] = ResolversParentTypes['CrmSettings']> = ResolversObject<{
  renewalLeadDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sellersSeeAllDeals?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CrmSettingsPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['CrmSettingsPayload'] = ResolversParentTypes['CrmSettingsPayload']> = ResolversObject<{
  settings?: Resolver<ResolversTypes['CrmSettings'], ParentType, ContextType>;
}>;

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  calculations?: Resolver<Array<ResolversTypes['Calculation']>, ParentType, ContextType>;
  calculationsCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expectedPremium?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuranceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  journal?: Resolver<ResolversTypes['JournalEntryConnection'], ParentType, ContextType, RequireFields<DealJournalArgs, 'first' | 'includeSystem'>>;
  lossReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  policies?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType>;
  renewalOf?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  reviewDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewDateManual?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviewDateReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DealStage'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DealConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DealConnection'] = ResolversParentTypes['DealConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DealEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DealEdge'] = ResolversParentTypes['DealEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
}>;

export type DealPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DealPayload'] = ResolversParentTypes['DealPayload']> = ResolversObject<{
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
}>;

export type DealStageCountResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DealStageCount'] = ResolversParentTypes['DealStageCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DealStage'], ParentType, ContextType>;
}>;

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeleteClientPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['DeleteClientPayload'] = ResolversParentTypes['DeleteClientPayload']> = ResolversObject<{
  deletedClientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type InstalmentResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Instalment'] = ResolversParentTypes['Instalment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type InsuranceProductResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['InsuranceProduct'] = ResolversParentTypes['InsuranceProduct']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insuranceType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  insurer?: Resolver<Maybe<ResolversTypes['Insurer']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InsuranceProductPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['InsuranceProductPayload'] = ResolversParentTypes['InsuranceProductPayload']> = ResolversObject<{
  product?: Resolver<ResolversTypes['InsuranceProduct'], ParentType, ContextType>;
}>;

export type InsurerResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Insurer'] = ResolversParentTypes['Insurer']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['InsuranceProduct']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InsurerPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['InsurerPayload'] = ResolversParentTypes['InsurerPayload']> = ResolversObject<{
  insurer?: Resolver<ResolversTypes['Insurer'], ParentType, ContextType>;
}>;

export type JournalEntryResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['JournalEntry'] = ResolversParentTypes['JournalEntry']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
  edited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['JournalEntryRevision']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JournalEntryKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JournalEntryConnectionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['JournalEntryConnection'] = ResolversParentTypes['JournalEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JournalEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type JournalEntryEdgeResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['JournalEntryEdge'] = ResolversParentTypes['JournalEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
}>;

export type JournalEntryPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['JournalEntryPayload'] = ResolversParentTypes['JournalEntryPayload']> = ResolversObject<{
  entry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
}>;

export type JournalEntryRevisionResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['JournalEntryRevision'] = ResolversParentTypes['JournalEntryRevision']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JournalEntryKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  writtenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MergeClientsPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['MergeClientsPayload'] = ResolversParentTypes['MergeClientsPayload']> = ResolversObject<{
  client?: Resolver<ResolversTypes['Client'], ParentType, ContextType>;
  movedDeals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCalculation?: Resolver<ResolversTypes['CalculationPayload'], ParentType, ContextType, RequireFields<MutationAddCalculationArgs, 'input'>>;
  addDealParticipant?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationAddDealParticipantArgs, 'input'>>;
  addJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationAddJournalEntryArgs, 'input'>>;
  changeDealStage?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationChangeDealStageArgs, 'input'>>;
  chooseCalculation?: Resolver<ResolversTypes['ChooseCalculationPayload'], ParentType, ContextType, RequireFields<MutationChooseCalculationArgs, 'input'>>;
  createClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationCreateClientArgs, 'input'>>;
  createDeal?: Resolver<ResolversTypes['CreateDealPayload'], ParentType, ContextType, RequireFields<MutationCreateDealArgs, 'input'>>;
  createInsuranceProduct?: Resolver<ResolversTypes['InsuranceProductPayload'], ParentType, ContextType, RequireFields<MutationCreateInsuranceProductArgs, 'input'>>;
  createInsurer?: Resolver<ResolversTypes['InsurerPayload'], ParentType, ContextType, RequireFields<MutationCreateInsurerArgs, 'input'>>;
  createPolicy?: Resolver<ResolversTypes['PolicyPayload'], ParentType, ContextType, RequireFields<MutationCreatePolicyArgs, 'input'>>;
  deleteClient?: Resolver<ResolversTypes['DeleteClientPayload'], ParentType, ContextType, RequireFields<MutationDeleteClientArgs, 'input'>>;
  editJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationEditJournalEntryArgs, 'input'>>;
  mergeClients?: Resolver<ResolversTypes['MergeClientsPayload'], ParentType, ContextType, RequireFields<MutationMergeClientsArgs, 'input'>>;
  removeDealParticipant?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationRemoveDealParticipantArgs, 'input'>>;
  renewPolicy?: Resolver<ResolversTypes['RenewPolicyPayload'], ParentType, ContextType, RequireFields<MutationRenewPolicyArgs, 'input'>>;
  setDealArchived?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationSetDealArchivedArgs, 'input'>>;
  setDealReviewDate?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationSetDealReviewDateArgs, 'input'>>;
  snoozeDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationSnoozeDealArgs, 'input'>>;
  updateCalculation?: Resolver<ResolversTypes['CalculationPayload'], ParentType, ContextType, RequireFields<MutationUpdateCalculationArgs, 'input'>>;
  updateClient?: Resolver<ResolversTypes['ClientPayload'], ParentType, ContextType, RequireFields<MutationUpdateClientArgs, 'input'>>;
  updateCrmSettings?: Resolver<ResolversTypes['CrmSettingsPayload'], ParentType, ContextType, RequireFields<MutationUpdateCrmSettingsArgs, 'input'>>;
  updateDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationUpdateDealArgs, 'input'>>;
  updateInsuranceProduct?: Resolver<ResolversTypes['InsuranceProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateInsuranceProductArgs, 'input'>>;
  updateInsurer?: Resolver<ResolversTypes['InsurerPayload'], ParentType, ContextType, RequireFields<MutationUpdateInsurerArgs, 'input'>>;
  updatePolicy?: Resolver<ResolversTypes['PolicyPayload'], ParentType, ContextType, RequireFields<MutationUpdatePolicyArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlannedExpenseResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['PlannedExpense'] = ResolversParentTypes['PlannedExpense']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type PolicyResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy'], FederationReferenceType extends FederationReferenceTypes['Policy'] = FederationReferenceTypes['Policy']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Policy']> | FederationReferenceType, FederationReferenceType, ContextType>;
  calculation?: Resolver<Maybe<ResolversTypes['Calculation']>, ParentType, ContextType>;
  commissionAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  commissionRate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instalments?: Resolver<Array<ResolversTypes['Instalment']>, ParentType, ContextType>;
  insuredObject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  insurer?: Resolver<ResolversTypes['Insurer'], ParentType, ContextType>;
  nextUnpaidDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedExpenses?: Resolver<Array<ResolversTypes['PlannedExpense']>, ParentType, ContextType>;
  premium?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['InsuranceProduct'], ParentType, ContextType>;
  renewalDeal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  renewalOf?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PolicyStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PolicyPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['PolicyPayload'] = ResolversParentTypes['PolicyPayload']> = ResolversObject<{
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  calculation?: Resolver<Maybe<ResolversTypes['Calculation']>, ParentType, ContextType, RequireFields<QueryCalculationArgs, 'id'>>;
  client?: Resolver<Maybe<ResolversTypes['Client']>, ParentType, ContextType, RequireFields<QueryClientArgs, 'id'>>;
  clientDuplicates?: Resolver<Array<ResolversTypes['ClientDuplicate']>, ParentType, ContextType, RequireFields<QueryClientDuplicatesArgs, 'input'>>;
  clients?: Resolver<ResolversTypes['ClientConnection'], ParentType, ContextType, RequireFields<QueryClientsArgs, 'first'>>;
  crmSettings?: Resolver<ResolversTypes['CrmSettings'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryDealArgs, 'id'>>;
  dealStageCounts?: Resolver<Array<ResolversTypes['DealStageCount']>, ParentType, ContextType, Partial<QueryDealStageCountsArgs>>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<QueryDealsArgs, 'first'>>;
  insurers?: Resolver<Array<ResolversTypes['Insurer']>, ParentType, ContextType, RequireFields<QueryInsurersArgs, 'includeInactive'>>;
  policiesByNumber?: Resolver<Array<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPoliciesByNumberArgs, 'number'>>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType, RequireFields<QueryPolicyArgs, 'id'>>;
}>;

export type RenewPolicyPayloadResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['RenewPolicyPayload'] = ResolversParentTypes['RenewPolicyPayload']> = ResolversObject<{
  deal?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['Policy'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = CrmContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CrmContext> = ResolversObject<{
  Calculation?: CalculationResolvers<ContextType>;
  CalculationPayload?: CalculationPayloadResolvers<ContextType>;
  ChooseCalculationPayload?: ChooseCalculationPayloadResolvers<ContextType>;
  Client?: ClientResolvers<ContextType>;
  ClientConnection?: ClientConnectionResolvers<ContextType>;
  ClientDuplicate?: ClientDuplicateResolvers<ContextType>;
  ClientEdge?: ClientEdgeResolvers<ContextType>;
  ClientPayload?: ClientPayloadResolvers<ContextType>;
  CreateDealPayload?: CreateDealPayloadResolvers<ContextType>;
  CrmSettings?: CrmSettingsResolvers<ContextType>;
  CrmSettingsPayload?: CrmSettingsPayloadResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  DealPayload?: DealPayloadResolvers<ContextType>;
  DealStageCount?: DealStageCountResolvers<ContextType>;
  Decimal?: GraphQLScalarType;
  DeleteClientPayload?: DeleteClientPayloadResolvers<ContextType>;
  Instalment?: InstalmentResolvers<ContextType>;
  InsuranceProduct?: InsuranceProductResolvers<ContextType>;
  InsuranceProductPayload?: InsuranceProductPayloadResolvers<ContextType>;
  Insurer?: InsurerResolvers<ContextType>;
  InsurerPayload?: InsurerPayloadResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalEntryConnection?: JournalEntryConnectionResolvers<ContextType>;
  JournalEntryEdge?: JournalEntryEdgeResolvers<ContextType>;
  JournalEntryPayload?: JournalEntryPayloadResolvers<ContextType>;
  JournalEntryRevision?: JournalEntryRevisionResolvers<ContextType>;
  MergeClientsPayload?: MergeClientsPayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlannedExpense?: PlannedExpenseResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  PolicyPayload?: PolicyPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RenewPolicyPayload?: RenewPolicyPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

