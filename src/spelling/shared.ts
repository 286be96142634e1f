import { loadSpellingSync } from './load.js';
import type { Speller } from './speller.js';

let shared: (Speller & { missing: string[] }) | undefined;

/**
 * One speller for a process (the CLI's `--spelling`, the language server's
 * `spelling` setting), with every dictionary package that is installed, read
 * on first use; `missing` names the packages that are not.
 */
export function sharedSpeller(): Speller & { missing: string[] } {
  return (shared ??= loadSpellingSync(undefined, { installedOnly: true }));
}
