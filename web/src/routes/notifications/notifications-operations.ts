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

/** Tasks and deals are what notifications are about: their live events are when the unread count may change. */
export const NotificationsTasksLive = graphql(`
  subscription NotificationsTasksLive {
    myTasksChanged {
      kind
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
