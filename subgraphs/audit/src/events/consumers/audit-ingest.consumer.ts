import type { ConsumerDefinition } from '@crm/platform/bus';
import type { RecorderService } from '../../services/recorder.service';
import { eventEntry } from '../../services/event-entries';
import { mutationEntry } from '../../services/mutation-entries';

/**
 * Every event of every subgraph (`#`), each recorded once: the bus's inbox dedupes by event id, and the
 * entry is appended in the inbox's transaction, so a redelivery after a broker restart adds nothing.
 */
export function createAuditIngestConsumer(recorder: RecorderService): ConsumerDefinition {
  return {
    name: 'audit.ingest',
    events: ['#'],
    async handle(event, tx) {
      await recorder.append(tx, event.type === 'audit.mutation_recorded' ? mutationEntry(event) : eventEntry(event));
    },
  };
}
