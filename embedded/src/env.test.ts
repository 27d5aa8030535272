import { EnvError, parseEnv } from '@crm/platform';
import { queryLimitsFromEnv, routerEnvSchema } from '@crm/router';
import { crmConfigFromEnv, crmEnvShape } from '@crm/subgraph-crm';
import { paymentsConfigFromEnv, paymentsEnvShape } from '@crm/subgraph-payments';
import { embeddedEnvSchema } from './env';

/** Settings only a separate process has: where its peers, its supergraph file and its broker are. */
const DISTRIBUTED_ONLY = new Set(['SUPERGRAPH_PATH', 'AUTH_JWKS_URL', 'AMQP_URL', 'BUS_EXCHANGE', 'BOT_URL']);

describe('the embedded launcher environment', () => {
  it('can set every setting the distributed router and Payments read, under the same names', () => {
    const distributed = [...Object.keys(routerEnvSchema.shape), ...Object.keys(crmEnvShape), ...Object.keys(paymentsEnvShape)].filter((key) => !DISTRIBUTED_ONLY.has(key));
    const embedded = new Set(Object.keys(embeddedEnvSchema.shape));
    expect(distributed.filter((key) => !embedded.has(key))).toEqual([]);
  });

  it('passes the router limits and Payments settings through', () => {
    const env = parseEnv(embeddedEnvSchema, { MAX_DEPTH: '7', MAX_COST: '500', PAYMENTS_OVERDUE_EVERY_MS: '1000' });
    expect(queryLimitsFromEnv(env)).toEqual({ maxDepth: 7, maxAliases: 15, maxCost: 500, maxTokens: 3000 });
    expect(paymentsConfigFromEnv(env)).toEqual({ overdueJobEveryMs: 1000 });
  });

  it("passes CRM's review-dates job interval through, 5 s when unset", () => {
    expect(crmConfigFromEnv(parseEnv(embeddedEnvSchema, { CRM_REVIEW_DATES_EVERY_MS: '60000' }))).toEqual({ reviewDatesEveryMs: 60_000 });
    expect(crmConfigFromEnv(parseEnv(embeddedEnvSchema, {}))).toEqual({ reviewDatesEveryMs: 5_000 });
    expect(() => parseEnv(embeddedEnvSchema, { CRM_REVIEW_DATES_EVERY_MS: '0' })).toThrow(/CRM_REVIEW_DATES_EVERY_MS/);
  });

  it('keeps the distributed defaults when nothing is set', () => {
    const env = parseEnv(embeddedEnvSchema, {});
    expect(queryLimitsFromEnv(env)).toEqual({ maxDepth: 12, maxAliases: 15, maxCost: 10_000, maxTokens: 3000 });
    expect(paymentsConfigFromEnv(env)).toEqual({ overdueJobEveryMs: 60_000 });
  });

  it('reports every bad setting at once, each by name', () => {
    let error: unknown;
    try {
      parseEnv(embeddedEnvSchema, { MAX_DEPTH: '0', MAX_TOKENS: 'many', PAYMENTS_OVERDUE_EVERY_MS: '-5' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EnvError);
    const names = (error as EnvError).problems.map((problem) => problem.split(':')[0]);
    expect(names.sort()).toEqual(['MAX_DEPTH', 'MAX_TOKENS', 'PAYMENTS_OVERDUE_EVERY_MS']);
  });
});
