import type { EventEnvelope } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import type { RecorderService } from '../../services/recorder.service';
import { eventEntry } from '../../services/event-entries';
import { mutationEntry } from '../../services/mutation-entries';

/** Deliveries appended per transaction on RabbitMQ (ADR 0065). */
export const AUDIT_INGEST_BATCH = 500;

const entryOf = (event: EventEnvelope) => (event.type === 'audit.mutation_recorded' ? mutationEntry(event) : eventEntry(event));

/**
 * Every event of every subgraph (`#`), each recorded once: the bus's inbox dedupes by event id, and the
 * entries are appended in the inbox's transaction, so a redelivery after a broker restart adds nothing.
 * On RabbitMQ up to `AUDIT_INGEST_BATCH` deliveries share one transaction and are acked after its commit.
 */
export function createAuditIngestConsumer(recorder: RecorderService): ConsumerDefinition {
  return {
    name: 'audit.ingest',
    events: ['#'],
    async handle(event, tx) {
      await recorder.append(tx, entryOf(event));
    },
    batch: {
      size: AUDIT_INGEST_BATCH,
      handle: (events, tx) => recorder.appendMany(tx, events.map(entryOf)).then(() => undefined),
    },
  };
}
