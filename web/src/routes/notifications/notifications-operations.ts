import { graphql } from '../../__generated__';

export const UnreadNotificationsCountQuery = graphql(`
  query UnreadNotificationsCount {
    unreadNotificationsCount
  }
`);

export const NotificationsInboxQuery = graphql(`
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
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      marked
      unreadCount
    }
  }
`);

export const ArchiveNotificationsMutation = graphql(`
  mutation ArchiveNotifications($input: ArchiveNotificationsInput!) {
    archiveNotifications(input: $input) {
      unreadCount
    }
  }
`);

export const MarkNotificationsSeenMutation = graphql(`
  mutation MarkNotificationsSeen {
    markNotificationsSeen
  }
`);

/** The caller's new notifications, pushed by the router as they land in the inbox (issue 14 / ADR 0063). */
export const NotificationAddedLive = graphql(`
  subscription NotificationAddedLive {
    notificationAdded {
      notification {
        id
      }
    }
  }
`);

export const NotificationSettingsQuery = graphql(`
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
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      ...NotificationSettingsFields
    }
  }
`);
