import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AcceptedHint, SubgraphSource } from './compose-supergraph';

/**
 * The routing URL written into the committed supergraph: the docker-compose service DNS name on the
 * subgraph port. It is only a default — the router overrides each URL at run time
 * (`SUBGRAPH_<NAME>_URL` in distributed mode; the embedded launcher points at its in-process servers).
 */
export function conventionalSubgraphUrl(name: string): string {
  return `http://${name}:4001/graphql`;
}

/** Every `subgraphs/<name>/schema.graphql` under `root`, sorted by name. */
export function findSubgraphSources(root: string): SubgraphSource[] {
  const dir = path.join(root, 'subgraphs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'schema.graphql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      url: conventionalSubgraphUrl(name),
      typeDefs: readFileSync(path.join(dir, name, 'schema.graphql'), 'utf8'),
    }));
}

/** Reads the reviewed-hints file; a missing file means no hint is accepted. */
export function readAcceptedHints(file: string): AcceptedHint[] {
  if (!existsSync(file)) return [];
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected an array of { code, coordinate?, reason }`);
  return parsed.map((entry: unknown, index) => {
    const { code, coordinate, reason } = (entry ?? {}) as Record<string, unknown>;
    const valid =
      typeof code === 'string' && code !== '' && typeof reason === 'string' && reason !== '' && (coordinate === undefined || typeof coordinate === 'string');
    if (!valid) throw new Error(`${file}[${index}]: each entry needs a non-empty "code" and "reason" (and an optional "coordinate")`);
    return coordinate === undefined ? { code, reason } : { code, coordinate, reason };
  });
}

/** The router's own schema (live subscriptions, ADR 0034): composed like a subgraph, resolved by the router, never routed to. */
export const ROUTER_LIVE_SCHEMA = path.join('router', 'src', 'live', 'live.graphql');

export function findRouterSources(root: string): SubgraphSource[] {
  const file = path.join(root, ROUTER_LIVE_SCHEMA);
  return existsSync(file) ? [{ name: 'live', url: conventionalSubgraphUrl('live'), typeDefs: readFileSync(file, 'utf8') }] : [];
}
