import { defineConfig, type Options } from 'tsup';
// @ts-expect-error: a plain .mjs module shared with scripts/bundle-size.mjs
import { francPackLanguages, libraryFromPackage, stripRuleDocs } from './scripts/esbuild-plugins.mjs';

const languages = ['cs', 'en', 'pl', 'sk', 'uz'];

/** An ES module with every dependency inside, minified, for a page without a bundler. */
const selfContainedBrowserModule = {
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  noExternal: [/.*/],
  minify: true,
  sourcemap: false,
} satisfies Options;

export default defineConfig([
  {
    // The library for Node and for bundlers (dependencies stay external).
    entry: {
      index: 'src/index.ts',
      browser: 'src/browser.ts',
      core: 'src/core.ts',
      nlp: 'src/nlp/compromise.ts',
      ...Object.fromEntries(languages.map((l) => [`languages/${l}`, `src/languages/${l}.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps: they carried every source file again and doubled the tarball.
    sourcemap: false,
    clean: true,
    // The CJS build needs import.meta.url for its on-demand require of compromise.
    shims: true,
    target: 'node20',
    platform: 'neutral',
    // franc goes into the browser entry with only the trigrams detection asks about, so a consumer's bundler
    // (Vite, webpack) gets the trimmed data without a plugin of its own; Node requires franc on first need.
    noExternal: ['franc'],
    esbuildPlugins: [stripRuleDocs, francPackLanguages],
    // The browser entry is ESM only (package.json's "browser" condition); its CommonJS copy is referenced by nothing.
    onSuccess: async () => {
      const { rm } = await import('node:fs/promises');
      await Promise.all(['dist/browser.cjs', 'dist/browser.d.cts'].map((f) => rm(f, { force: true })));
    },
  },
  {
    // reply-coach/spelling: the Hunspell reader, Node and ESM only (the dictionary packages are ES modules), loaded on demand.
    entry: { spelling: 'src/spelling/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
  },
  {
    // One self-contained ES module for a <script type="module"> or a page without a bundler.
    entry: { standalone: 'src/browser.ts' },
    ...selfContainedBrowserModule,
    esbuildPlugins: [stripRuleDocs, francPackLanguages],
  },
  {
    // The playground's spell check: createSpelling without Node (the page fetches the .aff/.dic itself), apart from standalone.js.
    entry: { 'spelling-standalone': 'src/spelling/create.ts' },
    ...selfContainedBrowserModule,
  },
  {
    // Each command is a chunk of its own, loaded when run: `--help` and `lsp --stdio` load no rules.
    // The audit's worker threads load dist/audit-worker.js.
    entry: { cli: 'src/cli.ts', 'lsp-worker': 'src/lsp/worker.ts', 'audit-worker': 'src/audit/pool-worker.ts' },
    format: ['esm'],
    splitting: true,
    esbuildOptions: (options) => {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // The library is not bundled a second time: the CLI imports it by the package's own name (dist/index.js).
    esbuildPlugins: [libraryFromPackage],
    // The JSON Schema of config files, generated from the zod schema `check` validates with ($schema in `reply-coach init`).
    onSuccess: async () => {
      const { writeFile } = await import('node:fs/promises');
      const { toJSONSchema } = await import('zod/mini');
      const { CheckConfigSchema } = await import('./src/documents/config.js');
      const schema = toJSONSchema(CheckConfigSchema, { unrepresentable: 'any', io: 'input' });
      const described = { ...schema, title: 'reply-coach config file', $id: 'https://unpkg.com/reply-coach/dist/config.schema.json' };
      await writeFile('dist/config.schema.json', `${JSON.stringify(described, null, 2)}\n`);
    },
  },
]);
