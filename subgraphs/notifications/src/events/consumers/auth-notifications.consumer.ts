import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { preview } from '../../messages/preview';
import type { NotifyService } from '../../services/notify.service';
import type { OrganisationAdminsService } from '../../services/organisation-admins.service';
import type { SeenDevicesService } from '../../services/seen-devices.service';
import { notifyingConsumer } from './batched-consumers';

/** A user agent quoted in a notification is cut to this length; the seen-devices table keeps only its hash. */
const DEVICE_PREVIEW = 120;

/**
 * Auth's security events: a user whose roles an admin changed, the organisation's other admins of a
 * new API key, a user of a sign-in from a device not seen before. The actor is never told.
 * A sign-in's device is recorded while its event is turned into drafts, in delivery order: in a batch,
 * a later sign-in sees the devices of the earlier ones, so the very first sign-in known is still no news.
 */
export function createAuthNotificationsConsumer(notify: NotifyService, admins: OrganisationAdminsService, devices: SeenDevicesService): ConsumerDefinition {
  return notifyingConsumer(
    {
      name: 'notifications.auth',
      events: ['auth.user.roles_changed', 'auth.api_key.created', 'auth.user.logged_in'],
      lookups: (tx) => admins.lookup(tx),
      async draftsOf(event, tx, adminLookup) {
        const base = { eventId: event.id, organizationId: event.orgid };
        if (event.type === 'auth.user.roles_changed') {
          const data = parseEventData('auth.user.roles_changed', event.data);
          return [{ ...base, kind: 'ROLES_CHANGED', params: { roles: data.roles.join(','), previousRoles: data.previousRoles.join(',') }, actorId: event.actorid ?? null, recipients: [data.userId] }];
        }
        if (event.type === 'auth.api_key.created') {
          const data = parseEventData('auth.api_key.created', event.data);
          const recipients = await adminLookup.activeAdmins(data.organizationId);
          return [{ ...base, kind: 'API_KEY_CREATED', params: { keyName: data.name }, actorId: event.actorid ?? data.createdBy, recipients }];
        }
        if (event.type === 'auth.user.logged_in') {
          const data = parseEventData('auth.user.logged_in', event.data);
          const userAgent = data.userAgent?.trim();
          if (!userAgent) return [];
          if (!(await devices.isNewDevice(tx, { userId: data.userId, organizationId: data.organizationId, userAgent, at: new Date(event.time) }))) return [];
          const device = preview(userAgent, DEVICE_PREVIEW);
          // The user signed in themselves: the notification is to them, from the system (no actor to leave out).
          return [{ ...base, kind: 'NEW_DEVICE_LOGIN', params: { device, clientAddress: data.clientAddress ?? '' }, actorId: null, recipients: [data.userId] }];
        }
        return [];
      },
    },
    notify,
  );
}
