import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { RemoveFolderOfDeletedClient } from '../../services/deleted-client-folder';

/** `crm.client.deleted`: the client's folder and its own files go (ADR 0073). */
export function createClientDeletedConsumer(removeFolder: RemoveFolderOfDeletedClient): ConsumerDefinition {
  return {
    name: 'documents.client-deleted',
    events: ['crm.client.deleted'],
    async handle(envelope, tx) {
      const client = parseEventData('crm.client.deleted', envelope.data);
      await removeFolder(tx, { ...client, eventTime: new Date(envelope.time), actorId: envelope.actorid ?? null });
    },
  };
}
