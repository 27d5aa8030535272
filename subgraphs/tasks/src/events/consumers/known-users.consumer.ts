import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { KnownUsersService } from '../../services/known-users.service';

/** Keeps the users read model (who may be an assignee) in step with Auth. */
export function createKnownUsersConsumer(knownUsers: KnownUsersService): ConsumerDefinition {
  return {
    name: 'tasks.users',
    events: ['auth.user.created', 'auth.user.roles_changed', 'auth.user.deactivated'],
    async handle(event, tx) {
      const eventTime = new Date(event.time);
      if (event.type === 'auth.user.created') {
        const data = parseEventData('auth.user.created', event.data);
        await knownUsers.apply(tx, { userId: data.userId, organizationId: data.organizationId, roles: data.roles, active: true, eventTime });
      } else if (event.type === 'auth.user.roles_changed') {
        const data = parseEventData('auth.user.roles_changed', event.data);
        await knownUsers.apply(tx, { userId: data.userId, organizationId: data.organizationId, roles: data.roles, eventTime });
      } else if (event.type === 'auth.user.deactivated') {
        const data = parseEventData('auth.user.deactivated', event.data);
        await knownUsers.apply(tx, { userId: data.userId, organizationId: data.organizationId, active: false, eventTime });
      }
    },
  };
}
