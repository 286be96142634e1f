// Adapters for the peer tools the benchmark compares reply-coach with.
//
// Every peer is `{ name, version, setup }`: `setup()` does the one-off work
// (imports, building processors, loading WASM) and resolves to `lint(text)`,
// which returns — synchronously or as a Promise — the number of problems the
// peer reports for `text`. Peers are imported lazily inside `setup()`, so
// importing this module costs nothing and bench/child.mjs can time each peer's cold start.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Version from node_modules/<pkg>/package.json (read directly: some packages do not export it). */
function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, pathToFileURL(ROOT)), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** `import()` of a CJS module gives `{ default: module.exports }`; Babel/TS output nests the real export one level down. */
function cjsDefault(ns) {
  const m = ns.default ?? ns;
  return m && m.__esModule ? m.default : m;
}

/** Import a package the way textlint itself resolves it (@textlint/* are textlint's dependencies, not ours). */
function importViaTextlint(pkg) {
  const fromTextlint = createRequire(createRequire(import.meta.url).resolve('textlint/package.json'));
  return import(pathToFileURL(fromTextlint.resolve(pkg)).href);
}

/** A textlint kernel with the plain-text plugin and one rule; no config file, no file system per call. */
async function textlintWith(ruleId, rulePkg) {
  const { TextlintKernel } = await importViaTextlint('@textlint/kernel');
  const textPlugin = cjsDefault(await importViaTextlint('@textlint/textlint-plugin-text'));
  const rule = cjsDefault(await import(rulePkg));
  const kernel = new TextlintKernel();
  const options = {
    ext: '.txt',
    filePath: 'reply.txt',
    plugins: [{ pluginId: 'text', plugin: textPlugin }],
    rules: [{ ruleId, rule }],
  };
  return async (text) => (await kernel.lintText(text, options)).messages.length;
}

/** Peer definitions: name, the package whose version is reported, and the setup function. */
export const PEER_DEFS = [
  {
    name: 'alex',
    pkg: 'alex',
    setup: async () => {
      const { text } = await import('alex');
      return (value) => text(value).messages.length;
    },
  },
  {
    name: 'write-good',
    pkg: 'write-good',
    setup: async () => {
      const writeGood = (await import('write-good')).default;
      return (value) => writeGood(value).length;
    },
  },
  {
    name: 'textlint + write-good',
    pkg: 'textlint',
    versions: ['textlint', 'textlint-rule-write-good'],
    setup: () => textlintWith('write-good', 'textlint-rule-write-good'),
  },
  {
    name: 'textlint + alex',
    pkg: 'textlint',
    versions: ['textlint', 'textlint-rule-alex'],
    setup: () => textlintWith('alex', 'textlint-rule-alex'),
  },
  {
    name: 'retext pipeline',
    pkg: 'unified',
    versions: ['unified', 'retext-english', 'retext-readability', 'retext-simplify', 'retext-passive', 'retext-equality'],
    setup: async () => {
      const [{ unified }, english, readability, simplify, passive, equality, stringify] = await Promise.all([
        import('unified'),
        import('retext-english'),
        import('retext-readability'),
        import('retext-simplify'),
        import('retext-passive'),
        import('retext-equality'),
        import('retext-stringify'), // unified's process() needs a compiler
      ]);
      const processor = unified()
        .use(english.default)
        .use(readability.default)
        .use(simplify.default)
        .use(passive.default)
        .use(equality.default)
        .use(stringify.default)
        .freeze();
      return async (value) => (await processor.process(value)).messages.length;
    },
  },
  {
    name: 'harper.js',
    pkg: 'harper.js',
    setup: async () => {
      const { LocalLinter, Dialect } = await import('harper.js');
      const { binaryInlined } = await import('harper.js/binaryInlined');
      const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.American });
      await linter.setup();
      return async (value) => (await linter.lint(value)).length;
    },
  },
];

/**
 * @returns {Promise<Array<{ name: string, version: string, versions: Record<string,string>, setup: () => Promise<(text: string) => number | Promise<number>> }>>}
 * `version` is the package's version, or `pkg@x + pkg@y …` for adapters built from several
 * packages; `versions` maps every package in the adapter to its version.
 */
export async function loadPeers() {
  return PEER_DEFS.map((def) => {
    const versions = Object.fromEntries((def.versions ?? [def.pkg]).map((p) => [p, versionOf(p)]));
    const version = def.versions ? def.versions.map((p) => `${p}@${versions[p]}`).join(' + ') : versions[def.pkg];
    return { name: def.name, version, versions, setup: def.setup };
  });
}
