// `pnpm observability:check`: the Prometheus config and alert rules of the observability profile,
// checked by Prometheus's own `promtool` (Debian package `prometheus`, installed by .ci/run): the
// config parses, the rules compile, and the rules' unit tests pass. Without promtool it fails in CI
// and is skipped elsewhere (install it: `apt-get install prometheus`).
import { captureOutput, runInherited } from '../run-command';

const CONFIG = 'deploy/observability/prometheus/prometheus.yml';
const RULE_TESTS = 'deploy/observability/prometheus/rules/crm-alerts.test.yml';

async function main(): Promise<void> {
  if (captureOutput('promtool', ['--version']) === undefined) {
    console.log(process.env.CI ? 'promtool missing (Debian package `prometheus`)' : 'no promtool; skipped (apt-get install prometheus)');
    process.exitCode = process.env.CI ? 1 : 0;
    return;
  }
  const config = await runInherited('promtool', ['check', 'config', CONFIG]);
  const rules = await runInherited('promtool', ['test', 'rules', RULE_TESTS]);
  process.exitCode = config === 0 && rules === 0 ? 0 : 1;
}

void main();
