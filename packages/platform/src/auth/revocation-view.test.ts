import { randomUUID } from 'node:crypto';
import { createEnvelope, type EventPayload } from '@crm/contracts';
import { createTestDatabase, type TestDatabase } from '../testing';
import type { UserIdentity } from './identity';
import { createMemoryRevocationView, createRevocationView, ensureRevocationTables, revocationTables, type RevocationView } from './revocation-view';

const org = randomUUID();
const tokensRevoked = (userId: string, minTokenVersion: number) =>
  createEnvelope<EventPayload<'auth.user.tokens_revoked'>>({
    source: 'auth',
    type: 'auth.user.tokens_revoked',
    version: 1,
    orgId: org,
    data: { userId, organizationId: org, minTokenVersion, reason: 'roles_changed' },
  });
const sessionRevoked = (userId: string, sessionId: string) =>
  createEnvelope<EventPayload<'auth.session.revoked'>>({
    source: 'auth',
    type: 'auth.session.revoked',
    version: 1,
    orgId: org,
    data: { sessionId, userId, organizationId: org, reason: 'logout' },
  });
const token = (userId: string, sessionId: string, tokenVersion: number): UserIdentity => ({
  kind: 'user',
  userId,
  orgId: org,
  roles: ['ADMIN'],
  session: { id: sessionId, tokenVersion },
});

interface ViewUnderTest {
  apply(event: ReturnType<typeof tokensRevoked> | ReturnType<typeof sessionRevoked>): Promise<void>;
  isRevoked: RevocationView['isRevoked'];
}

describe.each([
  ['in the subgraph database', 'db'],
  ['in memory (router)', 'memory'],
] as const)('revocation view %s', (_label, kind) => {
  let database: TestDatabase | undefined;
  let view: ViewUnderTest;

  beforeAll(async () => {
    if (kind === 'memory') {
      const memory = createMemoryRevocationView();
      view = { apply: async (event) => memory.applyEvent(event), isRevoked: memory.isRevoked };
      return;
    }
    database = await createTestDatabase();
    await ensureRevocationTables(database.handle.db, 'probe');
    await ensureRevocationTables(database.handle.db, 'probe');
    const db = database.handle.db;
    const stored = createRevocationView(db, revocationTables('probe'));
    view = { apply: (event) => db.transaction((tx) => stored.apply(tx, event)), isRevoked: stored.isRevoked };
  });
  afterAll(() => database?.drop());

  it('voids a user’s tokens below the revoked version, keeps newer ones, and never goes back', async () => {
    const user = randomUUID();
    await view.apply(tokensRevoked(user, 3));
    expect(await view.isRevoked(token(user, 's1', 2))).toBe(true);
    expect(await view.isRevoked(token(user, 's1', 3))).toBe(false);
    await view.apply(tokensRevoked(user, 2));
    expect(await view.isRevoked(token(user, 's1', 2))).toBe(true);
    await view.apply(tokensRevoked(user, 5));
    expect(await view.isRevoked(token(user, 's1', 4))).toBe(true);
    expect(await view.isRevoked(token(randomUUID(), 's1', 1))).toBe(false);
  });

  it('voids every token of an ended session and only of it; a duplicate event changes nothing', async () => {
    const user = randomUUID();
    const ended = sessionRevoked(user, 'ended-session');
    await view.apply(ended);
    await view.apply(ended);
    expect(await view.isRevoked(token(user, 'ended-session', 9))).toBe(true);
    expect(await view.isRevoked(token(user, 'other-session', 9))).toBe(false);
  });

  it('never voids identities without token facts (service principals, test identities)', async () => {
    expect(await view.isRevoked({ kind: 'service', serviceId: 'bot', orgId: org, scopes: [] })).toBe(false);
    expect(await view.isRevoked({ kind: 'user', userId: randomUUID(), orgId: org, roles: [] })).toBe(false);
  });
});
