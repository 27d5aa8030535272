import { startTestSystem, type TestSystem } from './support/test-system';
import { eventually } from './support/eventually';

// ADR 0057: one scrape on the metrics port shows every component of the process, with labels from
// closed sets; the public port serves no /metrics once a metrics port is configured.

const CREATE_DEAL = `mutation BotCreateDeal($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`;

/** `name{labels} value` lines of one metric, labels parsed. */
function series(text: string, name: string): { labels: Record<string, string>; value: number }[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .map((line) => {
      const match = /^[^{ ]+(?:\{(.*)\})? (\S+)$/.exec(line);
      const labels = Object.fromEntries([...(match?.[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      return { labels, value: Number(match?.[2]) };
    });
}

describe('metrics on the metrics port', () => {
  let system: TestSystem;
  let seller: string;
  const scrape = async () => {
    const response = await fetch(system.metricsUrl!);
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    system = await startTestSystem({ metricsPort: 0 });
    seller = await system.login('seller@demo.local');
  });
  afterAll(() => system?.stop());

  it('keeps /metrics off the public port', async () => {
    expect((await fetch(system.url.replace(/\/graphql$/, '/metrics'))).status).toBe(404);
    expect((await fetch(system.metricsUrl!.replace(/\/metrics$/, '/graphql'))).status).toBe(404);
  });

  it('shows the router, each subgraph, the bus and the business counters after a deal is created', async () => {
    const created = await system.graphql(
      CREATE_DEAL,
      { input: { title: 'ОСАГО метрики', insuranceType: 'OSAGO', newClient: { kind: 'PERSON', firstName: 'Пётр', lastName: 'Метрикин' } } },
      seller,
    );
    expect(created.errors).toBeUndefined();

    // Both counters move when CRM's relay has handed the event to the bus; wait for both in one scrape.
    const text = await eventually(async () => {
      const body = await scrape();
      expect(series(body, 'crm_deals_created_total')[0]?.value).toBe(1);
      expect(series(body, 'bus_events_relayed_total')).toContainEqual(expect.objectContaining({ labels: expect.objectContaining({ source: 'crm', type: 'crm.deal.created' }) }));
      return body;
    });
    const services = new Set(series(text, 'http_request_duration_seconds_count').map((s) => s.labels.service));
    for (const service of ['router', 'crm', 'auth']) expect(services).toContain(service);
    expect(series(text, 'graphql_operations_total')).toContainEqual({ labels: { operation: 'BotCreateDeal', type: 'mutation', outcome: 'ok', service: 'router' }, value: 1 });
    expect(series(text, 'router_subgraph_call_duration_seconds_count').map((s) => s.labels.subgraph)).toContain('crm');
    expect(series(text, 'outbox_oldest_unsent_seconds').map((s) => s.labels.source)).toEqual(expect.arrayContaining(['crm', 'payments', 'auth']));
    expect(series(text, 'live_websocket_connections')).toEqual([{ labels: { service: 'router' }, value: 0 }]);
    expect(text).toContain('# TYPE dead_letters_pending gauge');
    expect(text).toContain('# TYPE telegram_api_calls_total counter');
  });

  it('adds no series for unknown operation names or paths: the label sets stay closed', async () => {
    const labelSets = (text: string) => new Set(series(text, 'graphql_operations_total').concat(series(text, 'http_request_duration_seconds_count')).map((s) => JSON.stringify(s.labels)));
    await system.graphql('query Probe0 { me { id } }', {}, seller);
    await fetch(system.url.replace(/\/graphql$/, '/no-such-path-0'));
    const before = labelSets(await scrape());
    for (let i = 1; i <= 20; i += 1) {
      await system.graphql(`query Probe${i} { me { id } }`, {}, seller);
      await fetch(system.url.replace(/\/graphql$/, `/no-such-path-${i}`));
    }
    const after = labelSets(await scrape());
    expect([...after].filter((labels) => !before.has(labels))).toEqual([]);
    expect([...after].some((labels) => labels.includes('Probe'))).toBe(false);
  });

  it('is one valid exposition: a HELP and TYPE line per metric name, however many services share the process', async () => {
    const text = await scrape();
    const helps = text.split('\n').filter((line) => line.startsWith('# HELP '));
    const names = helps.map((line) => line.split(' ')[2]);
    expect(names.length).toBe(new Set(names).size);
  });
});
