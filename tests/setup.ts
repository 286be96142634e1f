import { execFileSync } from 'node:child_process';

/** Keeps src/builtin.ts and docs/RULES.md in step with rules/ and locales/ before any test runs. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/gen-builtin.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/rules-table.mjs'], { stdio: 'inherit' });
}
