import { createKnownUsersReadModel } from '@crm/deal-access';
import { knownUsers } from '../db/schema';

/** The users read model (`@crm/deal-access`): an assignee must be an active user of the caller's organisation. */
export function createKnownUsersService() {
  const readModel = createKnownUsersReadModel(knownUsers);
  return { ...readModel, requireAssignable: readModel.requireActiveMember };
}

export type KnownUsersService = ReturnType<typeof createKnownUsersService>;
