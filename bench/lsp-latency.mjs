// Time from a didChange to the publishDiagnostics of that version, through the built
// language server (`node dist/cli.js lsp --stdio`) with debounceMs 0, on a ~300-word
// English draft. Each change types one character into the middle of the draft, as an
// agent typing would, so the edited sentence is new text every time. Build first
// (`npm run build`), then `node bench/lsp-latency.mjs [changes]`. Prints median and p95.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHANGES = Number(process.argv[2] ?? 30);
const WARM_UP = 10;

const DRAFT = `Hi Anna,

Thank you for reaching out, and I'm sorry your order arrived later than we promised. I understand how frustrating it is to wait for something you need, especially when it was meant as a gift. I checked your account and the parcel was handed to the courier yesterday afternoon. It should reach you by Friday.

Unfortunately we can't refund discounted products, as per our policy. Your ticket was escalated to tier 2 and the backend team is looking at the sync issue. You have to contact the courier yourself if the parcel does not arrive, because that's not our department.

I have also added a ten percent credit to your account for the trouble. If the parcel has not arrived by Friday evening, just reply to this email and I will send a replacement straight away, at no cost to you. You can follow the delivery with the tracking link in your confirmation email. Our team is here every day from eight to eight if you would like to talk it through by phone.

As I said before, there is nothing we can do about the delivery date at this point in time. Please be advised that in order to proceed you must provide your order number and the postcode the parcel was sent to. Maybe we could possibly look into a faster option, but I'm not sure it is available in your area. No problem if you would rather wait for the original parcel; many customers do.

Thanks for your patience while we sorted this out. I will check the tracking myself on Thursday and update you by noon, so you know where things stand before the weekend. If anything else about the order is unclear, I'm happy to help.

Best regards,
Sam`;

const TYPED = 'and I have already asked the warehouse to double-check the label ';
const words = DRAFT.split(/\s+/).filter(Boolean).length;

const server = spawn(process.execPath, [join(root, 'dist', 'cli.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(p.version)?.(p));
connection.onRequest('workspace/configuration', (p) => p.items.map(() => ({ language: 'en', debounceMs: 0 })));
connection.listen();

await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification('initialized', {});

const uri = pathToFileURL(join(root, 'bench-draft.txt')).href;
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
let version = 1;
let first = published(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text: DRAFT } });
const findings = (await first).diagnostics.length;

// Types into the sentence "I checked your account ...", one character per change.
const at = DRAFT.indexOf('and the parcel');
const line = DRAFT.slice(0, at).split('\n').length - 1;
const character = at - DRAFT.lastIndexOf('\n', at - 1) - 1;
const times = [];
for (let i = 0; i < WARM_UP + CHANGES; i++) {
  version++;
  const position = { line, character: character + i };
  const done = published(version);
  const t0 = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: position, end: position }, text: TYPED[i % TYPED.length] }],
  });
  await done;
  if (i >= WARM_UP) times.push(performance.now() - t0);
}

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

const sorted = [...times].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
console.log(`reply-coach lsp: didChange → publishDiagnostics, ${words}-word draft, ${findings} diagnostics, debounceMs 0`);
console.log(`${CHANGES} changes after ${WARM_UP} warm-up: median ${pct(50).toFixed(1)} ms, p95 ${pct(95).toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)})`);
