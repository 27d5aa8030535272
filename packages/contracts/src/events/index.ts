import type { EventContract } from './define-event';
import { authUserCreated, authUserDeactivated, authUserRolesChanged } from './auth.events';

export * from './define-event';
export * from './auth.events';

/** Every event the system publishes, by type name. A publisher may only emit what is listed here. */
export const eventContracts = {
  [authUserCreated.type]: authUserCreated,
  [authUserRolesChanged.type]: authUserRolesChanged,
  [authUserDeactivated.type]: authUserDeactivated,
} satisfies Record<string, EventContract>;

export type EventType = keyof typeof eventContracts;
export type EventPayload<T extends EventType> = import('zod').infer<(typeof eventContracts)[T]['schema']>;
