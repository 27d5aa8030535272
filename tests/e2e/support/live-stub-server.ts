import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { createLogger, type Identity } from '@crm/platform';
import { buildSchema, type FormattedExecutionResult } from 'graphql';
import { defaultLiveLimits, startLiveServer, type LiveFeed, type LiveLimits } from '../../../router/src/live/live-server';

type EventEnvelope = Parameters<Parameters<LiveFeed>[1]>[0];

export const STUB_ORG = '00000000-0000-4000-8000-000000000001';
export const STUB_DEAL = '00000000-0000-4000-8000-00000000d001';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token the stub verifier reads back (the live server decodes only its expiry itself). */
export function stubToken(userId: string): string {
  return `${base64url({ alg: 'none' })}.${base64url({ sub: userId, exp: Math.floor(Date.now() / 1000) + 3600 })}.stub`;
}

/** Admins of one organisation: in one language, one access class, so one execution and one payload per event (ADR 0074). */
async function verifyStubToken(token: string): Promise<Identity> {
  const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string };
  return { kind: 'user', userId: claims.sub, orgId: STUB_ORG, roles: ['ADMIN'] };
}

function dealUpdated(version: number): EventEnvelope {
  const type = 'crm.deal.updated';
  return { specversion: '1.0', id: `stub-event-${version}`, source: '/stub', type, time: new Date().toISOString(), datacontenttype: 'application/json', dataschema: `urn:stub:${type}`, orgid: STUB_ORG, data: { dealId: STUB_DEAL, version } } as EventEnvelope;
}

/**
 * The router's live server alone on a loopback port (graphql-ws on `/graphql`): a stubbed gateway
 * whose every execution is `answer(version)` at the newest event's version (the hub drops a change a
 * subscriber already has), stubbed tokens, and `publish` for `crm.deal.updated` of `STUB_DEAL`.
 */
export async function startStubLiveServer(answer: (version: number) => FormattedExecutionResult, limits: Partial<LiveLimits> = {}) {
  const schema = buildSchema(readFileSync(join(resolve(__dirname, '../../..'), 'schema/api-schema.graphql'), 'utf8'));
  let version = 0;
  let onEvent: (envelope: EventEnvelope) => void = () => undefined;
  const httpServer = createServer();
  const live = await startLiveServer({
    httpServer,
    schema: () => schema,
    verifyToken: verifyStubToken,
    execute: async () => answer(version),
    validationRules: [],
    parseOptions: {},
    maxCost: Number.MAX_SAFE_INTEGER,
    feed: async (_patterns, feed) => ((onEvent = feed), { close: async () => undefined }),
    limits: { ...defaultLiveLimits, ...limits },
    logger: createLogger({ name: 'live-stub-server', level: 'silent' }),
  });
  await new Promise<void>((listening) => httpServer.listen(0, '127.0.0.1', listening));
  return {
    url: `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`,
    live,
    /** Events published so far. */
    published: () => version,
    /** The next event, then a turn of the event loop: the stub answers at once, and events in one turn would coalesce into the latest. */
    async publish(): Promise<void> {
      version += 1;
      onEvent(dealUpdated(version));
      await new Promise((turn) => setImmediate(turn));
    },
    /** Resolves once `count` subscriptions are active. */
    async subscribed(count: number): Promise<void> {
      while (live.counts().subscriptions < count) await new Promise((tick) => setTimeout(tick, 5));
    },
    async stop(): Promise<void> {
      await live.stop();
      httpServer.close();
    },
  };
}

export type StubLiveServer = Awaited<ReturnType<typeof startStubLiveServer>>;
