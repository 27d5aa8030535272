/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccessTokenForTelegramUserInput = {
  telegramUserId: string;
};

export type AddJournalEntryInput = {
  dealId: string | number;
  kind: JournalEntryKind;
  text: string;
};

export type AddTaskCommentInput = {
  taskId: string | number;
  text: string;
};

export type ChangeTaskStatusInput = {
  id: string | number;
  status: TaskStatus;
  version: number;
};

export type ClientKind =
  | 'COMPANY'
  | 'PERSON';

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

export type JournalEntryKind =
  | 'CALL'
  | 'MEETING'
  | 'NOTE'
  | 'SYSTEM';

/** The language notification texts are rendered in. */
export type Language =
  | 'EN'
  | 'RU';

export type LinkTelegramAccountInput = {
  code: string;
  telegramUserId: string;
  telegramUsername?: string | null | undefined;
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

/**
 * NEW → IN_PROGRESS | DONE | CANCELLED; IN_PROGRESS → NEW | DONE | CANCELLED.
 * DONE and CANCELLED are final for `changeTaskStatus`; `reopenTask` brings them back to NEW.
 */
export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NEW';

export type BotLinkTelegramAccountMutationVariables = Exact<{
  input: LinkTelegramAccountInput;
}>;


export type BotLinkTelegramAccountMutation = { linkTelegramAccount: { userId: string } };

export type BotAccessTokenForTelegramUserMutationVariables = Exact<{
  input: AccessTokenForTelegramUserInput;
}>;


export type BotAccessTokenForTelegramUserMutation = { accessTokenForTelegramUser: { accessToken: string, accessTokenExpiresAt: string, user: { id: string, displayName: string, organization: { id: string } } } };

export type BotUserSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type BotUserSettingsQuery = { notificationSettings: { language: Language }, crmSettings: { timeZone: string } };

export type BotMyOpenTasksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BotMyOpenTasksQuery = { myTasks: { edges: Array<{ node: { id: string, title: string, status: TaskStatus, version: number, dueDate: string | null, deal: { id: string, title: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BotTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type BotTaskQuery = { task: { id: string, title: string, status: TaskStatus, version: number } | null };

export type BotChangeTaskStatusMutationVariables = Exact<{
  input: ChangeTaskStatusInput;
}>;


export type BotChangeTaskStatusMutation = { changeTaskStatus: { task: { id: string, title: string, status: TaskStatus, version: number } } };

export type BotAddTaskCommentMutationVariables = Exact<{
  input: AddTaskCommentInput;
}>;


export type BotAddTaskCommentMutation = { addTaskComment: { task: { id: string } } };

export type BotDealsQueryVariables = Exact<{
  filter: DealsFilter;
  sort?: DealSort | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type BotDealsQuery = { deals: { totalCount: number, edges: Array<{ node: { id: string, title: string, reviewDate: string | null, version: number, client: { displayName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BotDealQueryVariables = Exact<{
  id: string | number;
}>;


export type BotDealQuery = { deal: { id: string, title: string, version: number, policies: Array<{ id: string, number: string }> } | null };

export type BotSnoozeDealMutationVariables = Exact<{
  input: SnoozeDealInput;
}>;


export type BotSnoozeDealMutation = { snoozeDeal: { deal: { id: string, reviewDate: string | null } } };

export type BotAddJournalEntryMutationVariables = Exact<{
  input: AddJournalEntryInput;
}>;


export type BotAddJournalEntryMutation = { addJournalEntry: { entry: { id: string } } };

export type BotPolicyInstalmentsQueryVariables = Exact<{
  policyId: string | number;
}>;


export type BotPolicyInstalmentsQuery = { policySchedule: { instalments: Array<{ id: string, dueDate: string, status: PaymentStatus, version: number, amount: { amount: string, currency: string }, outstanding: { amount: string, currency: string } }> } | null };

export type BotRecordInstalmentPaymentMutationVariables = Exact<{
  input: RecordInstalmentPaymentInput;
}>;


export type BotRecordInstalmentPaymentMutation = { recordInstalmentPayment: { instalment: { id: string, status: PaymentStatus, outstanding: { amount: string, currency: string } } } };

export type BotFindClientsQueryVariables = Exact<{
  search: string;
}>;


export type BotFindClientsQuery = { clients: { edges: Array<{ node: { id: string, displayName: string, phones: Array<string> } }> } };

export type BotCreateDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type BotCreateDealMutation = { createDeal: { deal: { id: string, title: string, client: { id: string, displayName: string } }, duplicates: Array<{ client: { id: string, displayName: string } }> } };

export type BotDealFolderSectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type BotDealFolderSectionsQuery = { deal: { id: string, documentsFolder: { id: string, folders: Array<{ id: string, section: FolderSection | null }> } } | null };

export type BotRequestDocumentUploadMutationVariables = Exact<{
  input: RequestUploadInput;
}>;


export type BotRequestDocumentUploadMutation = { requestUpload: { url: string, maxBytes: number, name: string } };

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

export const BotLinkTelegramAccountDocument = new TypedDocumentString(`
    mutation BotLinkTelegramAccount($input: LinkTelegramAccountInput!) {
  linkTelegramAccount(input: $input) {
    userId
  }
}
    `, {"hash":"sha256:136248ed33e2982881282d974a2a44ed50fa3d535b6b55265ae077ae514759a7"}) as unknown as TypedDocumentString<BotLinkTelegramAccountMutation, BotLinkTelegramAccountMutationVariables>;
export const BotAccessTokenForTelegramUserDocument = new TypedDocumentString(`
    mutation BotAccessTokenForTelegramUser($input: AccessTokenForTelegramUserInput!) {
  accessTokenForTelegramUser(input: $input) {
    accessToken
    accessTokenExpiresAt
    user {
      id
      displayName
      organization {
        id
      }
    }
  }
}
    `, {"hash":"sha256:7f867d9395eed000b8fd86ba17faf5ec2619a2efacbe566bafd88d28161417ca"}) as unknown as TypedDocumentString<BotAccessTokenForTelegramUserMutation, BotAccessTokenForTelegramUserMutationVariables>;
export const BotUserSettingsDocument = new TypedDocumentString(`
    query BotUserSettings {
  notificationSettings {
    language
  }
  crmSettings {
    timeZone
  }
}
    `, {"hash":"sha256:66de35c879968326cf578ed9888e5de24b402e62105b4f8be7445bab80043531"}) as unknown as TypedDocumentString<BotUserSettingsQuery, BotUserSettingsQueryVariables>;
export const BotMyOpenTasksDocument = new TypedDocumentString(`
    query BotMyOpenTasks($first: Int!, $after: String) {
  myTasks(
    relation: ASSIGNED_TO_ME
    first: $first
    after: $after
    filter: {status: [NEW, IN_PROGRESS]}
  ) {
    edges {
      node {
        id
        title
        status
        version
        dueDate
        deal {
          id
          title
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:673818aa89b433dd03d6312994af3a10141892a84a20a38680242997b6882f02"}) as unknown as TypedDocumentString<BotMyOpenTasksQuery, BotMyOpenTasksQueryVariables>;
export const BotTaskDocument = new TypedDocumentString(`
    query BotTask($id: ID!) {
  task(id: $id) {
    id
    title
    status
    version
  }
}
    `, {"hash":"sha256:030229358d798c03945297453294afb2f02545ffa9c30ab3fd4ac691cf575b19"}) as unknown as TypedDocumentString<BotTaskQuery, BotTaskQueryVariables>;
export const BotChangeTaskStatusDocument = new TypedDocumentString(`
    mutation BotChangeTaskStatus($input: ChangeTaskStatusInput!) {
  changeTaskStatus(input: $input) {
    task {
      id
      title
      status
      version
    }
  }
}
    `, {"hash":"sha256:2d6b7361cf9e80269d7bb846f218237cdc7b65cef3675779d7e54c25eed5d1a6"}) as unknown as TypedDocumentString<BotChangeTaskStatusMutation, BotChangeTaskStatusMutationVariables>;
export const BotAddTaskCommentDocument = new TypedDocumentString(`
    mutation BotAddTaskComment($input: AddTaskCommentInput!) {
  addTaskComment(input: $input) {
    task {
      id
    }
  }
}
    `, {"hash":"sha256:8ba5ddfa793f87c30ea9db142d50175e61ae719a8a3ecec9037cc9540d93a4b1"}) as unknown as TypedDocumentString<BotAddTaskCommentMutation, BotAddTaskCommentMutationVariables>;
export const BotDealsDocument = new TypedDocumentString(`
    query BotDeals($filter: DealsFilter!, $sort: DealSort, $first: Int!, $after: String) {
  deals(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges {
      node {
        id
        title
        reviewDate
        version
        client {
          displayName
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `, {"hash":"sha256:f10710d22fec60be10e04dbf806df6fef2bb3e4620cdcc7036898abe4413fecf"}) as unknown as TypedDocumentString<BotDealsQuery, BotDealsQueryVariables>;
export const BotDealDocument = new TypedDocumentString(`
    query BotDeal($id: ID!) {
  deal(id: $id) {
    id
    title
    version
    policies {
      id
      number
    }
  }
}
    `, {"hash":"sha256:06737bfdcb905d598f0b0c74491da7d039a2c90b5dadeb726d487c905fd12915"}) as unknown as TypedDocumentString<BotDealQuery, BotDealQueryVariables>;
export const BotSnoozeDealDocument = new TypedDocumentString(`
    mutation BotSnoozeDeal($input: SnoozeDealInput!) {
  snoozeDeal(input: $input) {
    deal {
      id
      reviewDate
    }
  }
}
    `, {"hash":"sha256:87f2b443f6bbcb01ddeb1e74a80ce825cb66729dc6459d26d76871ee535bf273"}) as unknown as TypedDocumentString<BotSnoozeDealMutation, BotSnoozeDealMutationVariables>;
export const BotAddJournalEntryDocument = new TypedDocumentString(`
    mutation BotAddJournalEntry($input: AddJournalEntryInput!) {
  addJournalEntry(input: $input) {
    entry {
      id
    }
  }
}
    `, {"hash":"sha256:9094ea1438e3ce787e5f4c13394582ff63c20569387f34f028e77417028457dc"}) as unknown as TypedDocumentString<BotAddJournalEntryMutation, BotAddJournalEntryMutationVariables>;
export const BotPolicyInstalmentsDocument = new TypedDocumentString(`
    query BotPolicyInstalments($policyId: ID!) {
  policySchedule(policyId: $policyId) {
    instalments {
      id
      dueDate
      status
      version
      amount {
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
    `, {"hash":"sha256:31891f6f3fa1b4be0a02b80272f5c81d0f0df5b3365a5baf1c97cc5958aa10b9"}) as unknown as TypedDocumentString<BotPolicyInstalmentsQuery, BotPolicyInstalmentsQueryVariables>;
export const BotRecordInstalmentPaymentDocument = new TypedDocumentString(`
    mutation BotRecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {
  recordInstalmentPayment(input: $input) {
    instalment {
      id
      status
      outstanding {
        amount
        currency
      }
    }
  }
}
    `, {"hash":"sha256:54a439b8213b4ffdeb6c98b0ae4b30e295888dce033abe4a47733268a95103cf"}) as unknown as TypedDocumentString<BotRecordInstalmentPaymentMutation, BotRecordInstalmentPaymentMutationVariables>;
export const BotFindClientsDocument = new TypedDocumentString(`
    query BotFindClients($search: String!) {
  clients(search: $search, first: 5) {
    edges {
      node {
        id
        displayName
        phones
      }
    }
  }
}
    `, {"hash":"sha256:714fc2904c5eac3ee8ff881b10c9fbec4bd0cf618556c4f60bd0351ecbbc0d74"}) as unknown as TypedDocumentString<BotFindClientsQuery, BotFindClientsQueryVariables>;
export const BotCreateDealDocument = new TypedDocumentString(`
    mutation BotCreateDeal($input: CreateDealInput!) {
  createDeal(input: $input) {
    deal {
      id
      title
      client {
        id
        displayName
      }
    }
    duplicates {
      client {
        id
        displayName
      }
    }
  }
}
    `, {"hash":"sha256:bced7e2740308feae5def6589d1baa01af2599940e8fd00618d5ee1e88110c3d"}) as unknown as TypedDocumentString<BotCreateDealMutation, BotCreateDealMutationVariables>;
export const BotDealFolderSectionsDocument = new TypedDocumentString(`
    query BotDealFolderSections($id: ID!) {
  deal(id: $id) {
    id
    documentsFolder {
      id
      folders {
        id
        section
      }
    }
  }
}
    `, {"hash":"sha256:8dcc5224a689273d2356a41f25e0976ecdfb4d559be77de82ed4209561452ea1"}) as unknown as TypedDocumentString<BotDealFolderSectionsQuery, BotDealFolderSectionsQueryVariables>;
export const BotRequestDocumentUploadDocument = new TypedDocumentString(`
    mutation BotRequestDocumentUpload($input: RequestUploadInput!) {
  requestUpload(input: $input) {
    url
    maxBytes
    name
  }
}
    `, {"hash":"sha256:74954f2f1176ec71871573c7382186174913739149deb491afeb3890c05a84cd"}) as unknown as TypedDocumentString<BotRequestDocumentUploadMutation, BotRequestDocumentUploadMutationVariables>;