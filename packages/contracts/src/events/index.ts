import type { EventContract } from './define-event';
import {
  authApiKeyCreated,
  authApiKeyRevoked,
  authSessionRevoked,
  authTelegramLinked,
  authTelegramUnlinked,
  authUserCreated,
  authUserDeactivated,
  authUserLoggedIn,
  authUserLoginFailed,
  authUserRolesChanged,
  authUserTokensRevoked,
} from './auth.events';
import { auditMutationRecorded } from './audit.events';
import * as crm from './crm.events';
import * as documents from './documents.events';
import * as notifications from './notifications.events';
import * as payments from './payments.events';
import * as tasks from './tasks.events';

export * from './define-event';
export * from './auth.events';
export * from './crm.events';
export * from './tasks.events';
export * from './payments.events';
export * from './audit.events';
export * from './documents.events';
export * from './notifications.events';

const contracts = [
  authUserCreated,
  authUserRolesChanged,
  authUserDeactivated,
  authUserTokensRevoked,
  authSessionRevoked,
  authApiKeyCreated,
  authApiKeyRevoked,
  authTelegramLinked,
  authTelegramUnlinked,
  authUserLoggedIn,
  authUserLoginFailed,
  crm.crmSettingsChanged,
  crm.crmClientCreated,
  crm.crmClientUpdated,
  crm.crmClientMerged,
  crm.crmClientDeleted,
  crm.crmDealCreated,
  crm.crmDealUpdated,
  crm.crmDealStageChanged,
  crm.crmDealReviewDue,
  crm.crmJournalEntryAdded,
  crm.crmCalculationAdded,
  crm.crmCalculationUpdated,
  crm.crmCalculationChosen,
  crm.crmPolicyCreated,
  crm.crmPolicyUpdated,
  tasks.tasksTaskCreated,
  tasks.tasksTaskAssigned,
  tasks.tasksTaskStatusChanged,
  tasks.tasksTaskCommented,
  payments.paymentsScheduleChanged,
  payments.paymentsInstalmentPaid,
  payments.paymentsIncomeReceived,
  payments.paymentsExpensePaid,
  payments.paymentsInstalmentOverdue,
  auditMutationRecorded,
  documents.documentsFileAdded,
  documents.documentsFileRemoved,
  notifications.notificationsNotificationAdded,
] as const;

type ContractMap<T extends readonly EventContract[]> = { [C in T[number] as C['type']]: C };

/** Every event the system publishes, by type name. A publisher may only emit what is listed here. */
export const eventContracts = Object.fromEntries(contracts.map((c) => [c.type, c])) as ContractMap<typeof contracts>;

export type EventType = keyof typeof eventContracts;
export type EventPayload<T extends EventType> = import('zod').infer<(typeof eventContracts)[T]['schema']>;

/** Parses a received envelope's data against its contract (consumers never trust the wire). */
export function parseEventData<T extends EventType>(type: T, data: unknown): EventPayload<T> {
  return eventContracts[type].schema.parse(data) as EventPayload<T>;
}
