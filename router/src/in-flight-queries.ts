import type { HTTPGraphQLResponse } from '@apollo/server';
import { OperationTypeNode, parse, type DocumentNode, type ParseOptions } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { RouterContext } from './router-context';

/** How many distinct documents' operation types are remembered before the memo starts over. */
const MAX_REMEMBERED_DOCUMENTS = 1000;

/**
 * In-flight deduplication (ADR 0061): identical concurrent queries share one execution. Identical
 * means the same HTTP method, URL search, body (document or persisted id, operation name, variables,
 * extensions) and the same caller as the subgraphs see it (the forwarded `Authorization`, the
 * identity, the language). Only queries: a mutation or a subscription always runs on its own, and a
 * document that does not parse runs on its own too (Apollo answers it as usual).
 */
export class InFlightQueries {
  private readonly running = new Map<string, Promise<HTTPGraphQLResponse>>();
  private readonly operationTypes = new Map<string, OperationTypeNode | null>();

  private readonly shared: Counter | undefined;

  constructor(
    private readonly parseOptions: ParseOptions = {},
    registry?: Registry,
  ) {
    this.shared = registry && new Counter({ name: 'router_deduplicated_queries_total', help: 'Queries answered by an identical query already running (in-flight deduplication)', registers: [registry] });
  }

  /** The key two requests share an execution under, or none when this one must run alone. */
  keyOf(request: { method: string; search: string; body: unknown }, context: RouterContext | undefined, persistedType: string | undefined): string | undefined {
    if (!context) return undefined;
    const body = request.body as { query?: unknown; operationName?: unknown } | undefined;
    const type = persistedType ?? this.operationType(body?.query, body?.operationName);
    if (type !== OperationTypeNode.QUERY) return undefined;
    return JSON.stringify([request.method, request.search, request.body, context.authorization ?? null, context.identity, context.language]);
  }

  /**
   * Runs `execute` unless the same key is already running, in which case that execution's answer is
   * the answer too. An answer that is a stream (never with the gateway) cannot be shared: then it runs again.
   */
  async run(key: string, execute: () => Promise<HTTPGraphQLResponse>): Promise<HTTPGraphQLResponse> {
    const running = this.running.get(key);
    if (running) {
      this.shared?.inc();
      const shared = await running.catch(() => undefined);
      return shared?.body.kind === 'complete' ? shared : execute();
    }
    const execution = execute();
    this.running.set(key, execution);
    try {
      return await execution;
    } finally {
      this.running.delete(key);
    }
  }

  private operationType(query: unknown, operationName: unknown): OperationTypeNode | null {
    if (typeof query !== 'string') return null;
    const memoKey = typeof operationName === 'string' ? `${operationName}\n${query}` : query;
    const known = this.operationTypes.get(memoKey);
    if (known !== undefined) return known;
    const type = operationOf(parseOrNull(query, this.parseOptions), operationName);
    if (this.operationTypes.size >= MAX_REMEMBERED_DOCUMENTS) this.operationTypes.clear();
    this.operationTypes.set(memoKey, type);
    return type;
  }
}

function parseOrNull(query: string, options: ParseOptions): DocumentNode | null {
  try {
    return parse(query, { ...options, noLocation: true });
  } catch {
    return null;
  }
}

/** The type of the operation a request runs: the named one, or the document's only one. */
function operationOf(document: DocumentNode | null, operationName: unknown): OperationTypeNode | null {
  const operations = document?.definitions.filter((definition) => definition.kind === 'OperationDefinition') ?? [];
  const chosen = typeof operationName === 'string' ? operations.find((operation) => operation.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  return chosen?.operation ?? null;
}
