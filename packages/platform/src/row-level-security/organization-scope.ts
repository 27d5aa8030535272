import { AsyncLocalStorage } from 'node:async_hooks';

/** The organisation a request acts for, once its token is verified; absent while the caller is anonymous. */
interface RequestScope {
  orgId?: string;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs a request's handling in a scope of its own; `enterOrganization` fills it once the caller is known. */
export function runInRequestScope<T>(fn: () => T): T {
  return scopes.run({}, fn);
}

/** Binds the current request to the caller's organisation: its queries see only that organisation's rows (distributed mode). */
export function enterOrganization(orgId: string): void {
  const scope = scopes.getStore();
  if (scope) scope.orgId = orgId;
}

/** Runs `fn` acting for one organisation (a test, or work done for one organisation outside a request). */
export function runAsOrganization<T>(orgId: string, fn: () => T): T {
  return scopes.run({ orgId }, fn);
}

/**
 * Runs `fn` as the system, outside whatever request started it: background work (outbox relays,
 * consumers, jobs) woken from inside a request must not inherit that request's organisation.
 */
export function runAsSystem<T>(fn: () => T): T {
  return scopes.exit(fn);
}

/** The organisation the current code acts for; undefined for system work and anonymous requests. */
export function currentOrganization(): string | undefined {
  return scopes.getStore()?.orgId;
}
