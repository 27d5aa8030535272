import { createLogger, runMigrations } from '@crm/platform';
import { createTestDatabase, type TestDatabase } from '@crm/platform/testing';
import { createUserEventsPublisher } from '../events/user-events.publisher';
import { organizations, outbox, users } from '../db/schema';
import { createAuthServices } from './auth-services';
import { demoUsers, DEMO_PASSWORD, seedDemoOrganization } from './demo-seed';
import { createSigningKeys, generateSigningJwk } from './signing-keys';
import { createAuthSubgraph } from '../index';

describe('organisations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const signingKeys = await createSigningKeys([await generateSigningJwk()]);
    const auth = createAuthSubgraph({ db: database.handle.db, logger: createLogger({ name: 'test', level: 'silent' }), signingKeys });
    await runMigrations(database.handle, [auth.migrations]);
  });
  afterAll(() => database.drop());

  const build = async (events = createUserEventsPublisher()) =>
    createAuthServices({
      db: database.handle.db,
      logger: createLogger({ name: 'test', level: 'silent' }),
      signingKeys: await createSigningKeys([await generateSigningJwk()]),
      events,
    });

  it('writes nothing when the sign-up event cannot be written: the change and its event are one transaction', async () => {
    const real = createUserEventsPublisher();
    const services = await build({
      ...real,
      async userCreated(tx, user, actorId) {
        await real.userCreated(tx, user, actorId);
        throw new Error('broken after the outbox write');
      },
    });
    await expect(services.organizations.signUp({ organizationName: 'Doomed', email: 'doomed@x.test', password: 'long enough pw', displayName: 'D' }, '192.0.2.1')).rejects.toThrow(
      'broken after the outbox write',
    );
    expect(await database.handle.db.select().from(organizations)).toEqual([]);
    expect(await database.handle.db.select().from(users)).toEqual([]);
    expect(await database.handle.db.select().from(outbox)).toEqual([]);
  });

  it('seeds the demo organisation once, whose users log in with the demo password', async () => {
    const services = await build();
    await expect(seedDemoOrganization(services)).resolves.toMatch(/^[0-9a-f-]{36}$/);
    await expect(seedDemoOrganization({ services })).resolves.toBeNull();
    const rows = await database.handle.db.select().from(users);
    expect(rows.map((u) => [u.email, u.roles]).sort()).toEqual(demoUsers.map((u) => [u.email, u.roles]).sort());
    expect(await database.handle.db.select().from(organizations)).toHaveLength(1);
    expect((await database.handle.db.select().from(outbox)).map((e) => e.type)).toEqual(Array(3).fill('auth.user.created'));
    const session = await services.sessions.login({ email: 'seller@demo.local', password: DEMO_PASSWORD }, undefined);
    expect(session.user.roles).toEqual(['SELLER']);
  });
});
