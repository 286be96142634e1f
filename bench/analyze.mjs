// Median time of analyze() on 150-word English replies through a reused coach.
// Run with `npm run bench` (builds first). Prints medians; never used as a test.
import { performance } from 'node:perf_hooks';
import { createCoach } from '../dist/index.js';

const REPLIES = [
  `Hi Anna,

Thank you for reaching out, and I'm sorry your order arrived later than we promised. I understand how frustrating it is to wait for something you need. I checked your account and the parcel was handed to the courier yesterday afternoon. It should reach you by Friday. I have also added a ten percent credit to your account for the trouble. If the parcel has not arrived by Friday evening, just reply to this email and I will send a replacement straight away, at no cost to you. You can follow the delivery with the tracking link in your confirmation email. Our team is here every day from eight to eight if you would like to talk it through by phone. Thank you again for your patience while we sorted this out. I will check the tracking myself on Thursday and update you by noon.

Best regards,
Sam`,
  `Hey,

Unfortunately we can't refund discounted products, as per our policy. You have to contact the courier yourself because that's not our department. We encountered a network latency issue affecting system throughput and the backend cache was not synced, so the ticket was escalated to tier 2. Your request was received and will be processed by the team. You should have read the terms before ordering. I'll get back to you soon. As I said before there is nothing we can do about the SLA at this point in time and the ETA for the RMA is unknown. Please be advised that in order to proceed you must provide your credentials. Maybe we could possibly look into it but I'm not sure. No problem!! Thanks for your patience and sorry for the inconvenience caused. Cheers`,
];

const coach = createCoach();
const options = { language: 'en', channel: 'email', audience: { name: 'Anna Kowalska' }, inReplyTo: 'This is unacceptable, I am still waiting!' };
// Warm-up: compile the packs, let the JIT settle, fill the per-sentence parse cache.
for (let k = 0; k < 3000; k++) for (const r of REPLIES) coach.analyze(r, options);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// Rounds alternate the two measurements so that JIT and GC noise falls on both alike.
const ROUNDS = 10;
const PER_ROUND = 300;
for (const [i, reply] of REPLIES.entries()) {
  const words = reply.split(/\s+/).length;
  const plain = [];
  const withRewrite = [];
  let findings = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < PER_ROUND; k++) {
      const t0 = performance.now();
      findings = coach.analyze(reply, options).findings.length;
      plain.push(performance.now() - t0);
    }
    for (let k = 0; k < PER_ROUND; k++) {
      const t0 = performance.now();
      void coach.analyze(reply, options).rewrite;
      withRewrite.push(performance.now() - t0);
    }
  }
  console.log(
    `reply ${i + 1} (${words} words, ${findings} findings): analyze median ${median(plain).toFixed(3)} ms; ` +
      `analyze + rewrite median ${median(withRewrite).toFixed(3)} ms (${ROUNDS * PER_ROUND} runs each)`,
  );
}
const detectTimes = [];
for (let k = 0; k < 500; k++) {
  const t0 = performance.now();
  coach.analyze(REPLIES[0], { ...options, language: undefined });
  detectTimes.push(performance.now() - t0);
}
console.log(`reply 1 with language detection: median ${median(detectTimes).toFixed(3)} ms`);

// 1,000 canned responses through the CLI path: files on disk, `reply-coach check`, one process.
{
  const { mkdtempSync, writeFileSync, readdirSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const examples = join(import.meta.dirname, '..', 'examples', 'templates');
  const seeds = readdirSync(examples).map((f) => ({ ext: f.slice(f.lastIndexOf('.')), text: readFileSync(join(examples, f), 'utf8') }));
  const dir = mkdtempSync(join(tmpdir(), 'reply-coach-bench-'));
  for (let i = 0; i < 1000; i++) {
    const { ext, text } = seeds[i % seeds.length];
    writeFileSync(join(dir, `template-${i}${ext}`), text.replace('order', `order ${i}`));
  }
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'dist', 'cli.js'), 'check', '**/*', '--format', 'json'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const files = JSON.parse(r.stdout).length;
  console.log(`reply-coach check on ${files} templates: ${seconds.toFixed(2)} s wall clock (process start included), exit ${r.status}`);
}
