import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// ADR 0058: the provisioned Grafana dashboards and the alert rules ask only for metrics the code
// defines (or that Prometheus and RabbitMQ export), from data sources that are provisioned.

const root = path.join(__dirname, '../../..');
const observability = path.join(root, 'deploy/observability');
const dashboardsDir = path.join(observability, 'grafana/dashboards');

interface Panel {
  id: number;
  title: string;
  type: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { uid: string };
  targets?: { refId: string; expr: string; datasource?: { uid: string } }[];
}
interface Dashboard {
  uid: string;
  title: string;
  panels: Panel[];
}

const dashboards = readdirSync(dashboardsDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ file, dashboard: JSON.parse(readFileSync(path.join(dashboardsDir, file), 'utf8')) as Dashboard }));

/** Every `name: '…'` given to a prom-client metric in the code, with a histogram's derived series. */
function definedMetrics(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '__generated__' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = readFileSync(full, 'utf8');
        if (!text.includes('prom-client')) continue;
        for (const match of text.matchAll(/new (Counter|Gauge|Histogram)\(\{\s*name: '([a-z_:][a-z0-9_:]*)'/g)) {
          const name = match[2]!;
          names.add(name);
          if (match[1] === 'Histogram') ['_bucket', '_count', '_sum'].forEach((suffix) => names.add(name + suffix));
        }
      }
    }
  };
  for (const dir of ['packages', 'router/src', 'subgraphs', 'bot/src', 'embedded/src']) walk(path.join(root, dir));
  return names;
}

/** Metric names in a PromQL expression: identifiers followed by a selector, range or closing parenthesis. */
function metricsIn(expr: string): string[] {
  const withoutGrouping = expr.replace(/\b(by|without|on|ignoring)\s*\([^)]*\)/g, '');
  return [...withoutGrouping.matchAll(/([a-zA-Z_:][a-zA-Z0-9_:]*)\s*[{[)]/g)].map((m) => m[1]!);
}

/** Exported by others: Prometheus itself, prom-client's process metrics, RabbitMQ's plugin. */
const external = (name: string) => name === 'up' || /^(nodejs_|process_|rabbitmq_)/.test(name);

describe('observability as code', () => {
  const defined = definedMetrics();

  it('finds the metrics the code defines', () => {
    for (const name of ['graphql_operations_total', 'outbox_oldest_unsent_seconds', 'bus_consumer_lag_seconds_bucket', 'crm_deals_created_total']) expect(defined).toContain(name);
  });

  it('dashboards are Grafana JSON with unique uids, ids and refIds, on provisioned data sources', () => {
    const provisioned = parse(readFileSync(path.join(observability, 'grafana/provisioning/datasources/datasources.yml'), 'utf8')) as { datasources: { uid: string }[] };
    const uids = new Set(provisioned.datasources.map((source) => source.uid));
    expect(dashboards.length).toBeGreaterThanOrEqual(3);
    expect(new Set(dashboards.map(({ dashboard }) => dashboard.uid)).size).toBe(dashboards.length);
    for (const { file, dashboard } of dashboards) {
      expect({ file, title: typeof dashboard.title, panels: Array.isArray(dashboard.panels) }).toEqual({ file, title: 'string', panels: true });
      expect(new Set(dashboard.panels.map((panel) => panel.id)).size).toBe(dashboard.panels.length);
      for (const panel of dashboard.panels) {
        expect({ file, panel: panel.title, width: panel.gridPos.x + panel.gridPos.w <= 24, targets: (panel.targets ?? []).length > 0 }).toEqual({ file, panel: panel.title, width: true, targets: true });
        expect(uids).toContain(panel.datasource?.uid);
        const refIds = (panel.targets ?? []).map((target) => target.refId);
        expect(new Set(refIds).size).toBe(refIds.length);
      }
    }
  });

  it('every dashboard query and alert rule names only metrics that exist', () => {
    const exprs = dashboards.flatMap(({ file, dashboard }) => dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => ({ where: `${file}: ${panel.title}`, expr: target.expr }))));
    const rules = parse(readFileSync(path.join(observability, 'prometheus/rules/crm-alerts.yml'), 'utf8')) as { groups: { rules: { alert: string; expr: string }[] }[] };
    exprs.push(...rules.groups.flatMap((group) => group.rules.map((rule) => ({ where: `alert ${rule.alert}`, expr: rule.expr }))));
    const unknown = exprs.flatMap(({ where, expr }) => metricsIn(expr).filter((name) => !defined.has(name) && !external(name)).map((name) => `${where}: ${name}`));
    expect(unknown).toEqual([]);
    expect(exprs.length).toBeGreaterThan(20);
  });
});
