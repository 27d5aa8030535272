import { currentLogContext, runWithLogContext } from './logger';
import { otlpReceiver } from './testing/otlp-receiver';
import { currentTraceparent, SpanKind, startSpan, startTracing } from './tracing';

describe('tracing', () => {
  it('without an endpoint records nothing but keeps the caller trace id and gives a fresh span id', () => {
    const parent = `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`;
    const span = startSpan('HTTP POST', SpanKind.SERVER, parent);
    expect(span.traceId).toBe('a'.repeat(32));
    expect(span.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(span.spanId).not.toBe('b'.repeat(16));
    expect(span.traceparent).toBe(`00-${span.traceId}-${span.spanId}-01`);
    expect(startSpan('x', SpanKind.SERVER, 'garbage').traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('names the current span as the parent of what the request publishes, and log lines carry both ids', () => {
    runWithLogContext({ traceId: 'c'.repeat(32), spanId: 'd'.repeat(16) }, () => {
      expect(currentTraceparent()).toBe(`00-${'c'.repeat(32)}-${'d'.repeat(16)}-01`);
      expect(currentLogContext()).toEqual(expect.objectContaining({ traceId: 'c'.repeat(32), spanId: 'd'.repeat(16) }));
    });
  });

  it('with OTEL_EXPORTER_OTLP_ENDPOINT exports spans by OTLP, children under their parents across hops', async () => {
    const receiver = await otlpReceiver();
    const tracing = startTracing('tracing-test', receiver.url);
    try {
      const server = startSpan('HTTP POST', SpanKind.SERVER, undefined);
      const consumer = startSpan('consume crm.test', SpanKind.CONSUMER, server.traceparent);
      consumer.end(new Error('handler failed'));
      server.end();
    } finally {
      await tracing.stop();
    }
    await receiver.close();
    expect(receiver.paths).toEqual(['/v1/traces']);
    const byName = new Map(receiver.spans.map((span) => [span.name, span]));
    const server = byName.get('HTTP POST')!;
    const consumer = byName.get('consume crm.test')!;
    expect(consumer.traceId).toBe(server.traceId);
    expect(consumer.parentSpanId).toBe(server.spanId);
  });
});
