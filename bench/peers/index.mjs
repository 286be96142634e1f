// Adapters for the peer tools the benchmark compares reply-coach with.
//
// Every peer is `{ name, version, setup }`: `setup()` does the one-off work
// (imports, building processors, loading WASM) and resolves to `lint(text)`,
// which returns — synchronously or as a Promise — the number of problems the
// peer reports for `text`. Peers are imported lazily inside `setup()`, so
// importing this module costs nothing and cold starts can be measured per peer.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF_URL = import.meta.url;

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

export const COLD_START_TEXT =
  'Hi Anna,\n\nThank you for your message. Unfortunately we cannot refund the order, but I have escalated it to tier 2 and you will hear back soon.\n\nBest regards,\nSam';

/**
 * Runs one peer in a fresh `node` process: dynamic import + setup + first lint of a
 * short reply, timed with performance.now(). Resolves to
 * `{ ms, maxRssKb, problems, processMs, rusageMaxRssKb }` — `ms` is the
 * import+setup+first-lint phase, `processMs` is the time from process start to the
 * end of that phase, `maxRssKb` is the child's peak RSS in kB.
 *
 * On Linux `process.resourceUsage().maxRSS` of a spawned child is at least the
 * parent's own peak RSS at spawn time (the high-water mark survives fork/exec), so
 * a benchmark that has already loaded harper.js would see ~400 MB for every peer.
 * `maxRssKb` therefore comes from VmHWM in /proc/self/status (peak RSS of the
 * child's own address space) where that exists, else from maxRSS; the raw maxRSS
 * is kept as `rusageMaxRssKb`.
 */
export function measureColdStart(name, { text = COLD_START_TEXT, timeoutMs = 120_000 } = {}) {
  if (!PEER_DEFS.some((d) => d.name === name)) return Promise.reject(new Error(`unknown peer: ${name}`));
  const snippet = `
const t0 = performance.now();
const { PEER_DEFS } = await import(${JSON.stringify(SELF_URL)});
const lint = await PEER_DEFS.find((d) => d.name === ${JSON.stringify(name)}).setup();
const problems = await lint(${JSON.stringify(text)});
const t1 = performance.now();
const rusageMaxRssKb = process.resourceUsage().maxRSS;
let hwmKb;
try {
  const { readFileSync } = await import('node:fs');
  hwmKb = Number(/^VmHWM:\\s+(\\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) || undefined;
} catch {}
process.stdout.write(JSON.stringify({ ms: t1 - t0, processMs: t1, problems, maxRssKb: hwmKb ?? rusageMaxRssKb, rusageMaxRssKb }));
`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', snippet], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`cold start of ${name} failed (code ${code}, signal ${signal}): ${err.trim()}`));
      try {
        resolve(JSON.parse(out));
      } catch {
        reject(new Error(`cold start of ${name}: unexpected output ${JSON.stringify(out)} ${err.trim()}`));
      }
    });
  });
}
