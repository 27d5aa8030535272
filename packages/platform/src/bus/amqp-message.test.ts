import { createEnvelope } from '@crm/contracts';
import type { ConsumeMessage } from 'amqplib';
import { ATTEMPT_HEADER, CLOUDEVENTS_CONTENT_TYPE, attemptOf, decodeMessage, encodeEnvelope, envelopeProperties } from './amqp-message';

const envelope = createEnvelope({ source: '/subgraphs/test', type: 'auth.user.created', version: 1, orgId: 'org-1', data: { a: 1 } });

function message(content: Buffer, headers: Record<string, unknown> = {}, messageId: string | null = envelope.id): ConsumeMessage {
  return {
    content,
    fields: { deliveryTag: 7, redelivered: false, exchange: 'crm.events', routingKey: 'auth.user.created', consumerTag: 'c' },
    properties: { headers, messageId: messageId ?? undefined },
  } as unknown as ConsumeMessage;
}

describe('AMQP message encoding', () => {
  it('publishes a CloudEvents JSON body, persistent, keyed by the event id', () => {
    expect(envelopeProperties(envelope)).toMatchObject({ persistent: true, messageId: envelope.id, contentType: CLOUDEVENTS_CONTENT_TYPE, headers: { [ATTEMPT_HEADER]: 1 } });
    expect(decodeMessage(message(encodeEnvelope(envelope)))).toEqual({ ok: true, envelope });
  });

  it('reads the attempt header, defaulting to the first attempt', () => {
    expect(attemptOf(message(Buffer.from('{}'), { [ATTEMPT_HEADER]: 3 }))).toBe(3);
    expect(attemptOf(message(Buffer.from('{}')))).toBe(1);
    expect(attemptOf(message(Buffer.from('{}'), { [ATTEMPT_HEADER]: 'garbage' }))).toBe(1);
  });

  it('wraps an undecodable body in a stand-in envelope that keeps the raw content', () => {
    const notJson = decodeMessage(message(Buffer.from('not json')));
    expect(notJson).toMatchObject({ ok: false, envelope: { id: envelope.id, type: 'auth.user.created', orgid: 'unknown', data: { raw: 'not json' } } });
    expect(notJson.ok ? '' : notJson.error).toMatch(/not JSON/);

    const invalid = decodeMessage(message(Buffer.from(JSON.stringify({ id: 'x' })), {}, null));
    expect(invalid.ok).toBe(false);
    expect(invalid.ok ? '' : invalid.error).toMatch(/Invalid event envelope/);
    expect(invalid.envelope.id).toMatch(/^undecodable-7-/);
  });
});
