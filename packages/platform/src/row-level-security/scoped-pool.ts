import type { Pool, PoolClient } from 'pg';
import { currentOrganization } from './organization-scope';

/** The setting every row-level security policy compares a row's organisation with (ADR 0067). */
export const ORGANIZATION_SETTING = 'app.org_id';

type ConnectCallback = (error: Error | undefined, client: PoolClient | undefined, done: (release?: Error | boolean) => void) => void;

const boundOrganization = new WeakMap<PoolClient, string>();

/**
 * Makes `app` hand out only connections bound to the current organisation: code acting for an
 * organisation (a verified request) gets an `app` connection (the non-owner role row-level security
 * applies to) with `app.org_id` set to it; everything else (jobs, relays, consumers, anonymous
 * requests) gets a `system` connection (the owner, which the policies do not restrict). `pool.query`
 * and drizzle's transactions both come through `connect`, so one statement or one transaction never
 * runs for another organisation than the one its checkout was made for.
 */
export function scopeConnectionsByOrganization(app: Pool, system: Pool): void {
  const appConnect = app.connect.bind(app) as () => Promise<PoolClient>;
  function connect(callback?: ConnectCallback): Promise<PoolClient> | void {
    const orgId = currentOrganization();
    const acquired = orgId === undefined ? system.connect() : appConnect().then((client) => bindOrganization(client, orgId));
    if (!callback) return acquired;
    acquired.then(
      (client) => callback(undefined, client, (release) => client.release(release)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
  }
  app.connect = connect as Pool['connect'];
}

/**
 * Session-level, set again at every checkout (skipped when the connection already carries this
 * organisation): as strict as `SET LOCAL` per transaction, since a connection serves one checkout at a time.
 */
async function bindOrganization(client: PoolClient, orgId: string): Promise<PoolClient> {
  if (boundOrganization.get(client) === orgId) return client;
  try {
    await client.query('SELECT set_config($1, $2, false)', [ORGANIZATION_SETTING, orgId]);
  } catch (error) {
    client.release(error as Error);
    throw error;
  }
  boundOrganization.set(client, orgId);
  return client;
}
