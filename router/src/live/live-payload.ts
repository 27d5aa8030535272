import { GraphQLError, type FormattedExecutionResult } from 'graphql';

/**
 * A live result as a client receives it, made once however many subscribers get it (ADR 0079): the
 * hub hands one result object to every subscriber of it, and the payload built from it (errors
 * formatted, then serialised for graphql-ws) is cached on that object. Per subscriber, the transport
 * adds only its framing. The bytes are graphql-ws's and graphql-sse's own: `data` when present, then
 * `errors` as `GraphQLError.toJSON` formats them.
 */
export class LivePayload {
  /** The payload as an object (graphql-sse serialises it per stream). */
  readonly formatted: FormattedExecutionResult;
  private tail: Buffer | null = null;

  constructor(result: FormattedExecutionResult) {
    // Through GraphQLError as before: its `toJSON` decides which fields a client sees (no locations, no empty extensions).
    const errors = result.errors?.map((error) => new GraphQLError(error.message, { extensions: error.extensions, path: error.path }).toJSON());
    this.formatted = { ...(result.data ? { data: result.data } : {}), ...(errors ? { errors } : {}) };
  }

  /** The payload's JSON and the `}` that closes a graphql-ws message after it, UTF-8, serialised on first use. */
  get messageTail(): Buffer {
    this.tail ??= Buffer.from(`${JSON.stringify(this.formatted)}}`);
    return this.tail;
  }
}

const shared = new WeakMap<FormattedExecutionResult, LivePayload>();

/** The payload of a result the hub shares among subscribers (one per result object, kept as long as the result is). */
export function livePayload(result: FormattedExecutionResult): LivePayload {
  let payload = shared.get(result);
  if (!payload) {
    payload = new LivePayload(result);
    shared.set(result, payload);
  }
  return payload;
}
