import { appError, ErrorCode } from '../errors';

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
    throw appError(ErrorCode.BadUserInput, { message: `first must be between 1 and ${MAX_PAGE}`, field: 'first' });
  }
  return size;
}

/** Relay cursor pagination, the shape of every list (DESIGN.md). Cursors are opaque to clients: the sort key of the last row seen, base64url JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): string[] | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((part) => typeof part === 'string')) return key as string[];
  } catch {
    // fall through to the input error
  }
  throw appError(ErrorCode.BadUserInput, { message: 'after is not a cursor this list issued', field: 'after' });
}

/** `rows` fetched with limit size + 1: the extra row only says whether there is a next page. */
export function toConnection<T>(rows: T[], size: number, keyOf: (row: T) => readonly (string | number)[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
