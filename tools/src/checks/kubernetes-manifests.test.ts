import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';

// ADR 0058: the Kubernetes manifests, rendered by kustomize (kubectl's, when installed; otherwise the
// base's files as listed), validated object by object against the Kubernetes API schemas (the
// `kubernetes-models` package, offline), then checked for what the operator relies on.

const root = path.join(__dirname, '../../..');
const base = path.join(root, 'deploy/kubernetes/base');
const overlay = path.join(root, 'deploy/kubernetes/overlays/production');

interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown> & { template?: { metadata?: { labels?: Record<string, string> }; spec: PodSpec } };
  data?: Record<string, string>;
}
interface Container {
  name: string;
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
}
interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
}

function render(): { objects: K8sObject[]; renderedBy: string } {
  const kubectl = spawnSync('kubectl', ['kustomize', overlay], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (kubectl.status === 0) return { objects: parseAll(kubectl.stdout), renderedBy: 'kubectl kustomize' };
  const kustomization = parseAll(readFileSync(path.join(base, 'kustomization.yaml'), 'utf8'))[0] as unknown as { resources: string[] };
  return { objects: kustomization.resources.flatMap((file) => parseAll(readFileSync(path.join(base, file), 'utf8'))), renderedBy: 'base files' };
}

function parseAll(text: string): K8sObject[] {
  return parseAllDocuments(text)
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(doc.errors.map((e) => e.message).join('; '));
      return doc.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

/** The `kubernetes-models` module of an apiVersion: `apps/v1` → `kubernetes-models/apps/v1`, `v1` → `kubernetes-models/v1`. */
async function modelFor(object: K8sObject): Promise<(new (data: unknown) => { validate(): void }) | undefined> {
  const models = (await import(`kubernetes-models/${object.apiVersion}`)) as Record<string, new (data: unknown) => { validate(): void }>;
  return models[object.kind];
}

const CUSTOM_RESOURCES = new Set(['postgresql.cnpg.io/v1', 'rabbitmq.com/v1beta1']);
const subgraphNames = readdirSync(path.join(root, 'subgraphs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('Kubernetes manifests', () => {
  const { objects, renderedBy } = render();
  const byKind = (kind: string) => objects.filter((object) => object.kind === kind);
  const deployments = byKind('Deployment');

  it(`render (${renderedBy}) and validate against the Kubernetes API schemas`, async () => {
    expect(objects.length).toBeGreaterThan(40);
    const failures: string[] = [];
    for (const object of objects.filter((o) => !CUSTOM_RESOURCES.has(o.apiVersion))) {
      const Model = await modelFor(object);
      if (!Model) {
        failures.push(`${object.apiVersion} ${object.kind} ${object.metadata.name}: no schema`);
        continue;
      }
      try {
        new Model(object).validate();
      } catch (error) {
        failures.push(`${object.kind} ${object.metadata.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('catches an invalid object (the validator is live)', async () => {
    const Model = await modelFor({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' } });
    const broken = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { selector: {}, template: { spec: { containers: [{ image: 'x' }] } } } };
    expect(() => new Model!(broken).validate()).toThrow(/name/);
  });

  it('runs every subgraph, the router, the bot and the web bundle, each subgraph routed by the config', () => {
    const names = deployments.map((deployment) => deployment.metadata.name);
    expect(names).toEqual(expect.arrayContaining([...subgraphNames, 'router', 'bot', 'web']));
    const config = byKind('ConfigMap').find((map) => map.metadata.name === 'crm-config')!;
    for (const name of subgraphNames) {
      expect(config.data?.[`SUBGRAPH_${name.toUpperCase()}_URL`]).toBe(`http://${name}:4001/graphql`);
      const container = deployments.find((d) => d.metadata.name === name)!.spec!.template!.spec.containers[0]!;
      expect(container.env).toContainEqual({ name: 'SERVICE', value: `subgraphs/${name}` });
    }
    expect(config.data?.METRICS_PORT).toBe('9464');
  });

  it('probes /readyz and /healthz and sets requests and limits on every container', () => {
    for (const deployment of deployments) {
      const spec = deployment.spec!.template!.spec;
      for (const container of [...spec.containers, ...(spec.initContainers ?? [])]) {
        expect({ name: deployment.metadata.name, requests: Object.keys(container.resources?.requests ?? {}), limits: Object.keys(container.resources?.limits ?? {}) }).toEqual({
          name: deployment.metadata.name,
          requests: ['cpu', 'memory'],
          limits: ['cpu', 'memory'],
        });
      }
      if (deployment.metadata.name === 'crm-redis') continue;
      expect([deployment.metadata.name, spec.containers[0]!.readinessProbe?.httpGet?.path, spec.containers[0]!.livenessProbe?.httpGet?.path]).toEqual([deployment.metadata.name, '/readyz', '/healthz']);
    }
  });

  it('scales the router and the subgraphs with HPAs, guards every deployment with a PDB, and selects what exists', () => {
    const scaled = byKind('HorizontalPodAutoscaler').map((hpa) => (hpa.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name);
    // Notifications keeps Telegram's limits in its process: one instance (ADR 0039).
    expect(scaled).toEqual(expect.arrayContaining(['router', ...subgraphNames.filter((name) => name !== 'notifications')]));
    expect(scaled).not.toContain('notifications');
    const budgets = byKind('PodDisruptionBudget').map((pdb) => (pdb.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels['app.kubernetes.io/name']);
    expect(budgets).toEqual(expect.arrayContaining(deployments.map((d) => d.metadata.name).filter((name) => name !== 'crm-redis')));
    for (const service of byKind('Service')) {
      const selector = (service.spec as { selector: Record<string, string> }).selector;
      const matches = deployments.filter((d) => Object.entries(selector).every(([key, value]) => d.spec!.template!.metadata?.labels?.[key] === value));
      expect([service.metadata.name, matches.length]).toEqual([service.metadata.name, 1]);
    }
  });

  it('denies ingress by default and lets only the router reach the subgraphs', () => {
    const policies = byKind('NetworkPolicy');
    const deny = policies.find((policy) => policy.metadata.name === 'default-deny-ingress')!;
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress'] });
    const subgraphs = policies.find((policy) => policy.metadata.name === 'subgraphs')!;
    expect(JSON.stringify(subgraphs.spec)).toContain('"app.kubernetes.io/name":"router"');
    expect(JSON.stringify(subgraphs.spec)).not.toContain('ingress-nginx');
  });

  it('takes secrets by reference only, each one documented in docs/operations.md', () => {
    const operations = readFileSync(path.join(root, 'docs/operations.md'), 'utf8');
    const secrets = new Set(deployments.flatMap((d) => d.spec!.template!.spec.containers.flatMap((c) => (c.env ?? []).flatMap((e) => (e.valueFrom?.secretKeyRef ? [e.valueFrom.secretKeyRef.name] : [])))));
    expect(byKind('Secret')).toEqual([]);
    for (const secret of secrets) expect([secret, operations.includes(`\`${secret}\``)]).toEqual([secret, true]);
  });

  it('runs PostgreSQL with CloudNativePG (standbys, backups) and RabbitMQ with its operator (three nodes for quorum queues)', () => {
    const cluster = objects.find((o) => o.apiVersion === 'postgresql.cnpg.io/v1' && o.kind === 'Cluster')!;
    expect(cluster.spec).toEqual(expect.objectContaining({ instances: 3, backup: expect.objectContaining({ barmanObjectStore: expect.any(Object) }) }));
    expect(objects.some((o) => o.kind === 'ScheduledBackup' && (o.spec as { cluster: { name: string } }).cluster.name === cluster.metadata.name)).toBe(true);
    const rabbit = objects.find((o) => o.apiVersion === 'rabbitmq.com/v1beta1' && o.kind === 'RabbitmqCluster')!;
    expect((rabbit.spec as { replicas: number }).replicas).toBeGreaterThanOrEqual(3);
    const topology = readFileSync(path.join(root, 'packages/platform/src/bus/amqp-topology.ts'), 'utf8');
    expect(topology).toContain("'x-queue-type': 'quorum'");
  });
});
