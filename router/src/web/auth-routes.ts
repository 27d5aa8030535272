import express, { type Request, type Response, Router } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './session-cookie';

/** Runs one operation through the gateway on behalf of the HTTP request (no identity: these are sign-in calls). */
export type RunOperation = (
  req: Request,
  res: Response,
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

const SESSION_FIELDS = 'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt';
const OPERATIONS = {
  login: `mutation WebLogin($input: LoginInput!) { session: login(input: $input) { ${SESSION_FIELDS} } }`,
  acceptInvite: `mutation WebAcceptInvite($input: AcceptInviteInput!) { session: acceptInvite(input: $input) { ${SESSION_FIELDS} } }`,
  refresh: `mutation WebRefresh($input: RefreshInput!) { session: refresh(input: $input) { ${SESSION_FIELDS} } }`,
  logout: `mutation WebLogout($input: LogoutInput!) { logout(input: $input) { loggedOut } }`,
};

/** Only what a client switches on: the code, the field, the message; never a downstream stack. */
function publicErrors(errors: readonly GraphQLFormattedError[] | undefined): GraphQLFormattedError[] {
  return (errors ?? []).map(({ message, extensions }) => ({
    message,
    extensions: { code: extensions?.code ?? 'INTERNAL_SERVER_ERROR', ...(extensions?.field ? { field: extensions.field } : {}) },
  }));
}

interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

/**
 * `/auth/*` for the browser: the same Auth mutations as `/graphql`, but the refresh token goes into an
 * httpOnly SameSite=Strict cookie instead of the response body, so page scripts only ever hold the
 * short-lived access token. JSON bodies only, which a cross-site form cannot send without a preflight.
 */
export function authRoutes(options: { run: RunOperation; secureCookies: boolean }): Router {
  const { run, secureCookies } = options;
  const router = Router();
  router.use(express.json({ limit: '16kb' }), (req, res, next) => {
    if (req.method !== 'POST' || !req.is('application/json')) {
      res.status(415).json({ errors: [{ message: 'POST application/json only', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    next();
  });

  const startSession = (operation: 'login' | 'acceptInvite' | 'refresh', input: (req: Request) => Record<string, unknown> | undefined) =>
    async (req: Request, res: Response) => {
      const variables = input(req);
      if (!variables) {
        clearRefreshCookie(res, secureCookies);
        res.status(401).json({ errors: [{ message: 'Нет сессии', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      const result = await run(req, res, OPERATIONS[operation], { input: variables });
      const session = result.data?.session as Session | undefined;
      if (!session) {
        if (operation === 'refresh') clearRefreshCookie(res, secureCookies);
        res.status(operation === 'refresh' ? 401 : 200).json({ errors: publicErrors(result.errors) });
        return;
      }
      setRefreshCookie(res, session.refreshToken, session.refreshTokenExpiresAt, secureCookies);
      res.setHeader('cache-control', 'no-store');
      res.json({ data: { accessToken: session.accessToken, accessTokenExpiresAt: session.accessTokenExpiresAt } });
    };

  router.post('/login', startSession('login', (req) => req.body as Record<string, unknown>));
  router.post('/accept-invite', startSession('acceptInvite', (req) => req.body as Record<string, unknown>));
  router.post('/refresh', startSession('refresh', (req) => {
    const refreshToken = readRefreshCookie(req);
    return refreshToken ? { refreshToken } : undefined;
  }));
  router.post('/logout', async (req, res) => {
    const refreshToken = readRefreshCookie(req);
    if (refreshToken) await run(req, res, OPERATIONS.logout, { input: { refreshToken } });
    clearRefreshCookie(res, secureCookies);
    res.json({ data: { loggedOut: true } });
  });
  return router;
}
