// Smoke test for the peer adapters: set each one up, lint three sample replies,
// print the problem counts and the average time per lint. Optionally (`--cold`)
// also measure each peer's cold start in a fresh process.
// Usage: node bench/peers/smoke.mjs [--cold]
import { performance } from 'node:perf_hooks';
import { loadPeers, measureColdStart } from './index.mjs';

const SAMPLES = [
  'Hi Anna,\n\nThank you for getting in touch. I checked your order and it left our warehouse this morning, so it should arrive by Thursday. I will keep an eye on the tracking and write to you if anything changes.\n\nBest regards,\nSam',
  'Hey guys,\n\nUnfortunately we can\'t refund this. Your ticket was sent to tier 2 and the SLA is 72 hours. You should have read the terms before ordering!! Maybe someone will get back to you in order to commence a investigation.\n\nThanks',
  'Hello Mr. Patel, I am sorry the app keeps logging you out. Our engineers fixed the bug in version 4.2, which is available now. Please update the app and sign in again; if it still happens, reply here and I will call you personally.',
];
const REPEAT = 20;

const peers = await loadPeers();
let failed = 0;
for (const peer of peers) {
  try {
    const t0 = performance.now();
    const lint = await peer.setup();
    const setupMs = performance.now() - t0;
    const counts = [];
    for (const s of SAMPLES) counts.push(await lint(s)); // first pass (warm-up) gives the counts
    const t1 = performance.now();
    for (let k = 0; k < REPEAT; k++) for (const s of SAMPLES) await lint(s);
    const perLint = (performance.now() - t1) / (REPEAT * SAMPLES.length);
    console.log(
      `${peer.name.padEnd(22)} ${peer.version.padEnd(60)} setup ${setupMs.toFixed(0).padStart(5)} ms  ` +
        `problems [${counts.join(', ')}]  ${perLint.toFixed(3)} ms/lint`,
    );
  } catch (e) {
    failed++;
    console.log(`${peer.name.padEnd(22)} FAILED: ${e?.stack ?? e}`);
  }
}

if (process.argv.includes('--cold')) {
  console.log('\ncold start (fresh node process: import + setup + first lint):');
  for (const peer of peers) {
    try {
      const r = await measureColdStart(peer.name);
      console.log(`${peer.name.padEnd(22)} ${r.ms.toFixed(0).padStart(6)} ms  (${r.processMs.toFixed(0)} ms since process start)  maxRSS ${(r.maxRssKb / 1024).toFixed(1)} MB  problems ${r.problems}`);
    } catch (e) {
      failed++;
      console.log(`${peer.name.padEnd(22)} FAILED: ${e.message}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
