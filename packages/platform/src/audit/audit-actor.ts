import type { AuditActorKind, AuditChannel } from '@crm/contracts';
import { TELEGRAM_SESSION_PREFIX, type Identity } from '../auth/identity';

export interface AuditActor {
  actorKind: AuditActorKind;
  actorId: string | null;
  channel: AuditChannel;
}

/**
 * Who called, and through which channel, as the audit trail records it. People sign in through the web
 * app, or act through the Telegram bot with a token of a `telegram:` session (the user, channel `bot`);
 * a service principal is a partner's key (`partner:` id) or an internal job.
 */
export function auditActorOf(identity: Identity): AuditActor {
  if (identity.kind === 'user') {
    return { actorKind: 'user', actorId: identity.userId, channel: identity.session?.id.startsWith(TELEGRAM_SESSION_PREFIX) ? 'bot' : 'web' };
  }
  if (identity.serviceId.startsWith('partner:')) return { actorKind: 'partner', actorId: identity.serviceId, channel: 'partner' };
  if (identity.serviceId.startsWith('bot')) return { actorKind: 'bot', actorId: identity.serviceId, channel: 'bot' };
  return { actorKind: 'system', actorId: identity.serviceId, channel: 'system' };
}
