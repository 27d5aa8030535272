import type { BusStats } from './types';

export function createBusStats(): BusStats {
  return { published: 0, unroutable: 0, processed: 0, duplicates: 0, retried: 0, deadLettered: 0 };
}
