// `pnpm generated:check`: the composed supergraph and every codegen output are committed — nothing
// a test run or a generator wrote is left modified or untracked.
import { reportChanges, uncommittedChanges } from '../git-changes';

reportChanges(
  uncommittedChanges(['schema/', ':(glob)**/__generated__/**']),
  'schema/ and generated code are committed',
  "generated files changed or are untracked — run 'pnpm schema:compose && pnpm codegen' and commit:",
);
