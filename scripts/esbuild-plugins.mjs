// esbuild plugins for the browser bundles (tsup and scripts/bundle-size.mjs share them).
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Rule packs carry their examples and descriptions for tests and docs/RULES.md;
 * the engine never reads them, and they are about 40% of a pack's size. A
 * bundle keeps one example of each kind per rule, the least the pack schema
 * accepts (CI runs every example from rules/).
 */
const size = (example) => JSON.stringify(example).length;
const shortest = (examples) => examples.reduce((a, b) => (size(b) < size(a) ? b : a));

export const stripRuleDocs = {
  name: 'strip-rule-docs',
  setup(build) {
    build.onLoad({ filter: /[\\/]rules[\\/][a-z]{2,3}[\\/][a-z-]+\.json$/ }, async (args) => {
      const pack = JSON.parse(await readFile(args.path, 'utf8'));
      delete pack.description;
      for (const rule of pack.rules ?? []) {
        delete rule.description;
        if (rule.examples) rule.examples = { bad: [shortest(rule.examples.bad)], good: [shortest(rule.examples.good)] };
      }
      return { contents: JSON.stringify(pack), loader: 'json' };
    });
  },
};

/**
 * franc carries trigrams for 187 languages; detection only ever asks about the
 * ones in src/detect/detect-languages.json (ours) and
 * src/detect/other-languages.json (common languages without packs, so that a
 * German draft is reported as German, not coached as English), so a bundle
 * keeps just those, with all their trigrams, so the browser answers as Node
 * does. Fewer for the other languages saved little: keeping 200, 150 or 100 of
 * franc's 300 saved 6, 9 or 12 kB gzip, and from 150 down the bundle missed
 * drafts that Node names (tests/fixtures/detection-other: 27 and 23 of Node's 28).
 */
export const francPackLanguages = {
  name: 'franc-pack-languages',
  setup(build) {
    build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
      const codes = async (file) => Object.keys(JSON.parse(await readFile(join(root, 'src', 'detect', file), 'utf8')));
      const keep = new Set([...(await codes('detect-languages.json')), ...(await codes('other-languages.json'))]);
      const { data } = await import(args.path);
      const kept = {};
      for (const [script, languages] of Object.entries(data)) {
        const mine = Object.fromEntries(Object.entries(languages).filter(([code]) => keep.has(code)));
        if (Object.keys(mine).length > 0) kept[script] = mine;
      }
      return { contents: `export const data = ${JSON.stringify(kept)};`, loader: 'js' };
    });
  },
};

/**
 * The CLI and the language server's thread import the library as `reply-coach`
 * (the package referring to itself through its exports), so dist/ holds the
 * rules and engine once, not once more inside the CLI's bundle.
 */
export const libraryFromPackage = {
  name: 'library-from-package',
  setup(build) {
    build.onResolve({ filter: /^\.{1,2}\/(index|\.\.\/index)\.js$/ }, (args) => {
      const target = join(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return target === join(root, 'src', 'index.ts') ? { path: 'reply-coach', external: true } : undefined;
    });
  },
};
