import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteToken } }`;
const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken refreshToken user { id version organization { name } } } }`;
const SET_ROLES = `mutation($input: SetUserRolesInput!) { setUserRoles(input: $input) { user { roles } } }`;
const DEACTIVATE = `mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { active } } }`;
const LOGOUT = `mutation($t: String!) { logout(input: { refreshToken: $t }) { loggedOut } }`;
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`;
/** One read per subgraph: CRM, Tasks, Payments and Auth each verify the token and check their own revocation view. */
const PER_SUBGRAPH = {
  crm: '{ deals(first: 1) { edges { node { id } } } }',
  tasks: '{ myTasks(first: 1) { edges { node { id } } } }',
  payments: '{ commissionReport(input: { from: "2026-01-01", to: "2026-12-31" }) { month } }',
  auth: '{ me { id } }',
};

interface Accepted {
  accessToken: string;
  refreshToken: string;
  user: { id: string; version: number };
}

/**
 * Issue 8, item 1: a demotion, a deactivation or a logout voids the access tokens already issued,
 * everywhere, through the revocation view every subgraph (and the router) keeps.
 */
describe('revoked access tokens, through the router', () => {
  let system: TestSystem;
  let admin: string;

  beforeAll(async () => {
    system = await startTestSystem();
    admin = await system.login('admin@demo.local');
  });
  afterAll(() => system?.stop());

  async function member(email: string, roles: string[]): Promise<Accepted> {
    const invited = await system.graphql<{ inviteUser: { inviteToken: string } }>(INVITE, { input: { email, displayName: email, roles } }, admin);
    expect(invited.errors).toBeUndefined();
    const accepted = await system.graphql<{ acceptInvite: Accepted & { user: { organization: { name: string } } } }>(ACCEPT, {
      input: { token: invited.data!.inviteUser.inviteToken, password: 'member password 1' },
    });
    expect(accepted.errors).toBeUndefined();
    // Item 13: the payload is readable in full by the identity just issued.
    expect(accepted.data!.acceptInvite.user.organization.name).toBe('Demo Brokerage');
    return accepted.data!.acceptInvite;
  }

  const refusedCode = async (query: string, token: string, variables: Record<string, unknown> = {}) => {
    const result = await system.graphql(query, variables, token);
    return result.errors?.[0]?.extensions?.code;
  };

  it('a demoted admin’s old token can no longer invite anyone (Auth re-checks its own rows at once)', async () => {
    const second = await member('second-admin@demo.local', ['ADMIN']);
    const demoted = await system.graphql(SET_ROLES, { input: { userId: second.user.id, roles: ['SELLER'], version: second.user.version } }, admin);
    expect(demoted.errors).toBeUndefined();
    const escalation = await system.graphql(INVITE, { input: { email: 'sneaky@demo.local', displayName: 'Sneaky', roles: ['ADMIN'] } }, second.accessToken);
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(escalation.errors?.[0]?.extensions?.code);
    expect(escalation.data ?? null).toBeNull();
    // And the old token is void everywhere soon after; a refresh gives a token with the new roles.
    await eventually(async () => expect(await refusedCode(PER_SUBGRAPH.crm, second.accessToken)).toBe('UNAUTHENTICATED'));
    const refreshed = await system.graphql<{ refresh: { accessToken: string } }>(
      `mutation($t: String!) { refresh(input: { refreshToken: $t }) { accessToken user { roles organization { name } } } }`,
      { t: second.refreshToken },
    );
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data!.refresh).toMatchObject({ user: { roles: ['SELLER'], organization: { name: 'Demo Brokerage' } } });
    expect(await refusedCode(PER_SUBGRAPH.crm, refreshed.data!.refresh.accessToken)).toBeUndefined();
  });

  it('a deactivated user’s old token is refused by CRM, Tasks, Payments and Auth, and creates no deal', async () => {
    const leaver = await member('leaver@demo.local', ['SELLER']);
    for (const query of Object.values(PER_SUBGRAPH)) expect(await refusedCode(query, leaver.accessToken)).toBeUndefined();
    const done = await system.graphql(DEACTIVATE, { input: { userId: leaver.user.id } }, admin);
    expect(done.errors).toBeUndefined();
    for (const [subgraph, query] of Object.entries(PER_SUBGRAPH)) {
      await eventually(async () => expect([subgraph, await refusedCode(query, leaver.accessToken)]).toEqual([subgraph, 'UNAUTHENTICATED']));
    }
    const deal = await system.graphql(CREATE_DEAL, { input: { title: 'After leaving', newClient: { kind: 'PERSON', firstName: 'Ghost', lastName: 'Client' } } }, leaver.accessToken);
    expect(deal.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const deals = await system.graphql<{ deals: { edges: Array<{ node: { title: string } }> } }>('{ deals(first: 100) { edges { node { title } } } }', {}, admin);
    expect(deals.data!.deals.edges.map((e) => e.node.title)).not.toContain('After leaving');
  });

  it('logout voids the session’s access token too, and only that session’s', async () => {
    const user = await member('logout@demo.local', ['SELLER']);
    const other = await system.login('logout@demo.local', 'member password 1');
    const out = await system.graphql(LOGOUT, { t: user.refreshToken });
    expect(out.errors).toBeUndefined();
    for (const [subgraph, query] of Object.entries(PER_SUBGRAPH)) {
      await eventually(async () => expect([subgraph, await refusedCode(query, user.accessToken)]).toEqual([subgraph, 'UNAUTHENTICATED']));
    }
    expect(await refusedCode(PER_SUBGRAPH.crm, other)).toBeUndefined();
  });
});
