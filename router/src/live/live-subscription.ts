import type { Identity } from '@crm/platform';
import { routerText } from '../router.texts';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { Language } from '@crm/texts';
import type { LiveSubscriber } from './live-hub';
import type { LiveOperation } from './live-operation';
import { LivePayload, livePayload } from './live-payload';
import { LiveQueue, type LiveQueueOwner } from './live-queue';

/** One authenticated live connection (a WebSocket or an SSE stream) and what it may still do. */
export interface LiveConnection {
  /** Closes the transport; `code` is a WebSocket close code (4403: token expired or revoked). */
  socket: { close(code: number, reason: string): void };
  identity: Identity;
  authorization: string;
  /** From the `language` connection parameter, else the request's Accept-Language. */
  language: Language;
  userKey: string;
  /**
   * Whose own executions this connection's subscribers may share: the same token's session and version,
   * in the same language (a user's other session may be the one revoked; error texts are per language).
   */
  executionKey: string;
  /** Whose subscribers may share one execution per event (ADR 0074), or null: the user's own. */
  accessClass: string | null;
  subscriptions: number;
  /** When the token expires (the connection is closed then) and when it is next checked again (ms since the epoch). */
  expiresAt: number;
  recheckAt: number;
}

/** Runs a derived query as a connection's caller (through the gateway). */
export type LiveRun = (query: string, variables: Record<string, unknown>, connection: LiveConnection) => Promise<FormattedExecutionResult>;

export function refused(message: string, code: string): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code } })];
}

/**
 * One subscription as the hub's subscriber, with its bounded outgoing queue. Methods on a class, not
 * closures made per subscription: 10,000 idle subscribers each kept a dozen functions, their contexts and
 * (through tsx's kept names) a property dictionary per function (ADR 0075).
 */
export class LiveSubscription implements LiveSubscriber, LiveQueueOwner {
  readonly results: LiveQueue<LivePayload>;
  private remove: (() => void) | null = null;

  constructor(
    readonly operation: LiveOperation,
    private readonly connection: LiveConnection,
    private readonly run: LiveRun,
    maxQueued: number,
    /** When the subgraphs last accepted this token (the subscribe-time probe), if they did (ADR 0074 review). */
    readonly confirmedAt?: number,
  ) {
    this.results = new LiveQueue(maxQueued, this);
  }

  get orgId(): string {
    return this.connection.identity.orgId;
  }

  get userId(): string | null {
    return this.connection.identity.kind === 'user' ? this.connection.identity.userId : null;
  }

  get identityKey(): string {
    return this.connection.executionKey;
  }

  get accessClass(): string | null {
    return this.connection.accessClass;
  }

  /** Registers with the hub (counted on the connection until the stream ends). */
  start(add: (subscriber: LiveSubscriber) => () => void): LiveQueue<LivePayload> {
    this.connection.subscriptions += 1;
    this.remove = add(this);
    return this.results;
  }

  execute(query: string, variables: Record<string, unknown>): Promise<FormattedExecutionResult> {
    return this.run(query, variables, this.connection);
  }

  /** `result` is the hub's, shared by every subscriber it answers: so is its payload (ADR 0079). */
  next(result: FormattedExecutionResult): void {
    this.results.push(livePayload(result));
  }

  forbidden(): void {
    this.results.push(new LivePayload({ errors: [{ message: routerText('dealAccessLost').render(this.connection.language), extensions: { code: 'FORBIDDEN' } }] }));
    this.results.end();
  }

  overflow(): void {
    this.connection.socket.close(CloseCode.InternalServerError, 'Subscriber too slow');
  }

  returned(): void {
    this.remove?.();
    this.remove = null;
    this.connection.subscriptions -= 1;
  }
}
