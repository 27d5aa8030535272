// `pnpm db:check`: drizzle-kit generates nothing when every subgraph's (and the bot's) migrations already match its
// drizzle schema; a generated file means a schema changed without its migration.
import { reportChanges, uncommittedChanges } from '../git-changes';
import { runInherited } from '../run-command';

async function main(): Promise<void> {
  const status = await runInherited('pnpm', ['--silent', 'db:generate']);
  if (status !== 0) {
    console.error('drizzle-kit generate failed');
    process.exit(status);
  }
  reportChanges(
    uncommittedChanges(['subgraphs/*/migrations', 'bot/migrations']),
    'migrations match the drizzle schemas',
    "a drizzle schema changed without its migration — run 'pnpm db:generate' and commit:",
  );
}

void main();
