import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { LivePayload } from './live-payload';

/**
 * graphql-ws's `next` message with a payload serialised once (ADR 0079). graphql-ws builds every
 * message as `JSON.stringify({ id, type, payload }, jsonMessageReplacer)` and hands the string to the
 * socket's `send` in the same synchronous step. The replacer puts a placeholder where a `LivePayload`
 * goes and hands the payload over; `LiveWebSocket.send` replaces the placeholder with the payload's
 * cached bytes. graphql-ws keeps everything else: the message's id and type, ordering, the bounded
 * queue it drains one acknowledged write at a time, completion, errors, keep-alive and close codes.
 */

/** A string no client input can make graphql-ws put as a whole top-level `payload` (its payloads are objects or arrays). */
const PLACEHOLDER = `\u0000live-payload:${randomUUID()}`;
/** How a message with the placeholder ends: the placeholder as a JSON string, then the message's closing brace. */
const PLACEHOLDER_TAIL = `${JSON.stringify(PLACEHOLDER)}}`;

/** The payload the replacer just put a placeholder for; taken by the `send` of that message. */
let handedOver: LivePayload | null = null;

/** graphql-ws's `jsonMessageReplacer`: a `LivePayload` becomes the placeholder, everything else is left as it is. */
export function liveMessageReplacer(_key: string, value: unknown): unknown {
  if (!(value instanceof LivePayload)) return value;
  handedOver = value;
  return PLACEHOLDER;
}

/** The message with its placeholder replaced by the payload's bytes (the message head is a few dozen bytes: the id and type). */
function spliced(message: string, payload: LivePayload): Buffer {
  const head = message.slice(0, message.length - PLACEHOLDER_TAIL.length);
  const tail = payload.messageTail;
  const headLength = Buffer.byteLength(head);
  const bytes = Buffer.allocUnsafe(headLength + tail.length);
  bytes.write(head, 0, headLength);
  tail.copy(bytes, headLength);
  return bytes;
}

type SendOptions = Parameters<WebSocket['send']>[1];
type SendCallback = (error?: Error) => void;

/** The spliced message is text (graphql-transport-ws sends text frames only), though a Buffer is sent. */
const TEXT_FRAME = { binary: false } as const;

/** The router's server-side socket (ws's `WebSocket` option): sends a message with a placeholder as its payload's bytes, in a text frame. */
export class LiveWebSocket extends WebSocket {
  override send(data: Parameters<WebSocket['send']>[0], options?: SendOptions | SendCallback, callback?: SendCallback): void {
    const payload = handedOver;
    if (payload !== null && typeof data === 'string' && data.endsWith(PLACEHOLDER_TAIL)) {
      handedOver = null;
      super.send(spliced(data, payload), TEXT_FRAME, typeof options === 'function' ? options : callback);
    } else super.send(data, options as SendOptions, callback);
  }
}
