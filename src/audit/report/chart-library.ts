/**
 * Chart.js's UMD build, read from node_modules when a report is written (it is a dependency,
 * never copied into this repository), to be inlined in the report so it needs no network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: string | undefined;

/** The library's source, ready to sit inside a <script> element; read once per process. */
export function chartLibrary(): string {
  if (cached !== undefined) return cached;
  // The package's exports name only its ESM and CJS entries; the UMD build sits beside them in dist/.
  const entry = createRequire(import.meta.url).resolve('chart.js');
  const source = readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8')
    // The map file is not shipped with the report; a reference to it would be a dangling request in dev tools.
    .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  // Inline script text must not close its element or open an HTML comment.
  if (/<\/script|<!--/i.test(source)) throw new Error(`chart.js at ${entry}: its UMD build cannot be inlined in a <script> element`);
  cached = source;
  return source;
}
