import { eventually } from './support/eventually';
import { startTestSystem, type TestSystem } from './support/test-system';

// ADR 0076: live subscriptions over SSE (graphql-sse, distinct connections mode) on the router's
// `/graphql/stream`, the same schema, auth and limits as graphql-ws. Runs in both modes.

interface CardEvent {
  dealChanged: { kind: string; deal: { id: string; title: string; version: number } };
}

const CARD = 'subscription($id: ID!) { dealChanged(id: $id) { kind deal { id title version } } }';
const CREATE_DEAL = 'mutation($input: CreateDealInput!) { createDeal(input: $input) { deal { id version } } }';
const UPDATE_DEAL = 'mutation($input: UpdateDealInput!) { updateDeal(input: $input) { deal { id version } } }';

/** One SSE subscription read with fetch: every `next` event's payload, in order, until `stop()`. */
function sseSubscribe<T>(streamUrl: string, token: string | null, query: string, variables: Record<string, unknown>) {
  const abort = new AbortController();
  const results: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }[] = [];
  const response = fetch(streamUrl, {
    method: 'POST',
    headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const done = (async () => {
    const res = await response;
    if (!res.body || !res.headers.get('content-type')?.startsWith('text/event-stream')) return;
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of res.body) {
        buffered += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          const message = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = /^data: ?(.*)$/m.exec(message)?.[1];
          if (/^event: next$/m.test(message) && data) results.push(JSON.parse(data));
        }
      }
    } catch {
      // Aborted by stop().
    }
  })();
  return { response, results, done, stop: () => abort.abort() };
}

describe('live deal updates over SSE (graphql-sse on the router)', () => {
  let system: TestSystem;
  let seller: string;
  let streamUrl: string;

  type Versioned = { id: string; version: number };
  const createDeal = async (title: string): Promise<Versioned> => {
    const { data, errors } = await system.graphql<{ createDeal: { deal: Versioned } }>(CREATE_DEAL, { input: { title, newClient: { kind: 'PERSON', firstName: 'Ива', lastName: 'Поток' } } }, seller);
    expect(errors).toBeUndefined();
    return data!.createDeal.deal;
  };
  const rename = async (deal: Versioned, title: string): Promise<Versioned> => {
    const { data, errors } = await system.graphql<{ updateDeal: { deal: Versioned } }>(UPDATE_DEAL, { input: { id: deal.id, version: deal.version, title } }, seller);
    expect(errors).toBeUndefined();
    return data!.updateDeal.deal;
  };

  beforeAll(async () => {
    system = await startTestSystem();
    seller = await system.login('seller@demo.local');
    streamUrl = system.url.replace(/\/graphql$/, '/graphql/stream');
  });
  afterAll(() => system?.stop());

  it('the seller subscribed over SSE receives a change of the deal, read with the latest state', async () => {
    let deal = await createDeal('SSE 0');
    const live = sseSubscribe<CardEvent>(streamUrl, seller, CARD, { id: deal.id });
    expect((await live.response).status).toBe(200);
    let renames = 0;
    // Renamed until the stream delivers (the subscription is active once the first result arrives).
    await eventually(async () => {
      renames += 1;
      deal = await rename(deal, `SSE ${renames}`);
      expect(live.results.length).toBeGreaterThan(0);
    });
    deal = await rename(deal, 'SSE финал');
    await eventually(async () => expect(live.results.at(-1)?.data?.dealChanged).toEqual({ kind: 'UPDATED', deal: { id: deal.id, title: 'SSE финал', version: deal.version } }));
    expect(live.results.every((result) => result.errors === undefined)).toBe(true);
    live.stop();
    await live.done;
  });

  it('refuses a stream without a valid token (401) and a deal the caller cannot see (FORBIDDEN)', async () => {
    const anonymous = sseSubscribe<CardEvent>(streamUrl, null, CARD, { id: '00000000-0000-4000-8000-000000000000' });
    expect((await anonymous.response).status).toBe(401);
    const unknown = sseSubscribe<CardEvent>(streamUrl, seller, CARD, { id: '00000000-0000-4000-8000-000000000000' });
    await unknown.done;
    expect(unknown.results.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
