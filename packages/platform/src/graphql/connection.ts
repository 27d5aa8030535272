import { z } from 'zod';
import { appError, ErrorCode } from '../errors';
import { platformText } from '../platform.texts';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const MAX_PAGE = 100;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) {
    throw appError(ErrorCode.BadUserInput, { text: platformText('pageSize', { max: MAX_PAGE }), field: 'first' });
  }
  return size;
}

/** Relay cursor pagination, the shape of every list (DESIGN.md). Cursors are opaque to clients: the sort key of the last row seen, base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const notYearZero = (value: string) => !value.startsWith('0000');

/**
 * The types a cursor's key parts may have. A cursor comes back from the client, so each part is
 * checked against the type its SQL comparison casts it to: a crafted cursor is BAD_USER_INPUT, never
 * a failing statement (ADR 0019).
 */
export const cursorPart = {
  instant: z.iso.datetime().refine(notYearZero),
  day: z.iso.date().refine(notYearZero),
  id: z.uuid(),
  text: z.string().max(1000).refine((value) => !value.includes('\u0000')),
};

type CursorParts = [z.ZodType<string>, ...z.ZodType<string>[]];

export function decodeCursor<P extends CursorParts>(cursor: string | null | undefined, parts: P): { [K in keyof P]: string } | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const parsed = z.tuple(parts).safeParse(key);
    if (parsed.success && encodeCursor(parsed.data as string[]) === cursor) return parsed.data as { [K in keyof P]: string };
  } catch {
    // fall through to the input error
  }
  throw appError(ErrorCode.BadUserInput, { text: platformText('cursor'), field: 'after' });
}

/** `rows` fetched with limit size + 1: the extra row only says whether there is a next page. */
export function toConnection<T>(rows: T[], size: number, keyOf: (row: T) => readonly (string | number)[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
