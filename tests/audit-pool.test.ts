import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCoach, type CoachConfig } from '../src/index.js';
import { PoolTaskError, scoreInPool } from '../src/audit/pool.js';
import { scoreSequentially } from '../src/audit/run.js';
import type { RowResult, SequencedRow } from '../src/audit/schema.js';
import { accumulate, createAccumulator, finishSummary } from '../src/audit/summary.js';

/** The built worker (tests/setup.ts rebuilds dist/ when the sources are newer). */
const WORKER = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'audit-worker.js'));
const POISONED = pathToFileURL(join(import.meta.dirname, 'fixtures', 'audit-pool', 'poisoned-worker.mjs'));

/** A pack of the caller's own: its findings in the pool's results prove the config reached the threads. */
const pack = {
  language: 'en',
  category: 'jargon' as const,
  rules: [
    {
      id: 'en.jargon.pool-test-desk',
      kind: 'phrase' as const,
      severity: 'warning' as const,
      message: '"{excerpt}" is an internal name.',
      patterns: ['order'],
      suggestions: [],
      examples: { bad: [{ text: 'Your ⟦order⟧ left.' }], good: ['Your parcel left.'] },
    },
  ],
};
const config: CoachConfig = { channel: 'chat', packs: [pack] };

/** A few hundred varied rows: five languages, short and long, several agents, teams and weeks, some with the customer's message or a locale the coach rejects. */
function rows(): SequencedRow[] {
  const dir = join(import.meta.dirname, 'fixtures', 'detection');
  const texts = readdirSync(dir).flatMap((f) => {
    const { short, long } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { short: string[]; long: string[] };
    return [...short, ...long];
  });
  return texts.map((reply, seq) => ({
    seq,
    row: {
      id: `r${seq}`,
      reply,
      agent: `agent-${seq % 7}`,
      ...(seq % 5 ? { team: `team-${seq % 3}` } : {}),
      ...(seq % 4 ? { at: new Date(Date.UTC(2026, 0, 1 + (seq % 60))).toISOString() } : {}),
      ...(seq % 6 === 0 ? { inReplyTo: 'Where is my order? It is late again.' } : {}),
      ...(seq % 50 === 7 ? { locale: 'not a locale!' } : {}),
      ...(seq % 9 === 0 ? { channel: 'email' as const } : {}),
    },
  }));
}

async function collect(results: AsyncIterable<RowResult>): Promise<RowResult[]> {
  const out: RowResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

function summaryOf(results: RowResult[]) {
  const acc = createAccumulator();
  for (const r of results) accumulate(acc, r);
  return finishSummary(acc);
}

describe('the audit worker pool', () => {
  const input = rows();
  const sequential = collect(scoreSequentially(createCoach(config), input));

  it.each([1, 2, 3])('on %i thread(s) gives the sequential run, row for row and in the summary', async (threads) => {
    const expected = await sequential;
    expect(expected.length).toBeGreaterThanOrEqual(250);
    expect(expected.some((r) => r.findings.some((f) => f.ruleId === 'en.jargon.pool-test-desk'))).toBe(true);
    expect(expected.some((r) => r.invalidOptions)).toBe(true);
    // Small batches and few in flight, so batches finish out of order across threads.
    const pooled = await collect(scoreInPool(input, { threads, coachConfig: config, batchSize: 13, maxInFlight: threads + 1, workerUrl: WORKER }));
    expect(pooled.map((r) => r.seq)).toEqual(input.map((r) => r.seq));
    expect(pooled).toEqual(expected);
    expect(summaryOf(pooled)).toEqual(summaryOf(expected));
  });

  it('reads an async stream of rows no faster than results are taken', async () => {
    let read = 0;
    async function* stream() {
      for (const r of input) {
        read++;
        yield r;
      }
    }
    const results = scoreInPool(stream(), { threads: 2, coachConfig: config, batchSize: 10, maxInFlight: 3, workerUrl: WORKER });
    const first = await results.next();
    expect(first.value?.seq).toBe(0);
    // Three batches out, one being filled: the rest of the input is still unread.
    expect(read).toBeLessThanOrEqual(4 * 10 + 1);
    await results.return(undefined);
  });

  it('reports a row that throws inside a worker, naming its batch, instead of hanging', async () => {
    const poisoned = input.slice(0, 80).map((r) => (r.seq === 33 ? { ...r, row: { ...r.row, reply: 'POISON' } } : r));
    const run = collect(scoreInPool(poisoned, { threads: 2, coachConfig: config, batchSize: 10, workerUrl: POISONED }));
    await expect(run).rejects.toThrow(PoolTaskError);
    await expect(run).rejects.toThrow(/rows 30–39 failed in a worker thread: poisoned row r33/);
  });

  it('reports a config the coach rejects (a bad pack) from the threads', async () => {
    const bad = { packs: [{ ...pack, rules: [{ ...pack.rules[0]!, patterns: ['@nosuchclass'] }] }] } as CoachConfig;
    await expect(collect(scoreInPool(input.slice(0, 30), { threads: 2, coachConfig: bad, batchSize: 10, workerUrl: WORKER }))).rejects.toThrow(/nosuchclass/);
  });

  it('stops on an abort signal with its reason', async () => {
    const controller = new AbortController();
    const results = scoreInPool(input, { threads: 2, coachConfig: config, batchSize: 10, workerUrl: WORKER, signal: controller.signal });
    await results.next();
    controller.abort(new Error('interrupted'));
    await expect(collect(results)).rejects.toThrow('interrupted');
  });
});
