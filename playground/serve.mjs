// A tiny static server for the playground: playground/ at /, dist/ at /dist/, and the installed
// Hunspell dictionary packages at /dictionaries/ (for the Spelling checkbox; nothing is fetched from elsewhere).
//   npm run playground            (builds first; PORT=8080 npm run playground for another port)
// Tests and playground/screenshot.mjs import startServer and listen on a random port.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const PLAYGROUND_DIR = resolve(here);
export const DIST_DIR = resolve(here, '..', 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `dir` that a URL path names, or undefined when it would leave `dir`. */
function inside(dir, urlPath) {
  const file = resolve(dir, '.' + normalize('/' + urlPath));
  return file === dir || file.startsWith(dir + sep) ? file : undefined;
}

const require = createRequire(import.meta.url);

/** The directory of an installed npm package, or undefined when it is not installed. */
function packageDir(name) {
  try {
    return dirname(require.resolve(name));
  } catch {
    return undefined;
  }
}

/**
 * /dictionaries/index.json: { language: [package, ...] } for the dictionary packages installed
 * (reply-coach/spelling's DICTIONARY_PACKAGES, main one first); /dictionaries/<package>.aff and .dic:
 * that package's files as bytes (the page decodes them by the .aff's SET line). Anything else is a 404.
 */
async function dictionaryFile(path) {
  const { DICTIONARY_PACKAGES } = await import('../dist/spelling.js');
  if (path === 'index.json') {
    const installed = Object.entries(DICTIONARY_PACKAGES)
      .map(([language, names]) => [language, names.filter((n) => packageDir(n))])
      .filter(([, names]) => names.length > 0);
    return { type: TYPES['.json'], body: JSON.stringify(Object.fromEntries(installed)) };
  }
  const m = /^([a-z-]+)\.(aff|dic)$/.exec(path);
  const dir = m && Object.values(DICTIONARY_PACKAGES).flat().includes(m[1]) ? packageDir(m[1]) : undefined;
  if (!dir) return undefined;
  return { type: 'application/octet-stream', body: await readFile(join(dir, `index.${m[2]}`)) };
}

/**
 * Starts the server on 127.0.0.1. `mounts` maps URL prefixes to directories (longest
 * prefix first wins); `pages` maps exact URL paths to in-memory files ({ type, body }).
 * Resolves to { url, port, close() }.
 */
export async function startServer({ port = 0, mounts, pages = {} } = {}) {
  const table = Object.entries(mounts ?? { '/dist/': DIST_DIR, '/': PLAYGROUND_DIR })
    .map(([prefix, dir]) => [prefix, resolve(dir)])
    .sort((a, b) => b[0].length - a[0].length);

  const server = createServer(async (req, res) => {
    const send = (status, type, body) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
        // Cross-origin isolation: everything here is same-origin, and it gives the page a
        // finer performance.now() for timing analyze calls.
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, TYPES['.txt'], 'method not allowed\n');
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, TYPES['.txt'], 'bad request\n');
    }
    const page = pages[path];
    if (page) return send(200, page.type ?? TYPES[extname(path)] ?? TYPES['.html'], page.body);
    if (path.startsWith('/dictionaries/')) {
      const file = await dictionaryFile(path.slice('/dictionaries/'.length)).catch(() => undefined);
      return file ? send(200, file.type, file.body) : send(404, TYPES['.txt'], `not found: ${path}\n`);
    }
    const mount = table.find(([prefix]) => path.startsWith(prefix));
    let file = mount && inside(mount[1], path.slice(mount[0].length));
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file) throw new Error('outside');
      const body = await readFile(file);
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(404, TYPES['.txt'], `not found: ${path}\n`);
    }
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    port: actual,
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  try {
    const { url } = await startServer({ port });
    console.log(`reply-coach playground: ${url}  (Ctrl+C to stop)`);
  } catch (e) {
    console.error(`Could not start the playground server on port ${port}: ${e.message}${e.code === 'EADDRINUSE' ? ' (set PORT to use another port)' : ''}`);
    process.exit(1);
  }
}
