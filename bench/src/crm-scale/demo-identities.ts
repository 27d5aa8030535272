import { postGraphQL } from '@crm/platform/testing';

export const DEMO_PASSWORD = 'demo12345';

export interface DemoUser {
  id: string;
  organizationId: string;
  accessToken: string;
}

/** Logs a demo user in through the router: the token for measuring, the ids for seeding. */
export async function loginDemoUser(routerUrl: string, email: string): Promise<DemoUser> {
  const result = await postGraphQL<{ login: { accessToken: string } }>(
    routerUrl,
    'mutation Login($email: String!, $password: String!) { login(input: {email: $email, password: $password}) { accessToken } }',
    { variables: { email, password: DEMO_PASSWORD } },
  );
  const accessToken = result.data?.login.accessToken;
  if (!accessToken) throw new Error(`login as ${email} failed: ${JSON.stringify(result.errors)}`);
  const me = await postGraphQL<{ me: { id: string; organization: { id: string } } }>(routerUrl, '{ me { id organization { id } } }', { token: accessToken });
  if (!me.data) throw new Error(`me as ${email} failed: ${JSON.stringify(me.errors)}`);
  return { id: me.data.me.id, organizationId: me.data.me.organization.id, accessToken };
}
