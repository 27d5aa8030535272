import { postGraphQL } from '@crm/platform/testing';
import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

const ME = 'query { me { id } }';
const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id version status assignee { id email } author { id email } } } }`;
const MY_TASKS = `query { myTasks(first: 10) { edges { node { title status author { email } } } } }`;

/** Tasks without a deal, through the router: what needs only Auth and Tasks. */
describe('tasks through the router', () => {
  let system: TestSystem;
  let sellerToken: string;
  let executorToken: string;
  let executorId: string;

  beforeAll(async () => {
    system = await startTestSystem();
    sellerToken = await system.login('seller@demo.local');
    executorToken = await system.login('executor@demo.local');
    executorId = (await system.graphql<{ me: { id: string } }>(ME, {}, executorToken)).data!.me.id;
  });
  afterAll(() => system?.stop());

  it('the demo users seeded before Tasks consumed anything reach its read model through auth.user.created', async () => {
    // The executor has never called Tasks: only Auth's relayed event can make them assignable.
    const created = await eventually(async () => {
      const result = await system.graphql<{ createTask: { task: { assignee: { email: string }; author: { email: string } } } }>(
        CREATE,
        { input: { kind: 'OTHER', title: 'Call the insurer back', assigneeId: executorId, dueDate: '2026-05-01' } },
        sellerToken,
      );
      expect(result.errors).toBeUndefined();
      return result.data!.createTask.task;
    });
    // Author and assignee are Auth's users, resolved by the router from the Auth subgraph.
    expect(created).toMatchObject({ assignee: { email: 'executor@demo.local' }, author: { email: 'seller@demo.local' } });
    const mine = await system.graphql<{ myTasks: { edges: { node: { title: string; author: { email: string } } }[] } }>(MY_TASKS, {}, executorToken);
    expect(mine.data?.myTasks.edges.map((e) => e.node)).toEqual([{ title: 'Call the insurer back', status: 'NEW', author: { email: 'seller@demo.local' } }]);
  });

  it('refuses an assignee of another organisation with a clear error', async () => {
    const signUp = await system.graphql<{ signUp: { accessToken: string; user: { id: string } } }>(
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }',
      { input: { organizationName: 'Other Brokerage', email: 'owner@other-tasks.example', password: 'other-pass-123', displayName: 'Other Owner' } },
    );
    const foreignId = signUp.data!.signUp.user.id;
    // Tasks knows the foreign user (their own call registers them), so the refusal is about the organisation, not an unknown id.
    const own = await system.graphql(CREATE, { input: { kind: 'OTHER', title: 'Self', assigneeId: foreignId } }, signUp.data!.signUp.accessToken);
    expect(own.errors).toBeUndefined();
    const result = await system.graphql(CREATE, { input: { kind: 'OTHER', title: 'Cross-tenant', assigneeId: foreignId } }, sellerToken);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.assigneeId' });
    expect(result.errors?.[0]?.message).toBe('input.assigneeId: должен быть активным пользователем вашей организации');
    // The same refusal for a client that reads English: the router passes Accept-Language on, the subgraph answers in it.
    const english = await postGraphQL(system.url, CREATE, { variables: { input: { kind: 'OTHER', title: 'Cross-tenant', assigneeId: foreignId } }, token: sellerToken, headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(english.errors?.[0]).toMatchObject({ message: 'input.assigneeId: must be an active user of your organisation', extensions: { code: 'BAD_USER_INPUT', reason: 'platform.activeMember' } });
  });
});
