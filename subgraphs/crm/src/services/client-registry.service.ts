import type { Identity } from '@crm/platform';
import { appError, ErrorCode, parseInput, platformText } from '@crm/platform';
import { and, count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { clients, deals } from '../db/schema';
import { crmText } from '../crm.texts';
import { requireAdmin, requireCaller } from './access';
import { probeOf, type ClientDuplicate, type ClientsService } from './clients.service';
import { idSchema, newClientShape, versionSchema } from './input-schemas';
import type { ServiceDeps } from './service-deps';

const duplicateCheckInput = z
  .object({ phones: newClientShape.shape.phones, emails: newClientShape.shape.emails, inn: newClientShape.shape.inn, excludeClientId: idSchema.nullish() })
  .refine((c) => (c.phones?.length ?? 0) + (c.emails?.length ?? 0) > 0 || !!c.inn, { path: ['phones'], message: crmText.reason('duplicateCheckEmpty') });

const deleteInput = z.object({ id: idSchema, version: versionSchema });

/** Before a client exists (the duplicate check a form runs) and after it is no longer wanted (deletion). */
export function createClientRegistryService({ db, events }: ServiceDeps, clientsService: Pick<ClientsService, 'findDuplicates'>) {
  /** The same check `createClient` answers with, run on contacts not saved yet; writes nothing. */
  async function checkDuplicates(caller: Identity | null, input: unknown): Promise<ClientDuplicate[]> {
    const { orgId } = requireCaller(caller);
    const data = parseInput(duplicateCheckInput, input);
    const probe = probeOf(orgId, data.excludeClientId ?? null, { phones: data.phones ?? [], emails: data.emails ?? [], inn: data.inn ?? null });
    return clientsService.findDuplicates(db, probe);
  }

  /**
   * An admin removes a client entered by mistake. Only a client without deals (archived ones count):
   * one with deals has history worth keeping, and merging is the way to get rid of the duplicate.
   * Clients merged into it earlier go with it (they have no deals either: merging moved them).
   */
  async function deleteClient(caller: Identity | null, input: unknown): Promise<{ deletedClientId: string }> {
    const admin = requireAdmin(caller);
    const data = parseInput(deleteInput, input);
    return db.transaction(async (tx) => {
      const [client] = await tx.select().from(clients).where(and(eq(clients.id, data.id), eq(clients.organizationId, admin.orgId))).for('update');
      if (!client || client.mergedIntoId) throw appError(ErrorCode.NotFound, { text: crmText('noSuchClient'), field: 'input.id' });
      if (client.version !== data.version) throw appError(ErrorCode.Conflict, { text: platformText('stale'), field: 'input.version' });
      const [dealCount] = await tx.select({ n: count() }).from(deals).where(eq(deals.clientId, client.id));
      if (dealCount!.n > 0) throw appError(ErrorCode.Conflict, { text: crmText('clientHasDeals', { count: dealCount!.n }), field: 'input.id' });
      // Merged sources chain to this client (A → B → this) and go with it.
      // One statement: the self-reference is checked once it has run, when none is left.
      await tx.execute(sql`
        WITH RECURSIVE chain AS (
          SELECT id FROM ${clients} WHERE id = ${client.id}
          UNION SELECT c.id FROM ${clients} c JOIN chain ON c.merged_into_id = chain.id
        )
        DELETE FROM ${clients} WHERE id IN (SELECT id FROM chain)`);
      await events.clientDeleted(tx, client, admin.userId);
      return { deletedClientId: client.id };
    });
  }

  return { checkDuplicates, deleteClient };
}
