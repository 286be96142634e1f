// Minified + gzipped size of the browser bundles, against the budgets in issue 6:
//   core + English, language given (no detector)  < 200 kB
//   everything (all languages, detector, compromise) < 350 kB
// `--json` prints the figures for bench/ to read; exits 1 when a bundle is over budget (CI runs it).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { francPackLanguages, stripRuleDocs } from './esbuild-plugins.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1000;

export const BUNDLES = [
  {
    name: 'core + English (language given)',
    budget: 200 * KB,
    contents: `import { createCoach } from './src/core.ts';
import { en } from './src/languages/en.ts';
import { compromise } from './src/nlp/compromise.ts';
export const coach = createCoach({ languages: [en], nlp: compromise, language: 'en' });`,
  },
  { name: 'everything (5 languages, detector)', budget: 350 * KB, contents: `export * from './src/browser.ts';` },
];

/** Bundles one entry the way a browser app would (minified ESM), returning sizes and the largest inputs. */
export async function measure(bundle) {
  const result = await build({
    stdin: { contents: bundle.contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    plugins: [stripRuleDocs, francPackLanguages],
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const byPackage = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)) {
    // A package by its name (after the last node_modules/, wherever that folder is), our files by their folder.
    const inPackage = path.lastIndexOf('node_modules/');
    const key = inPackage >= 0 ? path.slice(inPackage + 13).split('/')[0] : path.split('/').slice(0, 2).join('/');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return {
    name: bundle.name,
    budget: bundle.budget,
    minified: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    largest: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await Promise.all(BUNDLES.map(measure));
  if (process.argv.includes('--json')) console.log(JSON.stringify(results));
  else {
    for (const r of results) {
      const ok = r.gzip <= r.budget;
      console.log(`${ok ? 'ok  ' : 'OVER'} ${r.name}: ${(r.gzip / KB).toFixed(1)} kB gzip (budget ${r.budget / KB} kB), ${(r.minified / KB).toFixed(1)} kB minified`);
      console.log(`     largest inputs (minified): ${r.largest.map(([k, v]) => `${k} ${(v / KB).toFixed(0)} kB`).join(', ')}`);
    }
  }
  process.exitCode = results.every((r) => r.gzip <= r.budget) ? 0 : 1;
}
