import { graphql } from '../__generated__';

// Every operation the bot runs. `pnpm codegen` types them and writes schema/operations/bot.json, the
// manifest the router runs them from by id (ADR 0030); the bot never sends a document's text.

/** Bot credential only (ADR 0012). */
export const LinkTelegramAccount = graphql(`
  mutation BotLinkTelegramAccount($input: LinkTelegramAccountInput!) {
    linkTelegramAccount(input: $input) {
      userId
    }
  }
`);

/** Bot credential only: a 5-minute token to act as the linked, active user. */
export const AccessTokenForTelegramUser = graphql(`
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
`);

export const BotUserSettings = graphql(`
  query BotUserSettings {
    notificationSettings {
      language
    }
    crmSettings {
      timeZone
    }
  }
`);

export const MyOpenTasks = graphql(`
  query BotMyOpenTasks($first: Int!, $after: String) {
    myTasks(relation: ASSIGNED_TO_ME, first: $first, after: $after, filter: { status: [NEW, IN_PROGRESS] }) {
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
`);

export const TaskForBot = graphql(`
  query BotTask($id: ID!) {
    task(id: $id) {
      id
      title
      status
      version
    }
  }
`);

export const ChangeTaskStatus = graphql(`
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
`);

export const AddTaskComment = graphql(`
  mutation BotAddTaskComment($input: AddTaskCommentInput!) {
    addTaskComment(input: $input) {
      task {
        id
      }
    }
  }
`);

export const DealsList = graphql(`
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
`);

export const DealForBot = graphql(`
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
`);

export const SnoozeDeal = graphql(`
  mutation BotSnoozeDeal($input: SnoozeDealInput!) {
    snoozeDeal(input: $input) {
      deal {
        id
        reviewDate
      }
    }
  }
`);

export const AddJournalEntry = graphql(`
  mutation BotAddJournalEntry($input: AddJournalEntryInput!) {
    addJournalEntry(input: $input) {
      entry {
        id
      }
    }
  }
`);

export const PolicyInstalments = graphql(`
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
`);

export const RecordInstalmentPayment = graphql(`
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
`);

export const FindClients = graphql(`
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
`);

export const CreateDeal = graphql(`
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
`);

/** The deal's folder sections, to put a file sent to the bot into one of them. */
export const DealFolderSections = graphql(`
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
`);

/** A one-time upload link (Documents); the bot then streams the Telegram file to it. */
export const RequestDocumentUpload = graphql(`
  mutation BotRequestDocumentUpload($input: RequestUploadInput!) {
    requestUpload(input: $input) {
      url
      maxBytes
      name
    }
  }
`);
