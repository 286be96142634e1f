// Writes playground/screenshot.png: the playground with its example draft, full page, 1280×900.
//   npm run build && node playground/screenshot.mjs
// Uses the system Chromium (/usr/bin/chromium, or CHROMIUM_PATH) through playwright-core;
// it never downloads a browser, and the page loads nothing but the local server.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR, PLAYGROUND_DIR, startServer } from './serve.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
export const SCREENSHOT_PATH = join(PLAYGROUND_DIR, 'screenshot.png');
export const VIEWPORT = { width: 1280, height: 900 };

/** Launches the system Chromium headless. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Opens the playground fresh (its example draft), waits for the first analysis and saves a full-page PNG. */
export async function screenshotPlayground(page, baseUrl, path = SCREENSHOT_PATH) {
  await page.setViewportSize(VIEWPORT);
  await page.goto(baseUrl, { waitUntil: 'load' });
  await page.waitForSelector('body[data-state="ready"] [data-testid="mark"]');
  await page.evaluate('document.fonts.ready');
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(DIST_DIR, 'standalone.js'))) {
    console.error('dist/standalone.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium not found at ${CHROMIUM_PATH} (install the Debian package "chromium", or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  const out = process.argv[2] ? resolve(process.argv[2]) : SCREENSHOT_PATH;
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await screenshotPlayground(page, server.url, out);
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
