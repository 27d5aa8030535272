// `pnpm compose:check`: docker-compose.yml is valid for the compose client installed here. Dummy
// secrets and an empty env file, so a developer's .env cannot decide the result; nothing starts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { captureOutput, runInherited } from '../run-command';

async function main(): Promise<void> {
  function composeClient(): string[] | undefined {
    if (captureOutput('docker', ['compose', 'version']) !== undefined) return ['docker', 'compose'];
    if (captureOutput('docker-compose', ['version']) !== undefined) return ['docker-compose'];
    return undefined;
  }

  const client = composeClient();
  if (!client) {
    console.log('no docker compose client; skipped');
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'crm-compose-'));
    const envFile = path.join(dir, 'empty.env');
    writeFileSync(envFile, '');
    const [command, ...prefix] = client as [string, ...string[]];
    const status = await runInherited(command, [...prefix, '--env-file', envFile, '-f', 'docker-compose.yml', 'config', '-q'], {
      ...process.env,
      POSTGRES_PASSWORD: 'ci',
      RABBITMQ_PASSWORD: 'ci',
      AUTH_SIGNING_KEYS: '[]',
    });
    rmSync(dir, { recursive: true, force: true });
    if (status === 0) console.log(`docker-compose.yml is valid (${client.join(' ')})`);
    process.exitCode = status;
  }
}

void main();
