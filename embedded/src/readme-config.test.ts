import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { botProcessEnvSchema } from '@crm/bot';
import { subgraphEnvSchema } from '@crm/platform';
import { routerEnvSchema } from '@crm/router';
import { crmEnvShape } from '@crm/subgraph-crm';
import { notificationsEnvShape } from '@crm/subgraph-notifications';
import { paymentsEnvShape } from '@crm/subgraph-payments';
import { embeddedEnvSchema } from './env';

/** The README's "Configuration reference" must name every variable the deployables' zod schemas read. */
describe('README configuration reference', () => {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const reference = readme.slice(readme.indexOf('## Configuration reference'), readme.indexOf('## Performance'));

  it.each([
    ['embedded launcher', Object.keys(embeddedEnvSchema.shape)],
    ['router', Object.keys(routerEnvSchema.shape)],
    ['every subgraph', Object.keys(subgraphEnvSchema.shape)],
    ['crm', Object.keys(crmEnvShape)],
    ['payments', Object.keys(paymentsEnvShape)],
    ['notifications', Object.keys(notificationsEnvShape)],
    ['telegram bot', Object.keys(botProcessEnvSchema.shape)],
  ])('names every variable of the %s', (_deployable, variables) => {
    expect(variables.filter((variable) => !reference.includes(`\`${variable}\``))).toEqual([]);
  });
});
