import { createClient, type Client } from 'graphql-ws';
import { liveClientOptions } from '../../../tests/e2e/support/live-client';
import { DEAL_CARD_SUBSCRIPTION } from './live-subscribers';

/**
 * The fan-out bench's subscribers, in a process of their own so that the router's CPU time is the
 * router's alone: `count` stock graphql-ws clients (one per token), each watching one deal. Told what
 * to open over IPC; reports how many payloads arrived (every `REPORT_MS`) and how many sockets closed.
 */
interface Open {
  url: string;
  tokens: string[];
  dealId: string;
}

const REPORT_MS = 20;
const BATCH = 100;

const clients: Client[] = [];
let received = 0;
let closed = 0;
let ended = 0;

async function open({ url, tokens, dealId }: Open): Promise<void> {
  for (let i = 0; i < tokens.length; i += BATCH) {
    await Promise.all(
      tokens.slice(i, i + BATCH).map(
        (token) =>
          new Promise<void>((connected, fail) => {
            const client: Client = createClient({
              ...liveClientOptions(url, token),
              on: { connected: () => connected(), closed: (event) => ((closed += 1), fail(new Error(`closed: ${(event as { code?: number }).code}`))) },
            });
            clients.push(client);
            client.subscribe({ query: DEAL_CARD_SUBSCRIPTION, variables: { id: dealId } }, { next: () => void (received += 1), error: () => void (ended += 1), complete: () => void (ended += 1) });
          }),
      ),
    );
  }
}

process.on('message', (message: { open?: Open; stop?: true }) => {
  if (message.open) void open(message.open).then(() => process.send!({ opened: clients.length }), (error: Error) => process.send!({ failed: error.message }));
  if (message.stop) void Promise.all(clients.map(async (client) => client.dispose())).then(() => process.exit(0));
});
setInterval(() => process.send!({ received, closed, ended }), REPORT_MS).unref();
process.send!({ ready: true });
