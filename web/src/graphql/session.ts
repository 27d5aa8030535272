import { storedLanguage } from '../i18n/locale';
/**
 * The browser session: the access token lives in memory only; the refresh token is an httpOnly cookie
 * the router's `/auth/*` endpoints set and read. Refreshes are serialised across tabs with the Web
 * Locks API, so two tabs never present the same (single-use) refresh token at once.
 */
export interface SessionError {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string };
}

let accessToken: string | null = null;
let expiresAt = 0;
let refreshing: Promise<string | null> | null = null;
const listeners = new Set<(signedIn: boolean) => void>();

/** Refresh this long before the access token expires, so requests never race its expiry. */
const EARLY_REFRESH_MS = 30_000;

async function post(path: string, body: unknown): Promise<{ data?: { accessToken: string; accessTokenExpiresAt: string }; errors?: SessionError[] }> {
  const response = await fetch(`/auth/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': storedLanguage() },
    body: JSON.stringify(body),
  });
  return (await response.json().catch(() => ({ errors: [{ message: 'NETWORK' }] }))) as never;
}

function adopt(data: { accessToken: string; accessTokenExpiresAt: string } | undefined): string | null {
  accessToken = data?.accessToken ?? null;
  expiresAt = data ? Date.parse(data.accessTokenExpiresAt) : 0;
  for (const listener of listeners) listener(accessToken !== null);
  return accessToken;
}

/** Signs in; returns the server's errors (wrong password, a field) or nothing on success. */
export async function signIn(email: string, password: string): Promise<SessionError[] | undefined> {
  const result = await post('login', { email, password });
  adopt(result.data);
  return result.data ? undefined : (result.errors ?? [{ message: 'UNKNOWN' }]);
}

export async function acceptInvitation(token: string, password: string): Promise<SessionError[] | undefined> {
  const result = await post('accept-invite', { token, password });
  adopt(result.data);
  return result.data ? undefined : (result.errors ?? [{ message: 'UNKNOWN' }]);
}

export async function signOut(): Promise<void> {
  await post('logout', {});
  adopt(undefined);
}

function refreshNow(): Promise<string | null> {
  const run = async () => {
    // Another tab may have refreshed while this one waited for the lock; the cookie it set is the current one.
    const result = await post('refresh', {});
    return adopt(result.data);
  };
  const withLock = async () => await navigator.locks.request('crm-session-refresh', run);
  return navigator.locks ? withLock() : run();
}

/** A valid access token, refreshing silently when it is about to expire; null when signed out. */
export async function currentAccessToken(options: { force?: boolean } = {}): Promise<string | null> {
  if (!options.force && accessToken && Date.now() < expiresAt - EARLY_REFRESH_MS) return accessToken;
  refreshing ??= refreshNow().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
