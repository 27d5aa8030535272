/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation BotLinkTelegramAccount($input: LinkTelegramAccountInput!) {\n    linkTelegramAccount(input: $input) {\n      userId\n    }\n  }\n": typeof types.BotLinkTelegramAccountDocument,
    "\n  mutation BotAccessTokenForTelegramUser($input: AccessTokenForTelegramUserInput!) {\n    accessTokenForTelegramUser(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n        organization {\n          id\n        }\n      }\n    }\n  }\n": typeof types.BotAccessTokenForTelegramUserDocument,
    "\n  query BotUserSettings {\n    notificationSettings {\n      language\n    }\n    crmSettings {\n      timeZone\n    }\n  }\n": typeof types.BotUserSettingsDocument,
    "\n  query BotMyOpenTasks($first: Int!, $after: String) {\n    myTasks(relation: ASSIGNED_TO_ME, first: $first, after: $after, filter: { status: [NEW, IN_PROGRESS] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          version\n          dueDate\n          deal {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BotMyOpenTasksDocument,
    "\n  query BotTask($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      status\n      version\n    }\n  }\n": typeof types.BotTaskDocument,
    "\n  mutation BotChangeTaskStatus($input: ChangeTaskStatusInput!) {\n    changeTaskStatus(input: $input) {\n      task {\n        id\n        title\n        status\n        version\n      }\n    }\n  }\n": typeof types.BotChangeTaskStatusDocument,
    "\n  mutation BotAddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": typeof types.BotAddTaskCommentDocument,
    "\n  query BotDeals($filter: DealsFilter!, $sort: DealSort, $first: Int!, $after: String) {\n    deals(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          reviewDate\n          version\n          client {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.BotDealsDocument,
    "\n  query BotDeal($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      version\n      policies {\n        id\n        number\n      }\n    }\n  }\n": typeof types.BotDealDocument,
    "\n  mutation BotSnoozeDeal($input: SnoozeDealInput!) {\n    snoozeDeal(input: $input) {\n      deal {\n        id\n        reviewDate\n      }\n    }\n  }\n": typeof types.BotSnoozeDealDocument,
    "\n  mutation BotAddJournalEntry($input: AddJournalEntryInput!) {\n    addJournalEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": typeof types.BotAddJournalEntryDocument,
    "\n  query BotPolicyInstalments($policyId: ID!) {\n    policySchedule(policyId: $policyId) {\n      instalments {\n        id\n        dueDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.BotPolicyInstalmentsDocument,
    "\n  mutation BotRecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {\n    recordInstalmentPayment(input: $input) {\n      instalment {\n        id\n        status\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.BotRecordInstalmentPaymentDocument,
    "\n  query BotFindClients($search: String!) {\n    clients(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          displayName\n          phones\n        }\n      }\n    }\n  }\n": typeof types.BotFindClientsDocument,
    "\n  mutation BotCreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      deal {\n        id\n        title\n        client {\n          id\n          displayName\n        }\n      }\n      duplicates {\n        client {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.BotCreateDealDocument,
    "\n  query BotDealFolderSections($id: ID!) {\n    deal(id: $id) {\n      id\n      documentsFolder {\n        id\n        folders {\n          id\n          section\n        }\n      }\n    }\n  }\n": typeof types.BotDealFolderSectionsDocument,
    "\n  mutation BotRequestDocumentUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      url\n      maxBytes\n      name\n    }\n  }\n": typeof types.BotRequestDocumentUploadDocument,
};
const documents: Documents = {
    "\n  mutation BotLinkTelegramAccount($input: LinkTelegramAccountInput!) {\n    linkTelegramAccount(input: $input) {\n      userId\n    }\n  }\n": types.BotLinkTelegramAccountDocument,
    "\n  mutation BotAccessTokenForTelegramUser($input: AccessTokenForTelegramUserInput!) {\n    accessTokenForTelegramUser(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n        organization {\n          id\n        }\n      }\n    }\n  }\n": types.BotAccessTokenForTelegramUserDocument,
    "\n  query BotUserSettings {\n    notificationSettings {\n      language\n    }\n    crmSettings {\n      timeZone\n    }\n  }\n": types.BotUserSettingsDocument,
    "\n  query BotMyOpenTasks($first: Int!, $after: String) {\n    myTasks(relation: ASSIGNED_TO_ME, first: $first, after: $after, filter: { status: [NEW, IN_PROGRESS] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          version\n          dueDate\n          deal {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BotMyOpenTasksDocument,
    "\n  query BotTask($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      status\n      version\n    }\n  }\n": types.BotTaskDocument,
    "\n  mutation BotChangeTaskStatus($input: ChangeTaskStatusInput!) {\n    changeTaskStatus(input: $input) {\n      task {\n        id\n        title\n        status\n        version\n      }\n    }\n  }\n": types.BotChangeTaskStatusDocument,
    "\n  mutation BotAddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n": types.BotAddTaskCommentDocument,
    "\n  query BotDeals($filter: DealsFilter!, $sort: DealSort, $first: Int!, $after: String) {\n    deals(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          reviewDate\n          version\n          client {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.BotDealsDocument,
    "\n  query BotDeal($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      version\n      policies {\n        id\n        number\n      }\n    }\n  }\n": types.BotDealDocument,
    "\n  mutation BotSnoozeDeal($input: SnoozeDealInput!) {\n    snoozeDeal(input: $input) {\n      deal {\n        id\n        reviewDate\n      }\n    }\n  }\n": types.BotSnoozeDealDocument,
    "\n  mutation BotAddJournalEntry($input: AddJournalEntryInput!) {\n    addJournalEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n": types.BotAddJournalEntryDocument,
    "\n  query BotPolicyInstalments($policyId: ID!) {\n    policySchedule(policyId: $policyId) {\n      instalments {\n        id\n        dueDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.BotPolicyInstalmentsDocument,
    "\n  mutation BotRecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {\n    recordInstalmentPayment(input: $input) {\n      instalment {\n        id\n        status\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.BotRecordInstalmentPaymentDocument,
    "\n  query BotFindClients($search: String!) {\n    clients(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          displayName\n          phones\n        }\n      }\n    }\n  }\n": types.BotFindClientsDocument,
    "\n  mutation BotCreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      deal {\n        id\n        title\n        client {\n          id\n          displayName\n        }\n      }\n      duplicates {\n        client {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.BotCreateDealDocument,
    "\n  query BotDealFolderSections($id: ID!) {\n    deal(id: $id) {\n      id\n      documentsFolder {\n        id\n        folders {\n          id\n          section\n        }\n      }\n    }\n  }\n": types.BotDealFolderSectionsDocument,
    "\n  mutation BotRequestDocumentUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      url\n      maxBytes\n      name\n    }\n  }\n": types.BotRequestDocumentUploadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotLinkTelegramAccount($input: LinkTelegramAccountInput!) {\n    linkTelegramAccount(input: $input) {\n      userId\n    }\n  }\n"): typeof import('./graphql').BotLinkTelegramAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotAccessTokenForTelegramUser($input: AccessTokenForTelegramUserInput!) {\n    accessTokenForTelegramUser(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      user {\n        id\n        displayName\n        organization {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BotAccessTokenForTelegramUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotUserSettings {\n    notificationSettings {\n      language\n    }\n    crmSettings {\n      timeZone\n    }\n  }\n"): typeof import('./graphql').BotUserSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotMyOpenTasks($first: Int!, $after: String) {\n    myTasks(relation: ASSIGNED_TO_ME, first: $first, after: $after, filter: { status: [NEW, IN_PROGRESS] }) {\n      edges {\n        node {\n          id\n          title\n          status\n          version\n          dueDate\n          deal {\n            id\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').BotMyOpenTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotTask($id: ID!) {\n    task(id: $id) {\n      id\n      title\n      status\n      version\n    }\n  }\n"): typeof import('./graphql').BotTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotChangeTaskStatus($input: ChangeTaskStatusInput!) {\n    changeTaskStatus(input: $input) {\n      task {\n        id\n        title\n        status\n        version\n      }\n    }\n  }\n"): typeof import('./graphql').BotChangeTaskStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotAddTaskComment($input: AddTaskCommentInput!) {\n    addTaskComment(input: $input) {\n      task {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').BotAddTaskCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotDeals($filter: DealsFilter!, $sort: DealSort, $first: Int!, $after: String) {\n    deals(filter: $filter, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          title\n          reviewDate\n          version\n          client {\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').BotDealsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotDeal($id: ID!) {\n    deal(id: $id) {\n      id\n      title\n      version\n      policies {\n        id\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').BotDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotSnoozeDeal($input: SnoozeDealInput!) {\n    snoozeDeal(input: $input) {\n      deal {\n        id\n        reviewDate\n      }\n    }\n  }\n"): typeof import('./graphql').BotSnoozeDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotAddJournalEntry($input: AddJournalEntryInput!) {\n    addJournalEntry(input: $input) {\n      entry {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').BotAddJournalEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotPolicyInstalments($policyId: ID!) {\n    policySchedule(policyId: $policyId) {\n      instalments {\n        id\n        dueDate\n        status\n        version\n        amount {\n          amount\n          currency\n        }\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BotPolicyInstalmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotRecordInstalmentPayment($input: RecordInstalmentPaymentInput!) {\n    recordInstalmentPayment(input: $input) {\n      instalment {\n        id\n        status\n        outstanding {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BotRecordInstalmentPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotFindClients($search: String!) {\n    clients(search: $search, first: 5) {\n      edges {\n        node {\n          id\n          displayName\n          phones\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BotFindClientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotCreateDeal($input: CreateDealInput!) {\n    createDeal(input: $input) {\n      deal {\n        id\n        title\n        client {\n          id\n          displayName\n        }\n      }\n      duplicates {\n        client {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BotCreateDealDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BotDealFolderSections($id: ID!) {\n    deal(id: $id) {\n      id\n      documentsFolder {\n        id\n        folders {\n          id\n          section\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').BotDealFolderSectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BotRequestDocumentUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      url\n      maxBytes\n      name\n    }\n  }\n"): typeof import('./graphql').BotRequestDocumentUploadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
