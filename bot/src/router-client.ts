import type { TypedDocumentString } from './__generated__/graphql';

/** An error the router answered with: its `extensions.code` and, for bad input, the field at fault. */
export class RouterError extends Error {
  constructor(
    readonly code: string,
    readonly field: string | undefined,
    message: string,
    /** The exact text's reason code and its parameters (ADR 0033), e.g. `payments.overpayment` with `outstanding`. */
    readonly reason?: string,
    readonly params?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'RouterError';
  }
}

/** Who a call is made as: the bot's own service credential, or a linked user's short-lived access token. */
export type Caller = { bot: true } | { accessToken: string; /** The user's language, so the router's errors come worded in it. */ language?: string };

/** What the router's `/files/upload/…` answered for a stored file. */
export interface UploadedFile {
  id: string;
  name: string;
  version: number;
  size: number;
}

export interface RouterClient {
  execute<T, V>(caller: Caller, document: TypedDocumentString<T, V>, variables: V): Promise<T>;
  /**
   * Streams bytes to a one-time upload link (`requestUpload`'s `url`, a path on the router's origin):
   * the link itself is the credential. A refusal (too large, used link) is a RouterError with its code.
   */
  upload(url: string, body: ReadableStream<Uint8Array>, size: number | undefined, language?: string): Promise<UploadedFile>;
}

export interface RouterClientOptions {
  /** The router's GraphQL endpoint. */
  url: string;
  /** BOT_SERVICE_KEY (ADR 0012). */
  botServiceKey: string;
  fetch?: typeof fetch;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string; params?: Record<string, unknown> } }[];
}

/**
 * Calls the router with persisted operations only: the body carries the manifest id
 * (schema/operations/bot.json), never the document (ADR 0030).
 */
export function createRouterClient(options: RouterClientOptions): RouterClient {
  const send = options.fetch ?? fetch;
  return {
    async execute<T, V>(caller: Caller, document: TypedDocumentString<T, V>, variables: V): Promise<T> {
      const authorization = 'bot' in caller ? `Bot ${options.botServiceKey}` : `Bearer ${caller.accessToken}`;
      const response = await send(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, ...('language' in caller && caller.language ? { 'accept-language': caller.language } : {}) },
        body: JSON.stringify({ documentId: documentId(document), variables }),
      });
      const body = (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}`, extensions: { code: 'NETWORK' } }] }))) as GraphQLResponse<T>;
      const error = body.errors?.[0];
      if (error) throw new RouterError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions?.field, error.message, error.extensions?.reason, error.extensions?.params);
      if (!body.data) throw new RouterError('INTERNAL_SERVER_ERROR', undefined, 'empty response');
      return body.data as T;
    },
    async upload(url, body, size, language) {
      const response = await send(new URL(url, options.url), {
        method: 'PUT',
        headers: {
          'content-type': 'application/octet-stream',
          ...(size !== undefined ? { 'content-length': String(size) } : {}),
          ...(language ? { 'accept-language': language } : {}),
        },
        body,
        duplex: 'half',
      } as RequestInit);
      const answer = (await response.json().catch(() => ({}))) as { document?: UploadedFile; error?: { code?: string; message?: string } };
      if (response.ok && answer.document) return answer.document;
      throw new RouterError(answer.error?.code ?? `HTTP_${response.status}`, undefined, answer.error?.message ?? `HTTP ${response.status}`);
    },
  };
}

function documentId(document: { __meta__?: Record<string, unknown> | undefined }): string {
  const hash = document.__meta__?.hash;
  if (typeof hash !== 'string' || !hash) throw new Error('operation has no persisted id: run `pnpm codegen`');
  return hash.startsWith('sha256:') ? hash : `sha256:${hash}`;
}
