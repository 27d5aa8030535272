import { composeServices } from '@apollo/composition';
import { createLogger, createSubgraphServer, type Logger, type SubgraphServer } from '@crm/platform';
import { createProbeSubgraph, createTestKeys, type TestKeys } from '@crm/platform/testing';

/** The probe subgraph composed alone: the supergraph the router tests route to (at whatever URL they give it). */
export function probeSupergraph(probe = createProbeSubgraph()): string {
  const composed = composeServices([{ name: 'probe', url: 'http://probe.invalid/graphql', typeDefs: probe.typeDefs }]);
  if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
  return composed.supergraphSdl;
}

export interface RunningProbe {
  probe: ReturnType<typeof createProbeSubgraph>;
  keys: TestKeys;
  logger: Logger;
  subgraph: SubgraphServer;
  subgraphUrl: string;
  supergraphSdl: string;
}

/** A running probe subgraph (production mode, verifying the test keys) and its supergraph. */
export async function startProbe(): Promise<RunningProbe> {
  const probe = createProbeSubgraph();
  const keys = await createTestKeys();
  const logger = createLogger({ name: 'test' });
  const subgraph = await createSubgraphServer({ module: probe, verifyToken: keys.verifier, logger, production: true });
  const subgraphUrl = `${(await subgraph.listen(0, '127.0.0.1')).url}/graphql`;
  return { probe, keys, logger, subgraph, subgraphUrl, supergraphSdl: probeSupergraph(probe) };
}
