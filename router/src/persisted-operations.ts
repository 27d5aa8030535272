import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Identity } from '@crm/platform';
import { hasRole } from '@crm/platform';
import { languageFromAcceptLanguage, type Language } from '@crm/texts';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { OPERATIONS_DIR } from './known-operations';
import { routerText } from './router.texts';

/**
 * `required`: only operations from the manifests run (production default); `allowed`: ids are
 * resolved and any other document runs too (development default). ADR 0030.
 */
export type PersistedOperationsMode = 'required' | 'allowed';

/** `PERSISTED_OPERATIONS`; unset, production requires ids and development allows any document. */
export const persistedOperationsField = z.enum(['required', 'allowed']).optional();

export function persistedOperationsMode(configured: PersistedOperationsMode | undefined, production: boolean): PersistedOperationsMode {
  return configured ?? (production ? 'required' : 'allowed');
}

export interface PersistedOperation {
  /** sha256 of `body`, hex, without the `sha256:` prefix. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
  /** The manifest it came from (`web-client`, `partners`, ...). */
  clientName: string;
}

export interface PersistedOperations {
  mode: PersistedOperationsMode;
  byId: ReadonlyMap<string, PersistedOperation>;
}

interface Manifest {
  format?: unknown;
  version?: unknown;
  operations?: Omit<PersistedOperation, 'clientName'>[];
}

/** Every Apollo persisted-query manifest (`*.json`) under `dir`, by id; a file in another format is an error. */
export function loadPersistedOperations(dir = OPERATIONS_DIR): Map<string, PersistedOperation> {
  const byId = new Map<string, PersistedOperation>();
  if (!existsSync(dir)) return byId;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const file = join(entry.parentPath, entry.name);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
      throw new Error(`${file} is not an Apollo persisted-query manifest (format apollo-persisted-query-manifest, version 1)`);
    }
    const clientName = entry.name.replace(/\.json$/, '');
    for (const operation of manifest.operations) byId.set(operation.id, { ...operation, clientName });
  }
  return byId;
}

/** The id a request (or a WebSocket `subscribe` payload) names: GraphQL-over-HTTP `documentId` (`sha256:<hex>`) or APQ's `extensions.persistedQuery.sha256Hash`. */
export function requestedId(body: Record<string, unknown>): string | undefined {
  if (typeof body.documentId === 'string') return body.documentId.replace(/^sha256:/, '');
  const persistedQuery = (body.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof persistedQuery?.sha256Hash === 'string' ? persistedQuery.sha256Hash : undefined;
}

function refusal(status: number, code: string, message: string) {
  return { errors: [{ message, extensions: { code } }], status };
}

export const unknownOperationMessage = (id: string, language?: Language) => routerText('unknownOperation', { id }).render(language);

/**
 * Resolves a persisted id to its manifest text before Apollo sees the request (so Apollo's own APQ
 * registration never runs), and marks the request as persisted (`res.locals.persistedOperation`).
 * An unknown id is refused here; whether a document without an id may run is decided per caller
 * by {@link assertDocumentAllowed} once the identity is known.
 */
export function persistedOperationsMiddleware(operations: PersistedOperations): RequestHandler {
  return (req, res, next) => {
    const body = req.body as Record<string, unknown> | undefined;
    if (req.method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body)) return next();
    const id = requestedId(body);
    if (id === undefined) return next();
    const operation = operations.byId.get(id);
    if (!operation) {
      const { status, ...answer } = refusal(400, 'PERSISTED_QUERY_NOT_FOUND', unknownOperationMessage(id, languageFromAcceptLanguage(req.header('accept-language'))));
      return void res.status(status).json(answer);
    }
    const { documentId: _documentId, extensions, ...rest } = body;
    const { persistedQuery: _persistedQuery, ...otherExtensions } = (extensions ?? {}) as Record<string, unknown>;
    req.body = { ...rest, query: operation.body, operationName: operation.name, extensions: otherExtensions };
    res.locals.persistedOperation = operation;
    next();
  };
}

/** Support staff (ADMIN) may send any document even when ids are required: an explicit, per-caller exception. */
export function mayRunArbitraryDocuments(identity: Identity | null): boolean {
  return hasRole(identity, 'ADMIN');
}

/** Throws PERSISTED_QUERY_NOT_IN_LIST (400) for a document without a known id when ids are required. */
export function assertDocumentAllowed(mode: PersistedOperationsMode, persisted: PersistedOperation | undefined, identity: Identity | null): void {
  if (mode === 'allowed' || persisted || mayRunArbitraryDocuments(identity)) return;
  throw new GraphQLError(routerText('persistedOnly').render(), {
    extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', reason: routerText.reason('persistedOnly'), http: { status: 400 } },
  });
}
