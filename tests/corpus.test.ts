import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoach } from '../src/index.js';

/**
 * Real support replies from ../shared/corpus (read at run time, never copied
 * into the repository; skipped when the folder is absent).
 */
const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const repliesFile = join(corpus, 'replies-en.jsonl');
const present = existsSync(repliesFile);

function rows(file: string): { text: string }[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string });
}

describe.skipIf(!present)('corpus of real English replies', () => {
  const coach = createCoach();

  it('analyzes every reply with honest offsets, and stays quiet on most', () => {
    const replies = rows(repliesFile);
    let flagged = 0;
    for (const { text } of replies) {
      const report = coach.analyze(text, { language: 'en', channel: 'social' });
      for (const f of report.findings) expect(f.excerpt).toBe(text.slice(f.start, f.end));
      if (report.findings.some((f) => f.severity !== 'suggestion')) flagged++;
    }
    const share = flagged / replies.length;
    console.log(`corpus: ${replies.length} replies, ${(share * 100).toFixed(1)}% with a warning or error`);
    // Brand replies on social media are mostly fine; a coach that flags most of them is noise.
    expect(share).toBeLessThan(0.35);
  });
});
