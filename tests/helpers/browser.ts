/**
 * Shared by the browser tests: the system Chromium (skipped when it is missing, unless CI is
 * set), an up-to-date dist/standalone.js, and the playground's static server.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Options } from 'tsup';
import { CHROMIUM_PATH, launchChromium } from '../../playground/screenshot.mjs';
import { startServer, type StaticServer } from '../../playground/serve.mjs';

export const root = join(import.meta.dirname, '..', '..');
export const STANDALONE = join(root, 'dist', 'standalone.js');

export const hasChromium = existsSync(CHROMIUM_PATH);
/** Without Chromium the browser tests are skipped locally, and fail (in beforeAll) when CI is set. */
export const skipBrowserTests = !hasChromium && !process.env.CI;
export const chromiumMissing = `Chromium not found at ${CHROMIUM_PATH}: install the Debian package "chromium" (apt-get install -y --no-install-recommends chromium); .ci/run does this before npm ci`;
if (skipBrowserTests) console.warn(`Skipping the browser tests. ${chromiumMissing}. (With CI set they fail instead.)`);

export async function openBrowser(): Promise<Browser> {
  if (!hasChromium) throw new Error(chromiumMissing);
  return launchChromium();
}

// ------------------------------------------------------------------ dist/standalone.js

/** What the standalone bundle is built from. */
const SOURCES = ['src', 'rules', 'locales', 'scripts/esbuild-plugins.mjs', 'tsup.config.ts', 'package.json'];

function newest(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** The self-contained modules the pages load: the library, and the playground's spell check. */
const BUNDLES = ['standalone', 'spelling-standalone'];

const isFresh = () => {
  const sources = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  return BUNDLES.every((name) => {
    const file = join(root, 'dist', `${name}.js`);
    return existsSync(file) && statSync(file).mtimeMs >= sources;
  });
};

/** One builder at a time across test files (each runs in its own worker). */
async function withLock<T>(run: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), `reply-coach-standalone-${Buffer.from(root).toString('hex').slice(-24)}.lock`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Makes sure dist/standalone.js exists and is newer than its sources. CI runs `npm run build`
 * before the tests, so there it is already fresh. Otherwise only the standalone bundle is
 * rebuilt (about a second), with the settings of its entry in tsup.config.ts, into a
 * temporary directory and then renamed into dist/, so a reader never sees half a file and
 * the rest of dist/ is left alone.
 */
export async function ensureStandalone(): Promise<void> {
  if (isFresh()) return;
  await withLock(async () => {
    if (isFresh()) return;
    const { build } = await import('tsup');
    const configs = (await import('../../tsup.config.js')).default as Options[];
    mkdirSync(join(root, 'dist'), { recursive: true });
    for (const name of BUNDLES) {
      const config = configs.find((c) => c.entry && !Array.isArray(c.entry) && typeof c.entry === 'object' && name in c.entry);
      if (!config) throw new Error(`tsup.config.ts has no \`${name}\` entry`);
      const out = mkdtempSync(join(root, 'dist', '.standalone-'));
      try {
        await build({ ...config, entry: { [name]: (config.entry as Record<string, string>)[name]! }, outDir: out, clean: false, silent: true, config: false });
        renameSync(join(out, `${name}.js`), join(root, 'dist', `${name}.js`));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
  });
}

// ------------------------------------------------------------------ server and page

/**
 * Serves playground/ at / and dist/ at /dist/ on 127.0.0.1 (random port). The bundle is
 * read once here and served from memory, so a `npm run build` running at the same time
 * (its clean step empties dist/) cannot pull it away in the middle of a test.
 */
export async function serve(pages: Record<string, { type?: string; body: string }> = {}): Promise<StaticServer> {
  await ensureStandalone();
  const bundle = readFileSync(STANDALONE, 'utf8');
  return startServer({ pages: { '/dist/standalone.js': { type: 'text/javascript; charset=utf-8', body: bundle }, ...pages } });
}

/** Collects what would make a page test meaningless: uncaught errors, console errors, requests off the local server. */
export function watchPage(page: Page, origin: string): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    requests.push(r.url());
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request off the local server: ${r.url()}`);
  });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  return { problems, requests };
}
