import { randomUUID } from 'node:crypto';
import { languageFromAcceptLanguage, runInLanguage } from '@crm/texts';
import type { RequestHandler } from 'express';
import { runWithLogContext } from '../logger';
import { runInRequestScope } from '../row-level-security/organization-scope';
import { SpanKind, startSpan } from '../tracing';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/**
 * Gives every request an id and a span of its trace (kept from the caller's `traceparent` when well-formed;
 * exported when tracing is on) and runs the rest of
 * the request inside a log context, so every log line of the request carries them, and in the
 * language the client accepts (`Accept-Language`), so every text it is told is in that language.
 */
export function requestContextMiddleware(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    const span = startSpan(`HTTP ${req.method}`, SpanKind.SERVER, req.header('traceparent'), { 'http.request.method': req.method });
    const { traceId, spanId, traceparent } = span;
    res.locals.requestId = requestId;
    res.locals.traceparent = traceparent;
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      // The route template, not the path: span names and attributes stay a closed set like metrics' labels.
      span.setAttributes({ 'http.response.status_code': res.statusCode, 'http.route': typeof req.route?.path === 'string' ? req.route.path : req.baseUrl || 'unmatched' });
      span.end(res.statusCode >= 500 ? new Error(`HTTP ${res.statusCode}`) : undefined);
    });
    runWithLogContext({ requestId, traceId, spanId }, () =>
      runInRequestScope(() => runInLanguage(languageFromAcceptLanguage(req.header('accept-language')), () => next())),
    );
  };
}

/**
 * The request's language again, after a body parser: it calls on from its stream's callbacks, where
 * the context {@link requestContextMiddleware} opened may be gone.
 */
export const inRequestLanguage: RequestHandler = (req, _res, next) => runInLanguage(languageFromAcceptLanguage(req.header('accept-language')), () => next());
