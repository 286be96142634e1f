// One tool in a fresh process: import + setup + first lint (the cold start), then every
// reply in the given file once, and the process's peak RSS. Prints one JSON line.
//   node bench/child.mjs <tool name> <replies.json>
import { readFileSync } from 'node:fs';

const [name, file] = process.argv.slice(2);
const { TOOL_DEFS } = await import('./tools.mjs');
const def = TOOL_DEFS.find((d) => d.name === name);
if (!def) throw new Error(`unknown tool ${name}`);
const replies = JSON.parse(readFileSync(file, 'utf8'));
const tImport = performance.now();
const lint = await def.setup();
await lint(replies[0]);
const coldMs = performance.now() - tImport;
for (const r of replies) await lint(r);
// VmHWM is this process's own peak; getrusage's maxRSS would include the parent's peak at fork.
const hwm = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
process.stdout.write(JSON.stringify({ coldMs, peakMiB: (hwm || process.resourceUsage().maxRSS) / 1024 }));
