import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** The newest modification time of the files below these folders. */
function newest(...dirs: string[]): number {
  let latest = 0;
  for (const dir of dirs) {
    for (const entry of readdirSync(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return latest;
}

/**
 * Keeps src/data/builtin.ts and docs/RULES.md in step with rules/ and locales/
 * before any test runs, and builds dist/ when it is missing or older than the
 * sources, so the CLI, server and package tests test the code as it is rather
 * than skip (CI builds first, so there it is already current).
 */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/gen-builtin.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/rules-table.mjs'], { cwd: root, stdio: 'inherit' });
  const built = join(root, 'dist', 'cli.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newest('src', 'rules', 'locales')) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], { cwd: root, stdio: 'inherit' });
  }
}
