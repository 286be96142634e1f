import { execFileSync } from 'node:child_process';

/** Keeps src/builtin.ts in step with rules/ and locales/ before any test imports it. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/gen-builtin.mjs'], { stdio: 'inherit' });
}
