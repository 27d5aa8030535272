import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { Logger } from '@crm/platform';
import { Router, type Request, type Response } from 'express';
import { routerText } from './router.texts';

/** Request headers a file transfer needs; nothing else (cookies, the router's auth) goes to Documents. */
const FORWARDED_REQUEST = ['content-type', 'content-length', 'transfer-encoding', 'range', 'if-range', 'x-request-id', 'accept-language'];
const FORWARDED_RESPONSE = ['content-type', 'content-length', 'content-range', 'content-disposition', 'accept-ranges', 'cache-control', 'x-content-type-options'];

/** A subgraph's base URL from its GraphQL routing URL (`http://documents:4001/graphql` → `http://documents:4001`). */
export function subgraphBaseUrl(subgraphUrls: Record<string, string>, name: string): string {
  return (subgraphUrls[name] ?? `http://${name}:4001/graphql`).replace(/\/graphql\/?$/, '');
}

/**
 * `/files/upload/:token` and `/files/download/:token` on the router's origin (clients know no other),
 * streamed to and from the Documents service in both runtime modes: nothing is buffered, so memory stays
 * flat whatever the file size. The one-time token in the path is the credential; Documents checks it.
 */
export function filesProxy(options: { subgraphUrls: Record<string, string>; logger: Logger }): Router {
  const router = Router();
  const forward = transferTo(`${subgraphBaseUrl(options.subgraphUrls, 'documents')}/files`, 'documentsUnavailable', options.logger);
  router.put('/upload/:token', forward);
  router.post('/upload/:token', forward);
  router.get('/download/:token', forward);
  return router;
}

/** `/exports/audit/:token`: Audit's CSV exports (one-time links too), streamed the same way. */
export function exportsProxy(options: { subgraphUrls: Record<string, string>; logger: Logger }): Router {
  const router = Router();
  router.get('/audit/:token', transferTo(`${subgraphBaseUrl(options.subgraphUrls, 'audit')}/exports`, 'auditUnavailable', options.logger));
  return router;
}

/** Streams the request to `target` + its path and the answer back, forwarding only transfer headers. */
function transferTo(target: string, unavailable: 'documentsUnavailable' | 'auditUnavailable', logger: Logger) {
  return (req: Request, res: Response) => {
    let answered = false;
    const upstream = httpRequest(`${target}${req.url}`, { method: req.method, headers: pick(req.headers, FORWARDED_REQUEST) }, (answer) => {
      answered = true;
      res.status(answer.statusCode ?? 502);
      for (const [name, value] of Object.entries(pick(answer.headers, FORWARDED_RESPONSE))) if (value !== undefined) res.setHeader(name, value);
      answer.pipe(res);
      answer.once('aborted', () => res.destroy());
    });
    upstream.once('error', (error) => {
      // The service may answer (413, 410) before it has read the body; the rest of the body then has nowhere to go.
      if (answered) return void req.unpipe(upstream);
      logger.warn({ err: error, target }, 'transfer to a subgraph failed');
      if (res.headersSent) return void res.destroy();
      res.status(502).json({ error: { code: 'BAD_GATEWAY', message: routerText(unavailable).render() } });
    });
    // A client that hangs up mid-upload must abort the upstream request, so Documents drops its partial file.
    req.once('close', () => {
      if (!req.complete) upstream.destroy(new Error('client closed the connection'));
    });
    res.once('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  };
}

function pick(headers: IncomingHttpHeaders, names: readonly string[]): Record<string, string | string[]> {
  const picked: Record<string, string | string[]> = {};
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined) picked[name] = value;
  }
  return picked;
}
