import { randomBytes } from 'node:crypto';
import { context as otelContext, SpanKind, SpanStatusCode, trace, type Attributes, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { currentLogContext } from './logger';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

export { SpanKind };

/** One hop of a trace: its ids (for log lines) and the `traceparent` naming it as the parent of what it calls. */
export interface TraceSpan {
  traceId: string;
  spanId: string;
  traceparent: string;
  setAttributes(attributes: Attributes): void;
  end(error?: unknown): void;
}

let tracer: Tracer | undefined;
let provider: BasicTracerProvider | undefined;

/**
 * Exports spans by OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT` (e.g. `http://tempo:4318`) when it is set;
 * otherwise nothing is recorded and trace ids are still made and propagated (ADR 0058). Idempotent.
 */
export function startTracing(serviceName: string, endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT): { stop(): Promise<void> } {
  if (!endpoint || provider) return { stop: async () => undefined };
  provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))],
  });
  tracer = provider.getTracer('crm');
  return {
    async stop() {
      await provider?.shutdown();
      provider = undefined;
      tracer = undefined;
    },
  };
}

/**
 * Starts a span continuing `parent` (a W3C traceparent; a new trace without a well-formed one). With
 * tracing off the ids are still fresh and the trace id kept, so logs and events correlate anyway.
 */
export function startSpan(name: string, kind: SpanKind, parent: string | undefined, attributes: Attributes = {}): TraceSpan {
  const match = parent ? TRACEPARENT.exec(parent.trim()) : null;
  const recording = tracer
    ? tracer.startSpan(
        name,
        { kind, attributes },
        match ? trace.setSpanContext(otelContext.active(), { traceId: match[1]!, spanId: match[2]!, traceFlags: 1, isRemote: true }) : otelContext.active(),
      )
    : undefined;
  const traceId = recording?.spanContext().traceId ?? match?.[1] ?? randomBytes(16).toString('hex');
  const spanId = recording?.spanContext().spanId ?? randomBytes(8).toString('hex');
  return {
    traceId,
    spanId,
    traceparent: `00-${traceId}-${spanId}-01`,
    setAttributes: (more) => recording?.setAttributes(more),
    end(error) {
      if (!recording) return;
      if (error !== undefined) {
        recording.recordException(error instanceof Error ? error : String(error));
        recording.setStatus({ code: SpanStatusCode.ERROR });
      }
      recording.end();
    },
  };
}

/** Whether spans are recorded (OTEL_EXPORTER_OTLP_ENDPOINT set): hot paths skip making spans otherwise. */
export function tracingEnabled(): boolean {
  return tracer !== undefined;
}

/** W3C trace context, nothing recorded: keeps the caller's trace id, or starts a new trace, with a fresh span id. */
export function parseOrStartTrace(header: string | undefined): { traceId: string; spanId: string; traceparent: string } {
  const match = header ? TRACEPARENT.exec(header.trim()) : null;
  const traceId = match?.[1] ?? randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
}

/** The traceparent of the current request or event handler (its span as the parent), for events and outgoing calls. */
export function currentTraceparent(): string | undefined {
  const { traceId, spanId } = currentLogContext();
  return traceId ? `00-${traceId}-${spanId ?? randomBytes(8).toString('hex')}-01` : undefined;
}
