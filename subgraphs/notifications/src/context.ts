import type { BaseContext } from '@crm/platform';
import type { Language } from './messages/notification-kinds';
import type { NotificationsServices } from './services/notifications-services';

export interface NotificationsContext extends BaseContext {
  services: NotificationsServices;
  /** The reader's language (read once per request): notification texts are rendered in it. */
  language(): Promise<Language>;
}
