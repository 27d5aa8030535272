import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/**
 * The built SPA (`web/dist`): hashed files under `/assets` are immutable for a year, `index.html` is
 * always revalidated, and every other GET that is not an API path gets `index.html` so client-side
 * routes survive a reload.
 */
export function staticWebApp(distDir: string): RequestHandler {
  const router = Router();
  const indexFile = join(distDir, 'index.html');
  router.use('/assets', express.static(join(distDir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/^(?!\/(graphql|auth|healthz|readyz|metrics)(\/|$)).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!existsSync(indexFile)) {
      res.status(503).type('text/plain; charset=utf-8').send('Веб-приложение не собрано: выполните `pnpm --filter @crm/web build`.\nThe web app is not built: run `pnpm --filter @crm/web build`.');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
