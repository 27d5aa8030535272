import { createKnownUsersReadModel } from '@crm/deal-access';
import type { Executor } from '@crm/platform';
import { and, arrayContains, eq } from 'drizzle-orm';
import { knownUsers } from '../db/schema';

/** The users read model (`@crm/deal-access`, fed by `auth.user.*`): who an organisation's active admins are. */
export function createOrganisationAdminsService() {
  const readModel = createKnownUsersReadModel(knownUsers);

  async function activeAdmins(tx: Executor, organizationId: string): Promise<string[]> {
    const rows = await tx
      .select({ userId: knownUsers.userId })
      .from(knownUsers)
      .where(and(eq(knownUsers.organizationId, organizationId), eq(knownUsers.active, true), arrayContains(knownUsers.roles, ['ADMIN'])));
    return rows.map((row) => row.userId);
  }

  /** Active admins per organisation, read once for one transaction (a consumer's batch). */
  function lookup(tx: Executor) {
    const read = new Map<string, Promise<string[]>>();
    return {
      activeAdmins: (organizationId: string) => {
        const admins = read.get(organizationId) ?? activeAdmins(tx, organizationId);
        read.set(organizationId, admins);
        return admins;
      },
    };
  }

  return { consumer: () => readModel.consumer('notifications.users'), apply: readModel.apply, lookup };
}

export type OrganisationAdminsService = ReturnType<typeof createOrganisationAdminsService>;
