/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddCalculationInput = {
  commissionAmount?: MoneyInput | null | undefined;
  commissionRate?: string | null | undefined;
  dealId: string | number;
  deductible?: string | null | undefined;
  insuredObject?: string | null | undefined;
  insurerId: string | number;
  notes?: string | null | undefined;
  premium?: MoneyInput | null | undefined;
  productId: string | number;
  status?: CalculationStatus | null | undefined;
  sumInsured?: MoneyInput | null | undefined;
  terms?: string | null | undefined;
  validUntil?: string | null | undefined;
  variantLabel?: string | null | undefined;
};

export type AddJournalEntryInput = {
  dealId: string | number;
  kind: JournalEntryKind;
  text: string;
};

export type ArchiveNotificationsInput = {
  ids: Array<string | number>;
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

/** Every condition given must hold; `from` inclusive, `to` exclusive. */
export type AuditLogFilter = {
  action?: string | null | undefined;
  actorId?: string | null | undefined;
  channel?: AuditChannel | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type CalculationStatus =
  | 'CHOSEN'
  | 'DRAFT'
  | 'READY'
  | 'REJECTED'
  | 'SENT';

export type ChangeDealStageInput = {
  id: string | number;
  /** Required when the stage is CLOSED_LOST. */
  lossReason?: string | null | undefined;
  stage: DealStage;
  version: number;
};

export type ChangeTaskStatusInput = {
  id: string | number;
  status: TaskStatus;
  version: number;
};

export type ChooseCalculationInput = {
  id: string | number;
  version: number;
};

export type ClientDuplicateCheckInput = {
  emails?: Array<string> | null | undefined;
  /** The client being edited, left out of the answer. */
  excludeClientId?: string | number | null | undefined;
  inn?: string | null | undefined;
  /** As typed; a text that is no phone number is BAD_USER_INPUT on its item. */
  phones?: Array<string> | null | undefined;
};

export type ClientKind =
  | 'COMPANY'
  | 'PERSON';

export type CommissionReportInput = {
  from: string;
  /** Admins see every seller (or the one named); others see their own rows only. */
  sellerId?: string | number | null | undefined;
  to: string;
};

export type CreateApiKeyInput = {
  allowedOperations?: Array<string> | null | undefined;
  name: string;
  /** Requests per minute for this key (1 to 100 000); unset: the router's default. */
  rateLimitPerMinute?: number | null | undefined;
};

export type CreateClientInput = {
  client: NewClientInput;
};

export type CreateDealInput = {
  /** An existing client; or give `newClient`, not both. */
  clientId?: string | number | null | undefined;
  expectedPremium?: MoneyInput | null | undefined;
  insuranceType?: string | null | undefined;
  newClient?: NewClientInput | null | undefined;
  /** Admins may create a deal for another seller; defaults to the caller. */
  ownerId?: string | number | null | undefined;
  source?: string | null | undefined;
  title: string;
};

export type CreateInsuranceProductInput = {
  insuranceType?: string | null | undefined;
  insurerId?: string | number | null | undefined;
  name: string;
};

export type CreateInsurerInput = {
  name: string;
};

export type CreatePolicyInput = {
  /** Prefills insurer, product, object, premium and commission from this calculation of the deal. */
  calculationId?: string | number | null | undefined;
  commissionAmount?: MoneyInput | null | undefined;
  commissionRate?: string | null | undefined;
  dealId: string | number;
  endDate: string;
  /** Must add up to the premium exactly; omitted means one payment of the whole premium on the start date. */
  instalments?: Array<InstalmentInput> | null | undefined;
  insuredObject?: string | null | undefined;
  insurerId?: string | number | null | undefined;
  number: string;
  plannedExpenses?: Array<PlannedExpenseInput> | null | undefined;
  premium?: MoneyInput | null | undefined;
  productId?: string | number | null | undefined;
  startDate: string;
  status?: PolicyStatus | null | undefined;
  /**
   * Instead of `calculationId`: the task (e.g. "issue the chosen variant") whose calculation it is; the task
   * must be on this deal and name a calculation (ADR 0052).
   */
  taskId?: string | number | null | undefined;
};

export type CreateTaskInput = {
  /** An active user of the caller's organisation. */
  assigneeId?: string | number | null | undefined;
  /** A calculation of that deal the task is about ("issue the chosen variant"); needs `dealId`. */
  calculationId?: string | number | null | undefined;
  /**
   * Requires access to the deal (its owner, a participant or an admin). A deal id Tasks has not heard of
   * is NOT_FOUND at once, unless the deal was created moments ago (ADR 0051).
   */
  dealId?: string | number | null | undefined;
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  kind: TaskKind;
  /** A policy of that deal the task is about; needs `dealId`. */
  policyId?: string | number | null | undefined;
  priority?: TaskPriority | null | undefined;
  title: string;
};

/** What happened to a deal (or to something on its card). */
export type DealEventKind =
  | 'CALCULATION_CHANGED'
  | 'CREATED'
  | 'JOURNAL_ENTRY_ADDED'
  | 'PAYMENT_CHANGED'
  | 'POLICY_CHANGED'
  | 'REVIEW_DUE'
  | 'STAGE_CHANGED'
  | 'TASK_CHANGED'
  | 'UPDATED';

export type DealSort = {
  direction?: SortDirection | null | undefined;
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

export type DealsFilter = {
  /** Archived deals are hidden unless asked for. */
  archived?: boolean | null | undefined;
  clientId?: string | number | null | undefined;
  /** Only deals the caller owns or participates in. */
  mine?: boolean | null | undefined;
  ownerId?: string | number | null | undefined;
  /** Deals due for review today in the organisation's time zone (the "to review" list as the server's clock sees it). */
  reviewDue?: boolean | null | undefined;
  /** Deals whose review date is on or before this day (the "to review" list). */
  reviewDueBy?: string | null | undefined;
  /** Matches the title and the client's name, phone, e-mail or INN. */
  search?: string | null | undefined;
  stages?: Array<DealStage> | null | undefined;
};

export type DeleteClientInput = {
  id: string | number;
  version: number;
};

/** Which normalised contact made two clients look like the same person or company. */
export type DuplicateMatch =
  | 'EMAIL'
  | 'INN'
  | 'PHONE';

export type EditJournalEntryInput = {
  id: string | number;
  kind?: JournalEntryKind | null | undefined;
  text: string;
  version: number;
};

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

export type InstalmentInput = {
  amount: MoneyInput;
  dueDate: string;
};

export type InviteUserInput = {
  displayName: string;
  email: string;
  roles: Array<Role>;
};

export type JournalEntryKind =
  | 'CALL'
  | 'MEETING'
  | 'NOTE'
  | 'SYSTEM';

/** The language notification texts are rendered in. */
export type Language =
  | 'EN'
  | 'RU';

export type MarkNotificationsReadInput = {
  /** The caller's own notifications; ids of anyone else's are BAD_USER_INPUT on `input.ids`. */
  ids: Array<string | number>;
};

export type MergeClientsInput = {
  /** The client that disappears; its deals move to the target. */
  sourceId: string | number;
  sourceVersion: number;
  targetId: string | number;
  targetVersion: number;
};

export type MoneyInput = {
  amount: string;
  currency: string;
};

export type NewClientInput = {
  address?: string | null | undefined;
  birthDate?: string | null | undefined;
  companyName?: string | null | undefined;
  emails?: Array<string> | null | undefined;
  firstName?: string | null | undefined;
  inn?: string | null | undefined;
  kind: ClientKind;
  lastName?: string | null | undefined;
  middleName?: string | null | undefined;
  notes?: string | null | undefined;
  phones?: Array<string> | null | undefined;
  registrationData?: string | null | undefined;
  tags?: Array<string> | null | undefined;
};

/** Where a notification goes besides the inbox. */
export type NotificationChannel =
  | 'IN_APP'
  | 'TELEGRAM';

/** Which of the reader's notifications `notifications` lists. */
export type NotificationFilter = {
  /** Archived ones instead of the inbox (the inbox never lists archived notifications). */
  archived?: boolean | null | undefined;
  kind?: Array<NotificationKind> | null | undefined;
  /** Only unread ones (read ones stay listed otherwise). */
  unreadOnly?: boolean | null | undefined;
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

export type NotificationPreferenceInput = {
  channel: NotificationChannel;
  enabled: boolean;
  kind: NotificationKind;
};

export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'CASH'
  | 'OTHER';

export type PaymentStatus =
  | 'CANCELLED'
  /** Past its due date and not paid in full (instalments only). */
  | 'OVERDUE'
  /** More was recorded than planned: only when the person said so (`allowOverpayment`); `outstanding` is zero. */
  | 'OVERPAID'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'PLANNED';

export type PlannedExpenseInput = {
  amount: MoneyInput;
  description: string;
  dueDate?: string | null | undefined;
};

export type PolicyStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'DRAFT'
  | 'EXPIRED';

export type QuietHoursInput = {
  end: string;
  start: string;
};

export type RecordCommissionReceiptInput = {
  /** More than the item's outstanding amount is refused (BAD_USER_INPUT on `input.amount`, naming the outstanding amount) unless this is true. */
  allowOverpayment?: boolean | null | undefined;
  amount: string;
  incomeId: string | number;
  note?: string | null | undefined;
  receivedOn: string;
  statementReference?: string | null | undefined;
  version: number;
};

export type RecordInstalmentPaymentInput = {
  /** More than the item's outstanding amount is refused (BAD_USER_INPUT on `input.amount`, naming the outstanding amount) unless this is true. */
  allowOverpayment?: boolean | null | undefined;
  amount: string;
  instalmentId: string | number;
  method: PaymentMethod;
  note?: string | null | undefined;
  paidOn: string;
  /**
   * The payer's own reference for this payment (a partner's transaction id), unique in the organisation:
   * sent again, the payment is not recorded twice and the answer is the instalment as it is now (whatever
   * `version` says); the same reference with another instalment or amount is a CONFLICT.
   */
  reference?: string | null | undefined;
  /** The instalment's version as read; a stale one is a CONFLICT. */
  version: number;
};

export type RequestDownloadInput = {
  documentId: string | number;
  /** An older version; the newest when absent. */
  version?: number | null | undefined;
};

export type RequestUploadInput = {
  /** a calculation: the file goes to its deal's «Расчёты» and belongs to it. */
  calculationId?: string | number | null | undefined;
  /** The folder to put the file in; or */
  folderId?: string | number | null | undefined;
  /** The file's name; sanitised, a re-upload of a name is a new version. */
  name: string;
  /** The size the client will send, when it knows it: the link then takes no more. */
  size?: number | null | undefined;
};

export type RevokeApiKeyInput = {
  id: string | number;
};

/** A person's permissions inside their organisation; a user may hold several. */
export type Role =
  | 'ADMIN'
  | 'EXECUTOR'
  | 'SELLER';

export type SetDealReviewDateInput = {
  id: string | number;
  /** Required with a date: why the deal is snoozed to it. */
  reason?: string | null | undefined;
  /** Null returns the deal to the automatic review date. */
  reviewDate?: string | null | undefined;
  version: number;
};

export type SnoozeDealInput = {
  /** Days from today. */
  days: number;
  id: string | number;
  reason: string;
  version: number;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Due-date windows, relative to today in the organisation's time zone (CRM setting `timeZone`), or to `TaskFilter.today`. */
export type TaskDue =
  /** Due before today and still open (NEW or IN_PROGRESS). */
  | 'OVERDUE'
  /** Due from Monday to Sunday of today's ISO week. */
  | 'THIS_WEEK'
  | 'TODAY';

export type TaskEventKind =
  | 'ASSIGNED'
  | 'COMMENTED'
  | 'CREATED'
  | 'STATUS_CHANGED';

export type TaskFilter = {
  dealId?: string | number | null | undefined;
  due?: TaskDue | null | undefined;
  kind?: Array<TaskKind> | null | undefined;
  status?: Array<TaskStatus> | null | undefined;
  /** Another day for `due` to be relative to (planning ahead); defaults to today in the organisation's time zone. */
  today?: string | null | undefined;
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

export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/**
 * NEW → IN_PROGRESS | DONE | CANCELLED; IN_PROGRESS → NEW | DONE | CANCELLED.
 * DONE and CANCELLED are final for `changeTaskStatus`; `reopenTask` brings them back to NEW.
 */
export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NEW';

export type UpdateCrmSettingsInput = {
  renewalLeadDays?: number | null | undefined;
  sellersSeeAllDeals?: boolean | null | undefined;
  /** An IANA time zone name such as Asia/Yekaterinburg; review dates are recomputed when it or renewalLeadDays changes. */
  timeZone?: string | null | undefined;
  version: number;
};

export type UpdateInsuranceProductInput = {
  active?: boolean | null | undefined;
  id: string | number;
  insuranceType?: string | null | undefined;
  name?: string | null | undefined;
  version: number;
};

export type UpdateInsurerInput = {
  active?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  version: number;
};

/** Fields left out stay as they are; `quietHours: null` removes them. */
export type UpdateNotificationSettingsInput = {
  /** `HH:MM` in the organisation's time zone; `null` restores the default. */
  digestTime?: string | null | undefined;
  language?: Language | null | undefined;
  /** Turning a mandatory one off, or a channel a kind does not go to, is BAD_USER_INPUT naming it. */
  preferences?: Array<NotificationPreferenceInput> | null | undefined;
  quietHours?: QuietHoursInput | null | undefined;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, displayName: string, roles: Array<Role>, organization: { id: string, name: string }, telegram: { telegramUsername: string | null, linkedAt: string } | null }, crmSettings: { timeZone: string } };

export type TaskRowFragment = { id: string, kind: TaskKind, title: string, status: TaskStatus, version: number, dueDate: string | null, assignee: { id: string, displayName: string } | null };

export type ChangeTaskStatusMutationVariables = Exact<{
  input: ChangeTaskStatusInput;
}>;


export type ChangeTaskStatusMutation = { changeTaskStatus: { task: { id: string, status: TaskStatus, version: number } } };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { inviteToken: string, invitation: { id: string, email: string } } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: { edges: Array<{ node: { id: string, name: string, prefix: string, allowedOperations: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
  language?: Language | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, occurredAt: string, actorKind: AuditActorKind, channel: AuditChannel, action: string, outcome: string, summary: string, actorUser: { displayName: string } | null, changes: Array<{ field: string, label: string, fromText: string, toText: string, fromUsers: Array<{ displayName: string } | null>, toUsers: Array<{ displayName: string } | null> }> } }> } };

export type CrmSettingsFieldsFragment = { timeZone: string, renewalLeadDays: number, sellersSeeAllDeals: boolean, today: string, version: number };

export type CrmSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type CrmSettingsQuery = { crmSettings: { timeZone: string, renewalLeadDays: number, sellersSeeAllDeals: boolean, today: string, version: number } };

export type UpdateCrmSettingsMutationVariables = Exact<{
  input: UpdateCrmSettingsInput;
}>;


export type UpdateCrmSettingsMutation = { updateCrmSettings: { settings: { timeZone: string, renewalLeadDays: number, sellersSeeAllDeals: boolean, today: string, version: number } } };

export type InsurersAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type InsurersAdminQuery = { insurers: Array<{ id: string, name: string, active: boolean, version: number, products: Array<{ id: string, name: string, insuranceType: string | null, active: boolean, version: number, insurer: { id: string } | null }> }> };

export type CreateInsurerMutationVariables = Exact<{
  input: CreateInsurerInput;
}>;


export type CreateInsurerMutation = { createInsurer: { insurer: { id: string } } };

export type UpdateInsurerMutationVariables = Exact<{
  input: UpdateInsurerInput;
}>;


export type UpdateInsurerMutation = { updateInsurer: { insurer: { id: string, name: string, active: boolean, version: number } } };

export type UpdateInsuranceProductMutationVariables = Exact<{
  input: UpdateInsuranceProductInput;
}>;


export type UpdateInsuranceProductMutation = { updateInsuranceProduct: { product: { id: string, name: string, insuranceType: string | null, active: boolean, version: number } } };

export type CreateInsuranceProductMutationVariables = Exact<{
  input: CreateInsuranceProductInput;
}>;


export type CreateInsuranceProductMutation = { createInsuranceProduct: { product: { id: string } } };

export type ClientCardQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientCardQuery = { client: { id: string, kind: ClientKind, displayName: string, phones: Array<string>, phonesE164: Array<string>, emails: Array<string>, inn: string | null, address: string | null, notes: string | null, version: number, owner: { id: string, displayName: string }, mergedInto: { id: string, displayName: string } | null, deals: { edges: Array<{ node: { id: string, title: string, stage: DealStage } }> }, documents: Array<{ id: string, name: string }> } | null };

export type ClientsListQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ClientsListQuery = { clients: { edges: Array<{ node: { id: string, kind: ClientKind, displayName: string, phones: Array<string>, emails: Array<string>, inn: string | null, deals: { edges: Array<{ node: { id: string, title: string } }> } } }> } };

export type DeleteClientMutationVariables = Exact<{
  input: DeleteClientInput;
}>;


export type DeleteClientMutation = { deleteClient: { deletedClientId: string } };

export type ClientVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type ClientVersionQuery = { client: { id: string, displayName: string, version: number } | null };

export type MergeClientsMutationVariables = Exact<{
  input: MergeClientsInput;
}>;


export type MergeClientsMutation = { mergeClients: { client: { id: string }, movedDeals: Array<{ id: string }> } };

export type CreateClientMutationVariables = Exact<{
  input: CreateClientInput;
}>;


export type CreateClientMutation = { createClient: { client: { id: string } } };

export type DealAuditTrailQueryVariables = Exact<{
  id: string | number;
  language?: Language | null | undefined;
}>;


export type DealAuditTrailQuery = { deal: { id: string, auditTrail: { edges: Array<{ node: { id: string, occurredAt: string, actorKind: AuditActorKind, channel: AuditChannel, action: string, outcome: string, summary: string, actorUser: { displayName: string } | null, changes: Array<{ field: string, label: string, fromText: string, toText: string, fromUsers: Array<{ displayName: string } | null>, toUsers: Array<{ displayName: string } | null> }> } }> } } | null };

export type AuditEntryRowFragment = { id: string, occurredAt: string, actorKind: AuditActorKind, channel: AuditChannel, action: string, outcome: string, summary: string, actorUser: { displayName: string } | null, changes: Array<{ field: string, label: string, fromText: string, toText: string, fromUsers: Array<{ displayName: string } | null>, toUsers: Array<{ displayName: string } | null> }> };

export type DealCalculationsQueryVariables = Exact<{
  id: string | number;
}>;


export type DealCalculationsQuery = { deal: { id: string, calculations: Array<{ id: string, version: number, status: CalculationStatus, variantLabel: string | null, insuredObject: string | null, commissionRate: string | null, premium: { amount: string, currency: string } | null, commissionAmount: { amount: string, currency: string } | null, insurer: { id: string, name: string }, product: { id: string, name: string } }> } | null };

export type InsurersQueryVariables = Exact<{ [key: string]: never; }>;


export type InsurersQuery = { insurers: Array<{ id: string, name: string, products: Array<{ id: string, name: string }> }> };

export type AddCalculationMutationVariables = Exact<{
  input: AddCalculationInput;
}>;


export type AddCalculationMutation = { addCalculation: { calculation: { id: string } } };

export type ChooseCalculationMutationVariables = Exact<{
  input: ChooseCalculationInput;
}>;


export type ChooseCalculationMutation = { chooseCalculation: { chosen: { id: string, status: CalculationStatus } } };

export type DealCardQueryVariables = Exact<{
  id: string | number;
}>;


export type DealCardQuery = { deal: { id: string, title: string, stage: DealStage, version: number, insuranceType: string | null, reviewDate: string | null, reviewDateReason: string | null, reviewDateManual: boolean, expectedPremium: { amount: string, currency: string } | null, owner: { id: string, displayName: string }, client: { id: string, displayName: string, phones: Array<string>, emails: Array<string>, inn: string | null } } | null };

export type DealCardLiveSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DealCardLiveSubscription = { dealChanged: { kind: DealEventKind, eventId: string, deal: { id: string, version: number } } };

export type SetDealReviewDateMutationVariables = Exact<{
  input: SetDealReviewDateInput;
}>;


export type SetDealReviewDateMutation = { setDealReviewDate: { deal: { id: string, version: number, reviewDate: string | null } } };

export type SnoozeDealMutationVariables = Exact<{
  input: SnoozeDealInput;
}>;


export type SnoozeDealMutation = { snoozeDeal: { deal: { id: string, version: number, reviewDate: string | null } } };

export type DealDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type DealDocumentsQuery = { deal: { id: string, documentsFolder: { id: string, name: string, documents: Array<{ id: string }>, folders: Array<{ id: string, name: string, section: FolderSection | null, documents: Array<{ id: string }>, folders: Array<{ id: string, name: string, documents: Array<{ id: string }> }> }> } } | null };

export type FolderDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type FolderDocumentsQuery = { folder: { id: string, documents: Array<{ id: string, name: string, version: number, size: number, contentType: string, updatedAt: string, bytesDeletedAt: string | null, versions: Array<{ id: string, version: number, originalName: string, size: number, available: boolean, createdAt: string }> }> } };

export type DocumentRowFragment = { id: string, name: string, version: number, size: number, contentType: string, updatedAt: string, bytesDeletedAt: string | null, versions: Array<{ id: string, version: number, originalName: string, size: number, available: boolean, createdAt: string }> };

export type RequestUploadMutationVariables = Exact<{
  input: RequestUploadInput;
}>;


export type RequestUploadMutation = { requestUpload: { url: string, maxBytes: number, name: string } };

export type RequestDownloadMutationVariables = Exact<{
  input: RequestDownloadInput;
}>;


export type RequestDownloadMutation = { requestDownload: { url: string } };

export type DealJournalQueryVariables = Exact<{
  id: string | number;
}>;


export type DealJournalQuery = { deal: { id: string, journal: { edges: Array<{ node: { id: string, kind: JournalEntryKind, text: string, version: number, edited: boolean, createdAt: string, author: { id: string, displayName: string } | null } }> } } | null };

export type DealJournalHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type DealJournalHistoryQuery = { deal: { id: string, journal: { edges: Array<{ node: { id: string, history: Array<{ version: number, text: string, writtenAt: string }> } }> } } | null };

export type AddJournalEntryMutationVariables = Exact<{
  input: AddJournalEntryInput;
}>;


export type AddJournalEntryMutation = { addJournalEntry: { entry: { id: string } } };

export type EditJournalEntryMutationVariables = Exact<{
  input: EditJournalEntryInput;
}>;


export type EditJournalEntryMutation = { editJournalEntry: { entry: { id: string, version: number } } };

export type DealMoneySummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type DealMoneySummaryQuery = { deal: { id: string, moneySummaries: Array<{ currency: string, premiumPlanned: { amount: string, currency: string }, premiumPaid: { amount: string, currency: string }, commissionPlanned: { amount: string, currency: string }, commissionReceived: { amount: string, currency: string }, netIncome: { amount: string, currency: string } }> | null } | null };

export type DealPoliciesQueryVariables = Exact<{
  id: string | number;
}>;


export type DealPoliciesQuery = { deal: { id: string, policies: Array<{ id: string, number: string, status: PolicyStatus, version: number, startDate: string, endDate: string, premium: { amount: string, currency: string }, insurer: { id: string, name: string }, product: { id: string, name: string } }> } | null };

export type CreatePolicyMutationVariables = Exact<{
  input: CreatePolicyInput;
}>;


export type CreatePolicyMutation = { createPolicy: { policy: { id: string } } };

export type PolicyScheduleQueryVariables = Exact<{
  policyId: string | number;
}>;


export type PolicyScheduleQuery = { policySchedule: { policyId: string, version: number, hasOpenConflicts: boolean, instalments: Array<{ id: string, dueDate: string, status: PaymentStatus, version: number, amount: { amount: string, currency: string }, paid: { amount: string, currency: string }, outstanding: { amount: string, currency: string } }>, commissionIncomes: Array<{ id: string, expectedDate: string | null, status: PaymentStatus, version: number, amount: { amount: string, currency: string }, received: { amount: string, currency: string }, outstanding: { amount: string, currency: string } }> } | null };

export type RecordInstalmentPaymentMutationVariables = Exact<{
  input: RecordInstalmentPaymentInput;
}>;


export type RecordInstalmentPaymentMutation = { recordInstalmentPayment: { instalment: { id: string, status: PaymentStatus } } };

export type RecordCommissionReceiptMutationVariables = Exact<{
  input: RecordCommissionReceiptInput;
}>;


export type RecordCommissionReceiptMutation = { recordCommissionReceipt: { income: { id: string, status: PaymentStatus } } };

export type DealTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type DealTasksQuery = { deal: { id: string, tasks: { edges: Array<{ node: { id: string, kind: TaskKind, title: string, status: TaskStatus, version: number, dueDate: string | null, assignee: { id: string, displayName: string } | null } }> } } | null };

export type OrgUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgUsersQuery = { users: { edges: Array<{ node: { id: string, displayName: string, email: string, roles: Array<Role>, active: boolean } }> } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { task: { id: string } } };

export type ClientSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type ClientSearchQuery = { clients: { edges: Array<{ node: { id: string, displayName: string, phones: Array<string>, emails: Array<string>, inn: string | null } }> } };

export type ClientDuplicatesQueryVariables = Exact<{
  input: ClientDuplicateCheckInput;
}>;


export type ClientDuplicatesQuery = { clientDuplicates: Array<{ matchedOn: Array<DuplicateMatch>, client: { id: string, displayName: string } }> };

export type CreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type CreateDealMutation = { createDeal: { deal: { id: string } } };

export type ChangeDealStageMutationVariables = Exact<{
  input: ChangeDealStageInput;
}>;


export type ChangeDealStageMutation = { changeDealStage: { deal: { id: string, stage: DealStage, version: number } } };

export type DealStageCountsQueryVariables = Exact<{
  filter?: DealsFilter | null | undefined;
}>;


export type DealStageCountsQuery = { dealStageCounts: Array<{ stage: DealStage, count: number }> };

export type DealsListLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DealsListLiveSubscription = { myDealsChanged: { kind: DealEventKind, deal: { id: string } } };

export type DealsListQueryVariables = Exact<{
  filter?: DealsFilter | null | undefined;
  sort?: DealSort | null | undefined;
  first?: number | null | undefined;
}>;


export type DealsListQuery = { deals: { totalCount: number, edges: Array<{ node: { id: string, title: string, stage: DealStage, version: number, reviewDate: string | null, reviewDateReason: string | null, updatedAt: string, expectedPremium: { amount: string, currency: string } | null, client: { id: string, displayName: string }, owner: { id: string, displayName: string } } }> } };

export type UnreadNotificationsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsCountQuery = { unreadNotificationsCount: number };

export type NotificationsInboxQueryVariables = Exact<{
  filter?: NotificationFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type NotificationsInboxQuery = { notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, title: string, body: string, createdAt: string, readAt: string | null, archivedAt: string | null, deal: { id: string, title: string } | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: { marked: number, unreadCount: number } };

export type ArchiveNotificationsMutationVariables = Exact<{
  input: ArchiveNotificationsInput;
}>;


export type ArchiveNotificationsMutation = { archiveNotifications: { unreadCount: number } };

export type MarkNotificationsSeenMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkNotificationsSeenMutation = { markNotificationsSeen: number };

export type NotificationAddedLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedLiveSubscription = { notificationAdded: { notification: { id: string } } };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationSettings: { timeZone: string, telegramActive: boolean, quietHours: { start: string, end: string } | null, preferences: Array<{ kind: NotificationKind, channel: NotificationChannel, enabled: boolean, mandatory: boolean }> } };

export type NotificationSettingsFieldsFragment = { timeZone: string, telegramActive: boolean, quietHours: { start: string, end: string } | null, preferences: Array<{ kind: NotificationKind, channel: NotificationChannel, enabled: boolean, mandatory: boolean }> };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { timeZone: string, telegramActive: boolean, quietHours: { start: string, end: string } | null, preferences: Array<{ kind: NotificationKind, channel: NotificationChannel, enabled: boolean, mandatory: boolean }> } };

export type CommissionReportQueryVariables = Exact<{
  input: CommissionReportInput;
}>;


export type CommissionReportQuery = { commissionReport: Array<{ month: string, seller: { id: string, displayName: string }, planned: { amount: string, currency: string }, received: { amount: string, currency: string } }> };

export type CreateTelegramLinkCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateTelegramLinkCodeMutation = { createTelegramLinkCode: { code: string, expiresAt: string } };

export type MyTasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
}>;


export type MyTasksQuery = { myTasks: { edges: Array<{ node: { id: string, kind: TaskKind, title: string, status: TaskStatus, version: number, dueDate: string | null, deal: { id: string, title: string } | null, assignee: { id: string, displayName: string } | null } }> } };

export type MyTasksLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyTasksLiveSubscription = { myTasksChanged: { kind: TaskEventKind, task: { id: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TaskRowFragmentDoc = new TypedDocumentString(`
    fragment TaskRow on Task {
  id
  kind
  title
  status
  version
  dueDate
  assignee {
    id
    displayName
  }
}
    `, {"fragmentName":"TaskRow"}) as unknown as TypedDocumentString<TaskRowFragment, unknown>;
export const CrmSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CrmSettingsFields on CrmSettings {
  timeZone
  renewalLeadDays
  sellersSeeAllDeals
  today
  version
}
    `, {"fragmentName":"CrmSettingsFields"}) as unknown as TypedDocumentString<CrmSettingsFieldsFragment, unknown>;
export const AuditEntryRowFragmentDoc = new TypedDocumentString(`
    fragment AuditEntryRow on AuditEntry {
  id
  occurredAt
  actorKind
  actorUser {
    displayName
  }
  channel
  action
  outcome
  summary(language: $language)
  changes {
    field
    label(language: $language)
    fromText(language: $language)
    toText(language: $language)
    fromUsers {
      displayName
    }
    toUsers {
      displayName
    }
  }
}
    `, {"fragmentName":"AuditEntryRow"}) as unknown as TypedDocumentString<AuditEntryRowFragment, unknown>;
export const DocumentRowFragmentDoc = new TypedDocumentString(`
    fragment DocumentRow on Document {
  id
  name
  version
  size
  contentType
  updatedAt
  bytesDeletedAt
  versions {
    id
    version
    originalName
    size
    available
    createdAt
  }
}
    `, {"fragmentName":"DocumentRow"}) as unknown as TypedDocumentString<DocumentRowFragment, unknown>;
export const NotificationSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment NotificationSettingsFields on NotificationSettings {
  timeZone
  telegramActive
  quietHours {
    start
    end
  }
  preferences {
    kind
    channel
    enabled
    mandatory
  }
}
    `, {"fragmentName":"NotificationSettingsFields"}) as unknown as TypedDocumentString<NotificationSettingsFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    displayName
    roles
    organization {
      id
      name
    }
    telegram {
      telegramUsername
      linkedAt
    }
  }
  crmSettings {
    timeZone
  }
}
    `, {"hash":"sha256:8aeb91ad5171cb6203559881a226d06304e5876403873acba023083ec6a5a702"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ChangeTaskStatusDocument = new TypedDocumentString(`
    mutation ChangeTaskStatus($input: ChangeTaskStatusInput!) {
  changeTaskStatus(input: $input) {
    task {
      id
      status
      version
    }
  }
}
    `, {"hash":"sha256:d78d7a19468b7bffbf9aae52b20225c95c88d711038f6f4047098b53f2092fef"}) as unknown as TypedDocumentString<ChangeTaskStatusMutation, ChangeTaskStatusMutationVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    inviteToken
    invitation {
      id
      email
    }
  }
}
    `, {"hash":"sha256:177bd252468318f6aa149abe866547f695e18695ab88adcea56a151d7cc37f78"}) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys(first: 100, includeRevoked: true) {
    edges {
      node {
        id
        name
        prefix
        allowedOperations
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
}
    `, {"hash":"sha256:33e6ba06d87c52779b9f87e93f3b96f21aee8e1cef0a1a79653cfd6bf9a0e19a"}) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
    }
  }
}
    `, {"hash":"sha256:bfcb452e0bb3682353c3c4a60e4e52958ead6e18edb244d114f6ff91fae821d3"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      revokedAt
    }
  }
}
    `, {"hash":"sha256:969b06afaf6e786df17cc570c23779036fde744d79b2b57e0a5151c0f4435361"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditLogFilter, $after: String, $language: Language) {
  auditLog(filter: $filter, first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...AuditEntryRow
      }
    }
  }
}
    fragment AuditEntryRow on AuditEntry {
  id
  occurredAt
  actorKind
  actorUser {
    displayName
  }
  channel
  action
  outcome
  summary(language: $language)
  changes {
    field
    label(language: $language)
    fromText(language: $language)
    toText(language: $language)
    fromUsers {
      displayName
    }
    toUsers {
      displayName
    }
  }
}`, {"hash":"sha256:e3257b3907be4cc1567a2d59323d9dc95ee17c406391b2249e48be17eb21e8aa"}) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CrmSettingsDocument = new TypedDocumentString(`
    query CrmSettings {
  crmSettings {
    ...CrmSettingsFields
  }
}
    fragment CrmSettingsFields on CrmSettings {
  timeZone
  renewalLeadDays
  sellersSeeAllDeals
  today
  version
}`, {"hash":"sha256:d4cd31f37375fae956f7e754ce398248ced3d1271936c30ce434b9245ba17982"}) as unknown as TypedDocumentString<CrmSettingsQuery, CrmSettingsQueryVariables>;
export const UpdateCrmSettingsDocument = new TypedDocumentString(`
    mutation UpdateCrmSettings($input: UpdateCrmSettingsInput!) {
  updateCrmSettings(input: $input) {
    settings {
      ...CrmSettingsFields
    }
  }
}
    fragment CrmSettingsFields on CrmSettings {
  timeZone
  renewalLeadDays
  sellersSeeAllDeals
  today
  version
}`, {"hash":"sha256:d36d93e8e049f449f4a0b2e7b8457547ee4d1d50c260ca1f1bd14f6aba1012c3"}) as unknown as TypedDocumentString<UpdateCrmSettingsMutation, UpdateCrmSettingsMutationVariables>;
export const InsurersAdminDocument = new TypedDocumentString(`
    query InsurersAdmin {
  insurers(includeInactive: true) {
    id
    name
    active
    version
    products {
      id
      name
      insuranceType
      active
      version
      insurer {
        id
      }
    }
  }
}
    `, {"hash":"sha256:c9cc09452221a004a7cffdbeeb5bcd4d879b75cd9c60bc7a88cc994b98a7465c"}) as unknown as TypedDocumentString<InsurersAdminQuery, InsurersAdminQueryVariables>;
export const CreateInsurerDocument = new TypedDocumentString(`
    mutation CreateInsurer($input: CreateInsurerInput!) {
  createInsurer(input: $input) {
    insurer {
      id
    }
  }
}
    `, {"hash":"sha256:344bd86f8376412ede294e573ccb20a3c284484b3ad2277a25d95061b4c446e9"}) as unknown as TypedDocumentString<CreateInsurerMutation, CreateInsurerMutationVariables>;
export const UpdateInsurerDocument = new TypedDocumentString(`
    mutation UpdateInsurer($input: UpdateInsurerInput!) {
  updateInsurer(input: $input) {
    insurer {
      id
      name
      active
      version
    }
  }
}
    `, {"hash":"sha256:c7783884b6496ff42ae7010ee00922ae4ce1b1941c43c9392fb8e65ee5fe7796"}) as unknown as TypedDocumentString<UpdateInsurerMutation, UpdateInsurerMutationVariables>;
export const UpdateInsuranceProductDocument = new TypedDocumentString(`
    mutation UpdateInsuranceProduct($input: UpdateInsuranceProductInput!) {
  updateInsuranceProduct(input: $input) {
    product {
      id
      name
      insuranceType
      active
      version
    }
  }
}
    `, {"hash":"sha256:c514b363c2b5d203bd0aea59e76fcdeedd701b3e6f9a92b580dd08e7833cf27c"}) as unknown as TypedDocumentString<UpdateInsuranceProductMutation, UpdateInsuranceProductMutationVariables>;
export const CreateInsuranceProductDocument = new TypedDocumentString(`
    mutation CreateInsuranceProduct($input: CreateInsuranceProductInput!) {
  createInsuranceProduct(input: $input) {
    product {
      id
    }
  }
}
    `, {"hash":"sha256:832b48692de7911ac3ef2b715f796b72ffd9952339f2da6da9adba8e8f69d9bd"}) as unknown as TypedDocumentString<CreateInsuranceProductMutation, CreateInsuranceProductMutationVariables>;
export const ClientCardDocument = new TypedDocumentString(`
    query ClientCard($id: ID!) {
  client(id: $id) {
    id
    kind
    displayName
    phones
    phonesE164
    emails
    inn
    address
    notes
    version
    owner {
      id
      displayName
    }
    mergedInto {
      id
      displayName
    }
    deals(first: 50) {
      edges {
        node {
          id
          title
          stage
        }
      }
    }
    documents {
      id
      name
    }
  }
}
    `, {"hash":"sha256:f2867ec575d84564318645b0acaf50c398c9214ef4aeb33ec510a9cfab46d707"}) as unknown as TypedDocumentString<ClientCardQuery, ClientCardQueryVariables>;
export const ClientsListDocument = new TypedDocumentString(`
    query ClientsList($search: String) {
  clients(search: $search, first: 50) {
    edges {
      node {
        id
        kind
        displayName
        phones
        emails
        inn
        deals(first: 10) {
          edges {
            node {
              id
              title
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:b5e692e7942817df416f1dd0befe4b26d8876d2e1931f35988bb48a99dbc17fc"}) as unknown as TypedDocumentString<ClientsListQuery, ClientsListQueryVariables>;
export const DeleteClientDocument = new TypedDocumentString(`
    mutation DeleteClient($input: DeleteClientInput!) {
  deleteClient(input: $input) {
    deletedClientId
  }
}
    `, {"hash":"sha256:adb50a2cab3f07fac57e94d0ab51a5110b8324cd426bc4f5ce0a0df30d90398e"}) as unknown as TypedDocumentString<DeleteClientMutation, DeleteClientMutationVariables>;
export const ClientVersionDocument = new TypedDocumentString(`
    query ClientVersion($id: ID!) {
  client(id: $id) {
    id
    displayName
    version
  }
}
    `, {"hash":"sha256:8b2a42f780a9d8cf407ccb2cd442be3a22f53d675d6d052196fa0626513c52d2"}) as unknown as TypedDocumentString<ClientVersionQuery, ClientVersionQueryVariables>;
export const MergeClientsDocument = new TypedDocumentString(`
    mutation MergeClients($input: MergeClientsInput!) {
  mergeClients(input: $input) {
    client {
      id
    }
    movedDeals {
      id
    }
  }
}
    `, {"hash":"sha256:07ba4277f2d2fd9d1558de168d30b93e95f1f7eb492a21e514b4a7555e7cf4a9"}) as unknown as TypedDocumentString<MergeClientsMutation, MergeClientsMutationVariables>;
export const CreateClientDocument = new TypedDocumentString(`
    mutation CreateClient($input: CreateClientInput!) {
  createClient(input: $input) {
    client {
      id
    }
  }
}
    `, {"hash":"sha256:47e212db0f0a8e75cd097961a71fc7ba4dbecf7c78fdb656d38b9f82f22d2feb"}) as unknown as TypedDocumentString<CreateClientMutation, CreateClientMutationVariables>;
export const DealAuditTrailDocument = new TypedDocumentString(`
    query DealAuditTrail($id: ID!, $language: Language) {
  deal(id: $id) {
    id
    auditTrail(first: 50) {
      edges {
        node {
          ...AuditEntryRow
        }
      }
    }
  }
}
    fragment AuditEntryRow on AuditEntry {
  id
  occurredAt
  actorKind
  actorUser {
    displayName
  }
  channel
  action
  outcome
  summary(language: $language)
  changes {
    field
    label(language: $language)
    fromText(language: $language)
    toText(language: $language)
    fromUsers {
      displayName
    }
    toUsers {
      displayName
    }
  }
}`, {"hash":"sha256:58286421020c95204b2514dc8370ba6a2c998f8a8b9a7dd185910619f10854eb"}) as unknown as TypedDocumentString<DealAuditTrailQuery, DealAuditTrailQueryVariables>;
export const DealCalculationsDocument = new TypedDocumentString(`
    query DealCalculations($id: ID!) {
  deal(id: $id) {
    id
    calculations {
      id
      version
      status
      variantLabel
      insuredObject
      commissionRate
      premium {
        amount
        currency
      }
      commissionAmount {
        amount
        currency
      }
      insurer {
        id
        name
      }
      product {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:2eebfef12f71e026edfc2fd5610d318a9538ce89640d03f64132bc9b080e1a28"}) as unknown as TypedDocumentString<DealCalculationsQuery, DealCalculationsQueryVariables>;
export const InsurersDocument = new TypedDocumentString(`
    query Insurers {
  insurers {
    id
    name
    products {
      id
      name
    }
  }
}
    `, {"hash":"sha256:8c88e3bcb8a0bfc1d5a4c8d98005ccf983c1eec05e6b32c9bf227e18f076ab96"}) as unknown as TypedDocumentString<InsurersQuery, InsurersQueryVariables>;
export const AddCalculationDocument = new TypedDocumentString(`
    mutation AddCalculation($input: AddCalculationInput!) {
  addCalculation(input: $input) {
    calculation {
      id
    }
  }
}
    `, {"hash":"sha256:913876b8ea5cef76291c098902edc3afc4acd3025304e1983a9ff796973a6895"}) as unknown as TypedDocumentString<AddCalculationMutation, AddCalculationMutationVariables>;
export const ChooseCalculationDocument = new TypedDocumentString(`
    mutation ChooseCalculation($input: ChooseCalculationInput!) {
  chooseCalculation(input: $input) {
    chosen {
      id
      status
    }
  }
}
    `, {"hash":"sha256:1530af83c50ad8e08c6eb9cb6c3572a01671a34fff8d70790cff5242e6fd9c87"}) as unknown as TypedDocumentString<ChooseCalculationMutation, ChooseCalculationMutationVariables>;
export const DealCardDocument = new TypedDocumentString(`
    query DealCard($id: ID!) {
  deal(id: $id) {
    id
    title
    stage
    version
    insuranceType
    reviewDate
    reviewDateReason
    reviewDateManual
    expectedPremium {
      amount
      currency
    }
    owner {
      id
      displayName
    }
    client {
      id
      displayName
      phones
      emails
      inn
    }
  }
}
    `, {"hash":"sha256:e568ed8dda0f53f87ce600822f2dff3379ca0c9830e1beb4987170782c51fba2"}) as unknown as TypedDocumentString<DealCardQuery, DealCardQueryVariables>;
export const DealCardLiveDocument = new TypedDocumentString(`
    subscription DealCardLive($id: ID!) {
  dealChanged(id: $id) {
    kind
    eventId
    deal {
      id
      version
    }
  }
}
    `, {"hash":"sha256:7b1703d0a128e8439a2d1e7424ecc852cd2fac7b8b9b83bf992d539c9e3c92a8"}) as unknown as TypedDocumentString<DealCardLiveSubscription, DealCardLiveSubscriptionVariables>;
export const SetDealReviewDateDocument = new TypedDocumentString(`
    mutation SetDealReviewDate($input: SetDealReviewDateInput!) {
  setDealReviewDate(input: $input) {
    deal {
      id
      version
      reviewDate
    }
  }
}
    `, {"hash":"sha256:bc7e25381855e1ff81c72ecd8ac66b263e8eeeefc4a28fc25b394762d1a83333"}) as unknown as TypedDocumentString<SetDealReviewDateMutation, SetDealReviewDateMutationVariables>;
export const SnoozeDealDocument = new TypedDocumentString(`
    mutation SnoozeDeal($input: SnoozeDealInput!) {
  snoozeDeal(input: $input) {
    deal {
      id
      version
      reviewDate
    }
  }
}
    `, {"hash":"sha256:3e46435c8330ff673df0dc4660c34871e01d2845a504d90116a59bda25c2e145"}) as unknown as TypedDocumentString<SnoozeDealMutation, SnoozeDealMutationVariables>;
export const DealDocumentsDocument = new TypedDocumentString(`
    query DealDocuments($id: ID!) {
  deal(id: $id) {
    id
    documentsFolder {
      id
      name
      documents {
        id
      }
      folders {
        id
        name
        section
        documents {
          id
        }
        folders {
          id
          name
          documents {
            id
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:543d995f49eabe69f1f297e9d7d122b88110b28f250dde3b42fcc7e7d3177fff"}) as unknown as TypedDocumentString<DealDocumentsQuery, DealDocumentsQueryVariables>;
export const FolderDocumentsDocument = new TypedDocumentString(`
    query FolderDocuments($id: ID!) {
  folder(id: $id) {
    id
    documents {
      ...DocumentRow
    }
  }
}
    fragment DocumentRow on Document {
  id
  name
  version
  size
  contentType
  updatedAt
  bytesDeletedAt
  versions {
    id
    version
    originalName
    size
    available
    createdAt
  }
}`, {"hash":"sha256:71d8e469031454cbdb4e4514a100576d78fb0301e2370db57bd0f0e3e1ba478e"}) as unknown as TypedDocumentString<FolderDocumentsQuery, FolderDocumentsQueryVariables>;
export const RequestUploadDocument = new TypedDocumentString(`
    mutation RequestUpload($input: RequestUploadInput!) {
  requestUpload(input: $input) {
    url
    maxBytes
    name
  }
}
    `, {"hash":"sha256:75dbf09ec920b5988fb423a26fcd41e2bf19b5421000467399fa11682c7cb96b"}) as unknown as TypedDocumentString<RequestUploadMutation, RequestUploadMutationVariables>;
export const RequestDownloadDocument = new TypedDocumentString(`
    mutation RequestDownload($input: RequestDownloadInput!) {
  requestDownload(input: $input) {
    url
  }
}
    `, {"hash":"sha256:d432a604585a6c9f864695131031fb176e86c3cdaaa42c9688ce6b8820159b40"}) as unknown as TypedDocumentString<RequestDownloadMutation, RequestDownloadMutationVariables>;
export const DealJournalDocument = new TypedDocumentString(`
    query DealJournal($id: ID!) {
  deal(id: $id) {
    id
    journal(first: 100) {
      edges {
        node {
          id
          kind
          text
          version
          edited
          createdAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:5f3909e46a975b9b1d54833c75ea9bd490bf7289e8f420c0db208b3a147dd152"}) as unknown as TypedDocumentString<DealJournalQuery, DealJournalQueryVariables>;
export const DealJournalHistoryDocument = new TypedDocumentString(`
    query DealJournalHistory($id: ID!) {
  deal(id: $id) {
    id
    journal(first: 100) {
      edges {
        node {
          id
          history {
            version
            text
            writtenAt
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:538233a584327c1ae27369a00b818ff81d020f104837a2fb14e640c47d2b19e4"}) as unknown as TypedDocumentString<DealJournalHistoryQuery, DealJournalHistoryQueryVariables>;
export const AddJournalEntryDocument = new TypedDocumentString(`
    mutation AddJournalEntry($input: AddJournalEntryInput!) {
  addJournalEntry(input: $input) {
    entry {
      id
    }
  }
}
    `, {"hash":"sha256:9aa0781dd73aafe799ce6953ef9b04fd861d0a747b3b3f70edef226950da4e06"}) as unknown as TypedDocumentString<AddJournalEntryMutation, AddJournalEntryMutationVariables>;
export const EditJournalEntryDocument = new TypedDocumentString(`
    mutation EditJournalEntry($input: EditJournalEntryInput!) {
  editJournalEntry(input: $input) {
    entry {
      id
      version
    }
  }
}
    `, {"hash":"sha256:297bd2c089b4d617bdbc8096d75c163a98de9ece0754f890264396e4472e0c30"}) as unknown as TypedDocumentString<EditJournalEntryMutation, EditJournalEntryMutationVariables>;
export const DealMoneySummaryDocument = new TypedDocumentString(`
    query DealMoneySummary($id: ID!) {
  deal(id: $id) {
    id
    moneySummaries {
      currency
      premiumPlanned {
        amount
        currency
      }
      premiumPaid {
        amount
        currency
      }
      commissionPlanned {
        amount
        currency
      }
      commissionReceived {
        amount
        currency
      }
      netIncome {
        amount
        currency
      }
    }
  }
}
    `, {"hash":"sha256:a6f191e7f35a724a80e22ef1cd011e548a71f848e7f75b4eb9349d5f3a8c7702"}) as unknown as TypedDocumentString<DealMoneySummaryQuery, DealMoneySummaryQueryVariables>;
export const DealPoliciesDocument = new TypedDocumentString(`
    query DealPolicies($id: ID!) {
  deal(id: $id) {
    id
    policies {
      id
      number
      status
      version
      startDate
      endDate
      premium {
        amount
        currency
      }
      insurer {
        id
        name
      }
      product {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:b6d2cc9481a8260e58da4cf7fe9af07529bffacee59028b68f06123a7a7dab31"}) as unknown as TypedDocumentString<DealPoliciesQuery, DealPoliciesQueryVariables>;
export const CreatePolicyDocument = new TypedDocumentString(`
    mutation CreatePolicy($input: CreatePolicyInput!) {
  createPolicy(input: $input) {
    policy {
      id
    }
  }
}
    `, {"hash":"sha256:56b8112b8730422e792549caf5e00f0cba1429dd4a16e996b44e9377159f4f7a"}) as unknown as TypedDocumentString<CreatePolicyMutation, CreatePolicyMutationVariables>;
export const PolicyScheduleDocument = new TypedDocumentString(`
    query PolicySchedule($policyId: ID!) {
  policySchedule(policyId: $policyId) {
    policyId
    version
    hasOpenConflicts
    instalments {
      id
      dueDate
      status
      version
      amount {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      outstanding {
        amount
        currency
      }
    }
    commissionIncomes {
      id
      expectedDate
      status
      version
      amount {
        amount
        currency
      }
      received {
        amount
        currency
      }
      outstanding {
        amount
        currency
      }
    }
  }
}
    `, {"hash":"sha256:e68a21bcfc89d24639297de54b6d9ef5b083c5d5bdf12be5a7b98dabcec871b4"}) as unknown as TypedDocumentString<PolicyScheduleQuery, PolicyScheduleQueryVariables>;
export const RecordInstalmentPaymentDocument = new TypedDocumentString(`
    mutation RecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {
  recordInstalmentPayment(input: $input) {
    instalment {
      id
      status
    }
  }
}
    `, {"hash":"sha256:d98c4f90b09a0084e06e8887dce2b74a2cf6043e0f5be840500ce12eb9cf9a36"}) as unknown as TypedDocumentString<RecordInstalmentPaymentMutation, RecordInstalmentPaymentMutationVariables>;
export const RecordCommissionReceiptDocument = new TypedDocumentString(`
    mutation RecordCommissionReceipt($input: RecordCommissionReceiptInput!) {
  recordCommissionReceipt(input: $input) {
    income {
      id
      status
    }
  }
}
    `, {"hash":"sha256:c87871a7d685ad88101199a4510708396905c5a2fa721d97951a59eee7d01960"}) as unknown as TypedDocumentString<RecordCommissionReceiptMutation, RecordCommissionReceiptMutationVariables>;
export const DealTasksDocument = new TypedDocumentString(`
    query DealTasks($id: ID!) {
  deal(id: $id) {
    id
    tasks(first: 50) {
      edges {
        node {
          ...TaskRow
        }
      }
    }
  }
}
    fragment TaskRow on Task {
  id
  kind
  title
  status
  version
  dueDate
  assignee {
    id
    displayName
  }
}`, {"hash":"sha256:11e4383dc73f32079f0ea7d7dd9cf912fb9b223a2f06aca2437328cb058a7624"}) as unknown as TypedDocumentString<DealTasksQuery, DealTasksQueryVariables>;
export const OrgUsersDocument = new TypedDocumentString(`
    query OrgUsers {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        email
        roles
        active
      }
    }
  }
}
    `, {"hash":"sha256:2c6d4e13ce9329a150c0da416c820d4c1a2d5a91bd6d2841928ebaeff623b98a"}) as unknown as TypedDocumentString<OrgUsersQuery, OrgUsersQueryVariables>;
export const CreateTaskDocument = new TypedDocumentString(`
    mutation CreateTask($input: CreateTaskInput!) {
  createTask(input: $input) {
    task {
      id
    }
  }
}
    `, {"hash":"sha256:29907f752f38c54bf7a4a087aff569cd1c62b4d6c2e5a42d539cab2111f52eaa"}) as unknown as TypedDocumentString<CreateTaskMutation, CreateTaskMutationVariables>;
export const ClientSearchDocument = new TypedDocumentString(`
    query ClientSearch($search: String, $first: Int) {
  clients(search: $search, first: $first) {
    edges {
      node {
        id
        displayName
        phones
        emails
        inn
      }
    }
  }
}
    `, {"hash":"sha256:eb19138bf94b43e74f88dedfa317e4ac297c3d977efcec069ab26ae471cfb420"}) as unknown as TypedDocumentString<ClientSearchQuery, ClientSearchQueryVariables>;
export const ClientDuplicatesDocument = new TypedDocumentString(`
    query ClientDuplicates($input: ClientDuplicateCheckInput!) {
  clientDuplicates(input: $input) {
    client {
      id
      displayName
    }
    matchedOn
  }
}
    `, {"hash":"sha256:2dd6e9e334dffb2e99db19cc48af69f940898aebc603488244a57b7162649600"}) as unknown as TypedDocumentString<ClientDuplicatesQuery, ClientDuplicatesQueryVariables>;
export const CreateDealDocument = new TypedDocumentString(`
    mutation CreateDeal($input: CreateDealInput!) {
  createDeal(input: $input) {
    deal {
      id
    }
  }
}
    `, {"hash":"sha256:abd624a4fc33b522a4c92b97ec916e0b95101b4d4552c7ac6862d6a3976117e5"}) as unknown as TypedDocumentString<CreateDealMutation, CreateDealMutationVariables>;
export const ChangeDealStageDocument = new TypedDocumentString(`
    mutation ChangeDealStage($input: ChangeDealStageInput!) {
  changeDealStage(input: $input) {
    deal {
      id
      stage
      version
    }
  }
}
    `, {"hash":"sha256:d7b130f912825b187bf6036ed35afc51c33dafe8612756be8d3372b37e4f4b8a"}) as unknown as TypedDocumentString<ChangeDealStageMutation, ChangeDealStageMutationVariables>;
export const DealStageCountsDocument = new TypedDocumentString(`
    query DealStageCounts($filter: DealsFilter) {
  dealStageCounts(filter: $filter) {
    stage
    count
  }
}
    `, {"hash":"sha256:016f747f05198977746daa2a1dfd86ae15879a1f2e07459439f485f717839836"}) as unknown as TypedDocumentString<DealStageCountsQuery, DealStageCountsQueryVariables>;
export const DealsListLiveDocument = new TypedDocumentString(`
    subscription DealsListLive {
  myDealsChanged {
    kind
    deal {
      id
    }
  }
}
    `, {"hash":"sha256:87ac649e67f61fbc90af122c59e424bef576d92e8ef604c0d67cab8d67d8f8a8"}) as unknown as TypedDocumentString<DealsListLiveSubscription, DealsListLiveSubscriptionVariables>;
export const DealsListDocument = new TypedDocumentString(`
    query DealsList($filter: DealsFilter, $sort: DealSort, $first: Int) {
  deals(first: $first, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        id
        title
        stage
        version
        reviewDate
        reviewDateReason
        updatedAt
        expectedPremium {
          amount
          currency
        }
        client {
          id
          displayName
        }
        owner {
          id
          displayName
        }
      }
    }
  }
}
    `, {"hash":"sha256:4e1982a8074e84adf55d09aa532d6d25803a50759fe5b459285bfba317e3e5fe"}) as unknown as TypedDocumentString<DealsListQuery, DealsListQueryVariables>;
export const UnreadNotificationsCountDocument = new TypedDocumentString(`
    query UnreadNotificationsCount {
  unreadNotificationsCount
}
    `, {"hash":"sha256:8e2d4b3e74ae4e9a627fa7f90985f7f6e1864f5ba5b6a5221daa1a92c1cf66aa"}) as unknown as TypedDocumentString<UnreadNotificationsCountQuery, UnreadNotificationsCountQueryVariables>;
export const NotificationsInboxDocument = new TypedDocumentString(`
    query NotificationsInbox($filter: NotificationFilter, $first: Int) {
  notifications(filter: $filter, first: $first) {
    edges {
      node {
        id
        kind
        title
        body
        createdAt
        readAt
        archivedAt
        deal {
          id
          title
        }
      }
    }
  }
}
    `, {"hash":"sha256:1258eb1e7d5b2076c5e576cde7101fe2b5c8adc5963a2c8918b37fa7225d228f"}) as unknown as TypedDocumentString<NotificationsInboxQuery, NotificationsInboxQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    unreadCount
  }
}
    `, {"hash":"sha256:046c12c8008bb5ee5f737d2848c14c9ab1f5dd31e87ec39eff1133e1a367c014"}) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkAllNotificationsRead {
  markAllNotificationsRead {
    marked
    unreadCount
  }
}
    `, {"hash":"sha256:0803fe7f6295e542d3425b866b6fdd100456681d4742f3b0a139246000db622f"}) as unknown as TypedDocumentString<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const ArchiveNotificationsDocument = new TypedDocumentString(`
    mutation ArchiveNotifications($input: ArchiveNotificationsInput!) {
  archiveNotifications(input: $input) {
    unreadCount
  }
}
    `, {"hash":"sha256:1b768b2c04b5a4e1a9545f96323fbca54887b8a947d3f0110380689075f0a332"}) as unknown as TypedDocumentString<ArchiveNotificationsMutation, ArchiveNotificationsMutationVariables>;
export const MarkNotificationsSeenDocument = new TypedDocumentString(`
    mutation MarkNotificationsSeen {
  markNotificationsSeen
}
    `, {"hash":"sha256:a7c25c0bcaf93900e38298e31030140c067fb82a099143f35e84853d73f9ed17"}) as unknown as TypedDocumentString<MarkNotificationsSeenMutation, MarkNotificationsSeenMutationVariables>;
export const NotificationAddedLiveDocument = new TypedDocumentString(`
    subscription NotificationAddedLive {
  notificationAdded {
    notification {
      id
    }
  }
}
    `, {"hash":"sha256:d45c63aa220521c45fb217a0100ecd253e65c5f07384dbb27ab61980a491a254"}) as unknown as TypedDocumentString<NotificationAddedLiveSubscription, NotificationAddedLiveSubscriptionVariables>;
export const NotificationSettingsDocument = new TypedDocumentString(`
    query NotificationSettings {
  notificationSettings {
    ...NotificationSettingsFields
  }
}
    fragment NotificationSettingsFields on NotificationSettings {
  timeZone
  telegramActive
  quietHours {
    start
    end
  }
  preferences {
    kind
    channel
    enabled
    mandatory
  }
}`, {"hash":"sha256:b61a76f42c148ff2590cf1503e03624e0c5d3cf3b469e32454e38d1f0f9e1790"}) as unknown as TypedDocumentString<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    ...NotificationSettingsFields
  }
}
    fragment NotificationSettingsFields on NotificationSettings {
  timeZone
  telegramActive
  quietHours {
    start
    end
  }
  preferences {
    kind
    channel
    enabled
    mandatory
  }
}`, {"hash":"sha256:6779d2ff71ff30e4800615de85ab580c1b06b1391ebc85f769d1a539d7fd90b6"}) as unknown as TypedDocumentString<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const CommissionReportDocument = new TypedDocumentString(`
    query CommissionReport($input: CommissionReportInput!) {
  commissionReport(input: $input) {
    month
    seller {
      id
      displayName
    }
    planned {
      amount
      currency
    }
    received {
      amount
      currency
    }
  }
}
    `, {"hash":"sha256:d721072a440a1f81886a1fc983fd2a359cf76ceee7f27d87bd6fcf788a6e2635"}) as unknown as TypedDocumentString<CommissionReportQuery, CommissionReportQueryVariables>;
export const CreateTelegramLinkCodeDocument = new TypedDocumentString(`
    mutation CreateTelegramLinkCode {
  createTelegramLinkCode {
    code
    expiresAt
  }
}
    `, {"hash":"sha256:a1a2715742ba194fa5fb15924f95c26dde9fa3eba360cd928473ea80de85b84a"}) as unknown as TypedDocumentString<CreateTelegramLinkCodeMutation, CreateTelegramLinkCodeMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($filter: TaskFilter) {
  myTasks(relation: ASSIGNED_TO_ME, first: 100, filter: $filter) {
    edges {
      node {
        ...TaskRow
        deal {
          id
          title
        }
      }
    }
  }
}
    fragment TaskRow on Task {
  id
  kind
  title
  status
  version
  dueDate
  assignee {
    id
    displayName
  }
}`, {"hash":"sha256:b35e49e06ee953e0635421f70e46fa9745de400aa861287c74524ef15843e359"}) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MyTasksLiveDocument = new TypedDocumentString(`
    subscription MyTasksLive {
  myTasksChanged {
    kind
    task {
      id
    }
  }
}
    `, {"hash":"sha256:35223baea5583d6daec0957336388301aaa52e24c5a0dc1768c898aaf40b3231"}) as unknown as TypedDocumentString<MyTasksLiveSubscription, MyTasksLiveSubscriptionVariables>;