import type { TypedDocumentString } from '../__generated__/graphql';
import { GraphQLRequestError, type ServerError } from './errors';
import { storedLanguage } from '../i18n/locale';
import { currentAccessToken } from './session';

interface Response<T> {
  data?: T | null;
  errors?: ServerError[];
}

async function send<T, V>(document: TypedDocumentString<T, V>, variables: V | undefined, token: string | null): Promise<Response<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    // The server words its errors in the language the user reads the app in.
    headers: { 'content-type': 'application/json', 'accept-language': storedLanguage(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    // Only the id from the manifest (schema/operations/web-client.json): the router runs known operations by id (ADR 0030).
    body: JSON.stringify({ documentId: documentId(document), variables: variables ?? {} }),
  });
  return (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}`, extensions: { code: 'NETWORK' } }] }))) as Response<T>;
}

/**
 * Runs a typed operation with the session's access token; one silent refresh and retry when the token
 * was rejected. Throws GraphQLRequestError when the server answered with errors and without data.
 */
export async function execute<T, V>(document: TypedDocumentString<T, V>, ...[variables]: V extends Record<string, never> ? [] | [V] : [V]): Promise<T> {
  let result = await send(document, variables, await currentAccessToken());
  if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    result = await send(document, variables, await currentAccessToken({ force: true }));
  }
  if (result.errors?.length && (!result.data || isMutation(document))) throw new GraphQLRequestError(result.errors);
  if (!result.data) throw new GraphQLRequestError([{ message: 'empty response', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  return result.data;
}

/** `sha256:<hex>`, as the client preset's persisted documents name it; a document without one is a codegen fault. */
export function documentId(document: { __meta__?: Record<string, unknown> | undefined }): string {
  const hash = document.__meta__?.hash;
  if (typeof hash !== 'string' || !hash) throw new Error('operation has no persisted id: run `pnpm codegen`');
  return hash.startsWith('sha256:') ? hash : `sha256:${hash}`;
}

function isMutation(document: { toString(): string }): boolean {
  return /^\s*mutation\b/.test(document.toString());
}
