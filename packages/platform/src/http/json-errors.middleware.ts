import { languageFromAcceptLanguage } from '@crm/texts';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../logger';
import { platformText } from '../platform.texts';

const CLIENT_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Errors raised before GraphQL (a body over the size limit, malformed JSON) answer as GraphQL-shaped
 * JSON with a code, never Express's HTML page with a stack trace (ADR 0019).
 */
export function jsonErrorsMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: { status?: number; statusCode?: number; message?: string; expose?: boolean }, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    const requestId = String(res.locals.requestId ?? '');
    if (status >= 400 && status < 500) {
      const code = CLIENT_CODES[status] ?? 'BAD_REQUEST';
      // The body parser reports from its stream's callbacks, outside the request's language context: read it again.
      const language = languageFromAcceptLanguage(req.header('accept-language'));
      const message = status === 413 ? platformText('bodyTooLarge').render(language) : error.expose && error.message ? error.message : platformText('badRequest').render(language);
      res.status(status).json({ errors: [{ message, extensions: { code } }] });
      return;
    }
    logger.error({ err: error, requestId }, 'unexpected error in an HTTP request');
    res.status(500).json({ errors: [{ message: platformText('internal', { requestId }).render(), extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
  };
}
