import { randomUUID } from 'node:crypto';
import { TELEGRAM_SESSION_PREFIX, type Identity } from '../auth/identity';
import { auditActorOf } from './audit-actor';

const orgId = randomUUID();
const userId = randomUUID();
const user = (sessionId?: string): Identity => ({
  kind: 'user',
  userId,
  orgId,
  roles: ['SELLER'],
  ...(sessionId ? { session: { id: sessionId, tokenVersion: 0 } } : {}),
});

describe('auditActorOf', () => {
  it('tells a call through the bot (a telegram: session) from one through the web app', () => {
    expect(auditActorOf(user(`${TELEGRAM_SESSION_PREFIX}${randomUUID()}`))).toEqual({ actorKind: 'user', actorId: userId, channel: 'bot' });
    expect(auditActorOf(user(randomUUID()))).toEqual({ actorKind: 'user', actorId: userId, channel: 'web' });
    expect(auditActorOf(user())).toEqual({ actorKind: 'user', actorId: userId, channel: 'web' });
  });

  it('names partners and jobs by their service id', () => {
    expect(auditActorOf({ kind: 'service', serviceId: 'partner:key-1', orgId, scopes: [] })).toEqual({ actorKind: 'partner', actorId: 'partner:key-1', channel: 'partner' });
    expect(auditActorOf({ kind: 'service', serviceId: 'review-job', orgId, scopes: [] })).toEqual({ actorKind: 'system', actorId: 'review-job', channel: 'system' });
  });
});
