import { Router } from 'express';
import type { Registry } from 'prom-client';
import type { Logger } from '../logger';
import { sameSecret } from './same-secret';

export type ReadinessCheck = { name: string; check: () => Promise<void> | void };

/**
 * `/healthz`: the process is alive. `/readyz`: every dependency answers (503 with the failing ones
 * otherwise, so a balancer stops sending traffic). `/metrics`: Prometheus text format.
 */
export interface HealthRoutesOptions {
  checks: ReadinessCheck[];
  /** More to report in `/readyz`'s body without deciding readiness (the router: each subgraph's circuit). */
  details?: () => Record<string, unknown>;
  registry: Registry;
  logger: Logger;
  /**
   * Who may read `/metrics`: `open` (an internal port), `token` (a Bearer token, for a public port in
   * production), or `off` (not served here).
   */
  metrics?: { access: 'open' } | { access: 'token'; token: string } | { access: 'off' };
}

export function healthRoutes({ checks, details, registry, logger, metrics = { access: 'open' } }: HealthRoutesOptions): Router {
  const router = Router();
  let draining = false;
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    const failures: Record<string, string> = {};
    await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await check();
        } catch (error) {
          failures[name] = error instanceof Error ? error.message : String(error);
        }
      }),
    );
    if (Object.keys(failures).length) {
      logger.warn({ failures }, 'not ready');
      res.status(503).json({ status: 'unavailable', failures, ...details?.() });
    } else {
      res.json({ status: 'ready', ...details?.() });
    }
  });
  router.get('/metrics', async (req, res, next) => {
    if (metrics.access === 'off' || (metrics.access === 'token' && !sameSecret(req.header('authorization'), `Bearer ${metrics.token}`))) {
      next();
      return;
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
  Object.defineProperty(router, 'markDraining', { value: () => (draining = true) });
  return router;
}

/** Tells /readyz to answer 503 from now on (the first step of a graceful shutdown). */
export function markDraining(router: Router): void {
  (router as Router & { markDraining?: () => void }).markDraining?.();
}
