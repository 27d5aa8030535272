import type { AuditActorKind, AuditChannel } from '@crm/contracts';
import type { Identity } from '../auth/identity';

export interface AuditActor {
  actorKind: AuditActorKind;
  actorId: string | null;
  channel: AuditChannel;
}

/**
 * Who called, and through which channel, as the audit trail records it. People sign in through the web
 * app; a service principal is a partner's key (`partner:` id) or an internal job. The Telegram bot acts
 * with the linked user's own token, so it shows as that user (ADR 0040 says how it will be told apart).
 */
export function auditActorOf(identity: Identity): AuditActor {
  if (identity.kind === 'user') return { actorKind: 'user', actorId: identity.userId, channel: 'web' };
  if (identity.serviceId.startsWith('partner:')) return { actorKind: 'partner', actorId: identity.serviceId, channel: 'partner' };
  if (identity.serviceId.startsWith('bot')) return { actorKind: 'bot', actorId: identity.serviceId, channel: 'bot' };
  return { actorKind: 'system', actorId: identity.serviceId, channel: 'system' };
}
