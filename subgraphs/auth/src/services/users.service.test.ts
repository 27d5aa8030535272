import type { Identity } from '@crm/platform';
import { eq } from 'drizzle-orm';
import { outbox } from '../db/schema';
import { createAuthHarness, firstError, TEST_PASSWORD, type AuthHarness, type SignedUp } from '../testing/auth-harness';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteToken invitation { id email roles expiresAt } } }`;
const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken refreshToken user { id email displayName roles organization { name } } } }`;
const SET_ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { id roles version } } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { id active version } } }`;
const USERS = `query($first: Int, $after: String, $filter: UsersFilter) {
  users(first: $first, after: $after, filter: $filter) { edges { cursor node { id email roles } } pageInfo { hasNextPage endCursor } }
}`;
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id email } ... on Organization { id name } } }`;

interface Member {
  userId: string;
  identity: Identity;
  refreshToken: string;
}

describe('users: invitations, roles, deactivation, tenancy', () => {
  let h: AuthHarness;
  let acme: SignedUp;
  let other: SignedUp;

  const outboxTypes = async (orgId: string) =>
    (await h.database.handle.db.select().from(outbox).where(eq(outbox.orgId, orgId)).orderBy(outbox.seq)).map((e) => e.type);

  async function invite(admin: SignedUp, email: string, roles: string[]): Promise<Member> {
    const invited = await h.run<{ inviteUser: { inviteToken: string } }>(INVITE, {
      identity: admin.identity,
      variables: { input: { email, displayName: `Name of ${email}`, roles } },
    });
    expect(invited.errors).toBeUndefined();
    const accepted = await h.run<{ acceptInvite: { accessToken: string; refreshToken: string; user: { id: string } } }>(ACCEPT, {
      variables: { input: { token: invited.data!.inviteUser.inviteToken, password: TEST_PASSWORD } },
    });
    expect(accepted.errors).toBeUndefined();
    const { accessToken, refreshToken, user } = accepted.data!.acceptInvite;
    return { userId: user.id, identity: await h.verify(accessToken), refreshToken };
  }

  beforeAll(async () => {
    h = await createAuthHarness();
    acme = await h.signUp('Acme', 'admin@acme.test');
    other = await h.signUp('Other', 'admin@other.test');
  });
  afterAll(() => h.close());

  it('invites a user who accepts once, is signed in with the invited roles, and is announced', async () => {
    const invited = await h.run<{ inviteUser: { inviteToken: string; invitation: { email: string; roles: string[] } } }>(INVITE, {
      identity: acme.identity,
      variables: { input: { email: 'Seller@Acme.test', displayName: 'Sam Seller', roles: ['SELLER', 'EXECUTOR', 'SELLER'] } },
    });
    expect(invited.data!.inviteUser.invitation).toMatchObject({ email: 'seller@acme.test', roles: ['SELLER', 'EXECUTOR'] });
    const token = invited.data!.inviteUser.inviteToken;
    const accepted = await h.run<{ acceptInvite: { accessToken: string; user: { id: string } } }>(ACCEPT, {
      variables: { input: { token, password: TEST_PASSWORD } },
    });
    expect(accepted.data!.acceptInvite.user).toEqual(
      expect.objectContaining({ email: 'seller@acme.test', displayName: 'Sam Seller', roles: ['SELLER', 'EXECUTOR'], organization: { name: 'Acme' } }),
    );
    expect(await h.verify(accepted.data!.acceptInvite.accessToken)).toMatchObject({ orgId: acme.orgId, roles: ['SELLER', 'EXECUTOR'] });
    const again = await h.run(ACCEPT, { variables: { input: { token, password: TEST_PASSWORD } } });
    expect(firstError(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.token' });
    expect(await outboxTypes(acme.orgId)).toEqual(['auth.user.created', 'auth.user.created']);
  });

  it('lets only admins invite, and refuses an e-mail that already has an account', async () => {
    const seller = await invite(acme, 'plain@acme.test', ['SELLER']);
    const byNonAdmin = await h.run(INVITE, { identity: seller.identity, variables: { input: { email: 'x@acme.test', displayName: 'X', roles: ['SELLER'] } } });
    expect(firstError(byNonAdmin)?.code).toBe('FORBIDDEN');
    const taken = await h.run(INVITE, { identity: acme.identity, variables: { input: { email: 'admin@other.test', displayName: 'X', roles: ['SELLER'] } } });
    expect(firstError(taken)).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const noRoles = await h.run(INVITE, { identity: acme.identity, variables: { input: { email: 'y@acme.test', displayName: 'Y', roles: [] } } });
    expect(firstError(noRoles)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.roles' });
  });

  it('sets several roles with the version read, refuses a stale version, and publishes the change', async () => {
    const member = await invite(acme, 'roles@acme.test', ['SELLER']);
    const changed = await h.run<{ setUserRoles: { user: { roles: string[]; version: number } } }>(SET_ROLES, {
      identity: acme.identity,
      variables: { input: { userId: member.userId, roles: ['SELLER', 'EXECUTOR'], version: 1 } },
    });
    expect(changed.data!.setUserRoles.user).toMatchObject({ roles: ['SELLER', 'EXECUTOR'], version: 2 });
    const stale = await h.run(SET_ROLES, { identity: acme.identity, variables: { input: { userId: member.userId, roles: ['ADMIN'], version: 1 } } });
    expect(firstError(stale)).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    const forbidden = await h.run(SET_ROLES, { identity: member.identity, variables: { input: { userId: member.userId, roles: ['ADMIN'], version: 2 } } });
    expect(firstError(forbidden)?.code).toBe('FORBIDDEN');
    const events = await h.database.handle.db.select().from(outbox).where(eq(outbox.type, 'auth.user.roles_changed'));
    expect(events.map((e) => e.envelope.data)).toEqual([
      { userId: member.userId, organizationId: acme.orgId, previousRoles: ['SELLER'], roles: ['SELLER', 'EXECUTOR'] },
    ]);
    const revoked = await h.database.handle.db.select().from(outbox).where(eq(outbox.type, 'auth.user.tokens_revoked'));
    expect(revoked.map((e) => e.envelope.data)).toContainEqual({ userId: member.userId, organizationId: acme.orgId, minTokenVersion: 2, reason: 'roles_changed' });
  });

  it('re-checks an admin’s current roles in its own database: a demoted admin’s old token invites nobody', async () => {
    const second = await invite(acme, 'second-admin@acme.test', ['ADMIN']);
    const demoted = await h.run(SET_ROLES, { identity: acme.identity, variables: { input: { userId: second.userId, roles: ['SELLER'], version: 1 } } });
    expect(demoted.errors).toBeUndefined();
    // `second.identity` still says ADMIN, as the old access token does.
    const escalation = await h.run(INVITE, { identity: second.identity, variables: { input: { email: 'new-admin@acme.test', displayName: 'N', roles: ['ADMIN'] } } });
    expect(firstError(escalation)?.code).toBe('FORBIDDEN');
    const key = await h.run(`mutation { createApiKey(input: { name: "k" }) { secret } }`, { identity: second.identity });
    expect(firstError(key)?.code).toBe('FORBIDDEN');
    const roles = await h.run(SET_ROLES, { identity: second.identity, variables: { input: { userId: second.userId, roles: ['ADMIN'], version: 2 } } });
    expect(firstError(roles)?.code).toBe('FORBIDDEN');
  });

  it('keeps at least one administrator', async () => {
    const self = await h.run(SET_ROLES, { identity: acme.identity, variables: { input: { userId: acme.userId, roles: ['SELLER'], version: 1 } } });
    expect(firstError(self)).toMatchObject({ code: 'CONFLICT', field: 'input.roles' });
  });

  it('deactivates a user: no login, no refresh, an event, and admins only', async () => {
    const member = await invite(acme, 'leaver@acme.test', ['EXECUTOR']);
    expect(firstError(await h.run(DEACTIVATE, { identity: member.identity, variables: { input: { userId: acme.userId } } }))?.code).toBe('FORBIDDEN');
    const done = await h.run(DEACTIVATE, { identity: acme.identity, variables: { input: { userId: member.userId, version: 1 } } });
    expect(done.data).toEqual({ deactivateUser: { user: { id: member.userId, active: false, version: 2 } } });
    const login = await h.run(`mutation { login(input: { email: "leaver@acme.test", password: "${TEST_PASSWORD}" }) { accessToken } }`);
    expect(firstError(login)).toMatchObject({ code: 'UNAUTHENTICATED', message: 'Неверный адрес электронной почты или пароль' });
    const refresh = await h.run(`mutation($t: String!) { refresh(input: { refreshToken: $t }) { accessToken } }`, { variables: { t: member.refreshToken } });
    expect(firstError(refresh)?.code).toBe('UNAUTHENTICATED');
    expect(firstError(await h.run(`{ me { id } }`, { identity: member.identity }))?.code).toBe('UNAUTHENTICATED');
    const events = await h.database.handle.db.select().from(outbox).where(eq(outbox.type, 'auth.user.deactivated'));
    expect(events.map((e) => e.envelope.subject)).toEqual([member.userId]);
  });

  it('pages through the organisation users by e-mail and filters by role', async () => {
    const first = await h.run<{ users: { edges: { node: { email: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(USERS, {
      identity: acme.identity,
      variables: { first: 2 },
    });
    const emails = first.data!.users.edges.map((e) => e.node.email);
    expect(emails).toEqual([...emails].sort());
    expect(first.data!.users.pageInfo.hasNextPage).toBe(true);
    const rest = await h.run<{ users: { edges: { node: { email: string } }[] } }>(USERS, {
      identity: acme.identity,
      variables: { first: 100, after: first.data!.users.pageInfo.endCursor },
    });
    const all = [...emails, ...rest.data!.users.edges.map((e) => e.node.email)];
    expect(all.every((e) => e.endsWith('@acme.test'))).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    const admins = await h.run<{ users: { edges: { node: { email: string } }[] } }>(USERS, { identity: acme.identity, variables: { filter: { role: 'ADMIN' } } });
    expect(admins.data!.users.edges.map((e) => e.node.email)).toEqual(['admin@acme.test']);
    expect(firstError(await h.run(USERS, { identity: acme.identity, variables: { after: 'garbage' } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it("never shows another organisation's users, directly or through _entities", async () => {
    const list = await h.run<{ users: { edges: { node: { email: string } }[] } }>(USERS, { identity: other.identity });
    expect(list.data!.users.edges.map((e) => e.node.email)).toEqual(['admin@other.test']);
    const reps = [
      { __typename: 'User', id: acme.userId },
      { __typename: 'User', id: other.userId },
      { __typename: 'Organization', id: acme.orgId },
      { __typename: 'Organization', id: other.orgId },
      { __typename: 'User', id: 'not-a-uuid' },
    ];
    const entities = await h.run(ENTITIES, { identity: other.identity, variables: { reps } });
    expect(entities.errors).toBeUndefined();
    expect(entities.data).toEqual({
      _entities: [null, { id: other.userId, email: 'admin@other.test' }, null, { id: other.orgId, name: 'Other' }, null],
    });
    const crossRoles = await h.run(SET_ROLES, { identity: other.identity, variables: { input: { userId: acme.userId, roles: ['SELLER'], version: 1 } } });
    expect(firstError(crossRoles)?.code).toBe('NOT_FOUND');
    const crossDeactivate = await h.run(DEACTIVATE, { identity: other.identity, variables: { input: { userId: acme.userId } } });
    expect(firstError(crossDeactivate)?.code).toBe('NOT_FOUND');
  });
});
