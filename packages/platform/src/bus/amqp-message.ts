import { eventEnvelopeSchema, type EventEnvelope } from '@crm/contracts';
import type { ConsumeMessage, Options } from 'amqplib';

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';
/** How many times the handler will have run once this delivery is handled (1 for a fresh event). */
export const ATTEMPT_HEADER = 'x-crm-attempt';

export function encodeEnvelope(envelope: EventEnvelope): Buffer {
  return Buffer.from(JSON.stringify(envelope));
}

export function envelopeProperties(envelope: EventEnvelope, attempt = 1): Options.Publish {
  return {
    persistent: true,
    messageId: envelope.id,
    type: envelope.type,
    contentType: CLOUDEVENTS_CONTENT_TYPE,
    timestamp: Math.floor(Date.parse(envelope.time) / 1000) || undefined,
    headers: { [ATTEMPT_HEADER]: attempt },
  };
}

export function attemptOf(message: ConsumeMessage): number {
  const value = Number(message.properties.headers?.[ATTEMPT_HEADER] ?? 1);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

export type Decoded = { ok: true; envelope: EventEnvelope } | { ok: false; error: string; envelope: EventEnvelope };

/**
 * A message that is not a valid envelope can never succeed; it is dead-lettered at once, wrapped in a
 * stand-in envelope that keeps the raw body, so that nothing acknowledged is lost.
 */
export function decodeMessage(message: ConsumeMessage): Decoded {
  const body = message.content.toString('utf8');
  let error: string;
  try {
    const parsed = eventEnvelopeSchema.safeParse(JSON.parse(body));
    if (parsed.success) return { ok: true, envelope: parsed.data as EventEnvelope };
    error = `Invalid event envelope: ${parsed.error.message}`;
  } catch (cause) {
    error = `Message is not JSON: ${cause instanceof Error ? cause.message : String(cause)}`;
  }
  const envelope: EventEnvelope = {
    specversion: '1.0',
    id: String(message.properties.messageId ?? `undecodable-${message.fields.deliveryTag}-${Date.now()}`),
    source: 'urn:crm:bus:undecodable',
    type: message.fields.routingKey || 'unknown',
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    dataschema: 'urn:crm:bus:undecodable',
    orgid: 'unknown',
    data: { raw: body },
  };
  return { ok: false, error, envelope };
}
