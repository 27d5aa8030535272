import type { CookieOptions, Request, Response } from 'express';

/** The refresh token lives only in this cookie: httpOnly (no script reads it), sent only to `/auth`. */
export const REFRESH_COOKIE = 'crm_refresh';

function cookieOptions(secure: boolean, expires?: Date): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure, path: '/auth', ...(expires ? { expires } : {}) };
}

export function setRefreshCookie(res: Response, token: string, expiresAt: string, secure: boolean): void {
  res.cookie(REFRESH_COOKIE, token, cookieOptions(secure, new Date(expiresAt)));
}

export function clearRefreshCookie(res: Response, secure: boolean): void {
  res.clearCookie(REFRESH_COOKIE, cookieOptions(secure));
}

export function readRefreshCookie(req: Request): string | undefined {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
