import { startBenchSubgraphs } from './subgraphs';

/** The benchmark's four subgraphs in a process of their own; prints `{"urls":{…}}` once they listen. */
startBenchSubgraphs()
  .then(({ urls }) => {
    process.on('SIGTERM', () => process.exit(0));
    process.stdout.write(`${JSON.stringify({ urls })}\n`);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
