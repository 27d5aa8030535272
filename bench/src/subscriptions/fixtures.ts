import type { createGraphQLClient } from '../support/graphql-client';

type GraphQLClient = ReturnType<typeof createGraphQLClient>;

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { inviteToken } }';
const ACCEPT = 'mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { accessToken } }';
const CREATE_DEAL = 'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id version } } }';

export interface BenchDeal {
  id: string;
  version: number;
}

/** Runs `task(i)` for i in [0, count), `concurrency` at a time. */
export async function inParallel<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

export async function adminToken(client: GraphQLClient): Promise<string> {
  const { login } = await client.post<{ login: { accessToken: string } }>(LOGIN, { input: { email: 'admin@demo.local', password: 'demo12345' } });
  return login.accessToken;
}

/**
 * `count` admins of the demo organisation (invited and accepted), their access tokens: the router allows
 * 10 connections per user, so N sockets need N/10 users. Admins see every deal of the organisation.
 */
export async function benchUsers(client: GraphQLClient, admin: string, count: number): Promise<string[]> {
  return inParallel(count, 4, async (i) => {
    const email = `bench-live-${i}@bench.example.com`;
    const { inviteUser } = await client.post<{ inviteUser: { inviteToken: string } }>(INVITE, { input: { email, displayName: `Замер ${i}`, roles: ['ADMIN'] } }, admin);
    const { acceptInvite } = await client.post<{ acceptInvite: { accessToken: string } }>(ACCEPT, { input: { token: inviteUser.inviteToken, password: 'bench password 1' } });
    return acceptInvite.accessToken;
  });
}

export async function benchDeals(client: GraphQLClient, admin: string, count: number): Promise<BenchDeal[]> {
  return inParallel(count, 8, async (i) => {
    const input = { title: `Замер ${i}`, newClient: { kind: 'PERSON', firstName: 'Ива', lastName: `Замеров ${i}` } };
    return (await client.post<{ createDeal: { deal: BenchDeal } }>(CREATE_DEAL, { input }, admin)).createDeal.deal;
  });
}
