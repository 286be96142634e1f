import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextEdit } from 'vscode-languageserver/node';

/** The language server under the conditions real editors and real input make: Neovim 0.7's requests, bad frames, long drafts. */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

interface Server {
  process: ChildProcess;
  connection: MessageConnection;
  published: PublishDiagnosticsParams[];
  stderr: () => string;
  exited: Promise<number | null>;
  diagnostics: (uri: string, version: number, ms?: number) => Promise<Diagnostic[]>;
  capabilities: Record<string, unknown>;
}

const servers: Server[] = [];
afterEach(() => {
  // The connection goes first, so nothing is written to a server that is being killed (an EPIPE after the test).
  for (const s of servers.splice(0)) {
    s.connection.dispose();
    s.process.kill();
  }
});

/** Starts the server; `init` are the initializationOptions (Neovim's init_options); the client never answers workspace/configuration. */
async function start(init?: unknown): Promise<Server> {
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  // A server that exits on purpose (a malformed frame) closes its stdin: a write racing that is not a test failure.
  child.stdin!.on('error', () => {});
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  let wake: (() => void)[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    wake.splice(0).forEach((w) => w());
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();
  const result = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
    ...(init !== undefined ? { initializationOptions: init } : {}),
  });
  connection.sendNotification('initialized', {}).catch(() => {});
  const diagnostics = async (uri: string, version: number, ms = 30_000) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = published.find((p) => p.uri === uri && p.version === version);
      if (found) return found.diagnostics;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} v${version}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        wake.push(() => (clearTimeout(timer), resolve()));
      });
    }
  };
  const server = { process: child, connection, published, stderr: () => stderr, exited, diagnostics, capabilities: result.capabilities };
  servers.push(server);
  return server;
}

const open = (s: Server, uri: string, text: string, languageId = 'plaintext') =>
  // Not awaited by the callers, which wait for diagnostics; a failed write shows up as none arriving.
  s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } }).catch(() => {});

/** Writes raw bytes as a client would, bypassing the JSON-RPC writer. */
const raw = (s: Server, bytes: string) => s.process.stdin!.write(bytes);

describe('reply-coach lsp under real conditions', () => {
  it('declares positionEncoding utf-16', async () => {
    const s = await start();
    expect(s.capabilities.positionEncoding).toBe('utf-16');
  });

  it('offers code actions only for the diagnostics that overlap the requested range (Neovim 0.7 sends the whole line)', async () => {
    const s = await start({ replyCoach: { language: 'en' } });
    const uri = 'file:///tmp/rc-robust/line.txt';
    const text = "Hi Anna,\n\nUnfortunately we can't refund this, as per our policy, and your ticket was escalated to tier 2.\n\nBest regards,\nSam";
    await open(s, uri, text);
    const diagnostics = await s.diagnostics(uri, 1);
    const line = diagnostics.filter((d) => d.range.start.line === 2);
    expect(line.length).toBeGreaterThan(2);
    const target = line.find((d) => d.code === 'en.positive-language.we-cant')!;
    const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: target.range.start, end: target.range.start },
      context: { diagnostics: line },
    });
    const disables = actions.filter((a) => a.title.startsWith('Disable '));
    expect(disables.map((a) => a.title)).toEqual(['Disable en.positive-language.we-cant here']);
    for (const a of actions) for (const d of a.diagnostics ?? []) expect(d.code).toBe('en.positive-language.we-cant');
  });

  it('takes its settings from initializationOptions (init_options) when the client neither pulls nor pushes them', async () => {
    const s = await start({ replyCoach: { language: 'en', audience: { formality: 'formal' } } });
    const uri = 'file:///tmp/rc-robust/formal.txt';
    await open(s, uri, 'Hey Anna,\n\nYour refund is on its way.\n\nCheers,\nSam');
    const codes = (await s.diagnostics(uri, 1)).map((d) => String(d.code));
    expect(codes.some((c) => c.startsWith('en.formality.'))).toBe(true);
  });

  it('exits with an error, saying why, after a frame with a wrong Content-Length', async () => {
    const s = await start();
    const body = JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'shutdown' });
    raw(s, `Content-Length: ${body.length - 5}\r\n\r\n${body}`);
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toMatch(/reply-coach lsp: .*(JSON|header)/);
  });

  it('exits with an error after a frame with LF-only separators', async () => {
    const s = await start();
    const body = JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'shutdown' });
    raw(s, `Content-Length: ${Buffer.byteLength(body)}\n\n${body}`);
    expect(await s.exited).toBe(1);
    expect(s.stderr()).toMatch(/reply-coach lsp: malformed message header/);
  });

  it('answers other requests while a long document is analyzed, and drops the analysis of an outdated version', async () => {
    const s = await start({ replyCoach: { language: 'en' } });
    const small = 'file:///tmp/rc-robust/small.txt';
    await open(s, small, "Hi Anna,\n\nWe can't refund this.\n\nBest regards,\nSam");
    const smallDiagnostics = await s.diagnostics(small, 1);
    const big = 'file:///tmp/rc-robust/big.txt';
    // Long enough that its analysis (about 0.4 s) is still running when the new version arrives.
    const long = 'Unfortunately we cannot refund this order, as per our policy, and the ticket was escalated to tier 2. '.repeat(6000);
    await open(s, big, long);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const target = smallDiagnostics.find((d) => d.code === 'en.positive-language.we-cant')!;
    const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: small },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    });
    const answeredIn = Date.now() - started;
    expect(actions.length).toBeGreaterThan(0);
    // A new version replaces the long one: its diagnostics come, the outdated version's never do.
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: big, version: 2 }, contentChanges: [{ text: 'Hi Anna,\n\nThanks.\n\nBest regards,\nSam' }] });
    await s.diagnostics(big, 2);
    expect(s.published.some((p) => p.uri === big && p.version === 1)).toBe(false);
    const bigTime = Date.now() - started;
    expect(answeredIn).toBeLessThan(Math.max(1000, bigTime));
  }, 60_000);

  it('fix-all keeps a CRLF document CRLF, and applied again does not grow it', async () => {
    const s = await start({ replyCoach: { language: 'en' } });
    const uri = 'file:///tmp/rc-robust/crlf.txt';
    let doc = TextDocument.create(uri, 'plaintext', 1, "Thanks for reaching out.\r\n\r\nWe can't refund this order.\r\n");
    await open(s, uri, doc.getText());
    const fixAll = async () => {
      await s.diagnostics(uri, doc.version);
      const actions = await s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
      const edits = (actions[0]?.edit?.changes?.[uri] ?? []) as TextEdit[];
      const text = TextDocument.applyEdits(doc, edits);
      doc = TextDocument.create(uri, 'plaintext', doc.version + 1, text);
      await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
      return text;
    };
    const once = await fixAll();
    expect(once).toContain('Hello,\r\n\r\nThanks for reaching out.');
    expect(once.replace(/\r\n/g, '')).not.toContain('\n');
    const twice = await fixAll();
    expect(twice).toBe(once);
  }, 60_000);

  it('answers a request it cannot serve with a clear internal-error message, not a raw TypeError', async () => {
    const s = await start({ replyCoach: { language: 'en' } });
    const uri = 'file:///tmp/rc-robust/bad.txt';
    await open(s, uri, "We can't refund this.");
    await s.diagnostics(uri, 1);
    const error = await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, context: { diagnostics: [] } }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^reply-coach: internal error while making code actions/);
    expect(error?.message).not.toContain('TypeError');
  });
});

describe('reply-coach lsp starts fast', () => {
  /** The modules a chunk imports, transitively, among the CLI's own chunks. */
  function ownImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) ownImports(join(file, '..', m[1]!), seen);
    return seen;
  }

  it('loads no rules on the protocol thread: the lsp command and what it imports stay small', () => {
    const entry = readFileSync(cli, 'utf8');
    const lsp = /import\("(\.\/cli\/command-[^"]+)"\)/.exec(entry)![1]!;
    const files = ownImports(join(root, 'dist', lsp));
    const bytes = [...files].reduce((n, f) => n + statSync(f).size, 0);
    expect(bytes).toBeLessThan(200_000);
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toContain('en.positive-language.we-cant');
  });
});
