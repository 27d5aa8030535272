import type { EventEnvelope } from '@crm/contracts';
import type { Logger } from '../logger';
import { topicMatchesAny } from './topic-pattern';

interface Watcher {
  events: readonly string[];
  onEvent(envelope: EventEnvelope): void;
}

/** The in-process bus's `watch`: relayed envelopes handed to in-memory listeners, whose failures are only logged. */
export function createInProcessWatchers(logger: Logger) {
  const watchers = new Set<Watcher>();
  return {
    add(events: readonly string[], onEvent: Watcher['onEvent']): { close(): Promise<void> } {
      const watcher = { events, onEvent };
      watchers.add(watcher);
      return { close: async () => void watchers.delete(watcher) };
    },
    notify(envelopes: readonly EventEnvelope[]): void {
      for (const envelope of envelopes) {
        for (const watcher of watchers) {
          if (!topicMatchesAny(watcher.events, envelope.type)) continue;
          try {
            watcher.onEvent(envelope);
          } catch (err) {
            logger.warn({ err, type: envelope.type }, 'watched event not applied');
          }
        }
      }
    },
  };
}
