import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The labelled drafts in ../shared/eval/dev.jsonl measure the packs; a separate
 * set written independently is what they are judged by. A pack that copies a
 * dev draft's words fits the measure, not the class of problem. This fails when
 * rules/ or locales/ share a run of six words with a dev draft (or its customer
 * message) that at most two drafts use (phrases many drafts share, such as
 * standard closing formulas, are fair). The drafts are read at run time and
 * never copied; runs that were in the packs before this check are listed below
 * only as hashes.
 */
const root = join(import.meta.dirname, '..');
const devFile = join(root, '..', 'shared', 'eval', 'dev.jsonl');
const RUN = 6;
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}_'ʻ’]+/gu) ?? [];
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const BEFORE = new Set<string>(["0fa6f5537aa0581d", "1d59d840b25ae39c", "24f061775af60240", "2607cb194e800cdc", "28dc0f93a69ce4ef", "295a476049ac7c3a", "2fd74313f541afd8", "30d5500eeb0ecc22", "4eabe94564ac46c2", "5610bcc1d835157a", "56775e5e0dda1eab", "57573ef72a4654e1", "67f6f13ba47b8723", "783dea7c84cc0ba8", "7dce42cb30b2d3c0", "7edbd1c0cf31e4ca", "82a815678f01db26", "8bd367043c5b74f9", "9320309f8be57685", "98dbf1dce04fbb67", "a18ebe72e347fd17", "a7dbabbdc917c9c8", "a7f4af750dfa8e8c", "af718555bd29c556", "b0d2e65ac01a41de", "b47699973d8dc6c1", "b6186f9a6a53fb14", "b8e29252e237acd2", "bcef0efdcb5db1d8", "bda401a778d5e7e7", "c08375863da9fd8d", "cd12192accefb045", "d707c23ee04479bc", "dabfa236479f70eb", "e09506a8439ddcfc", "e2b9718ae6b647f4", "f00b6213bf2f8834", "f1602bc4db0768be"]);

function runsOf(text: string): string[] {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) out.push(w.slice(i, i + RUN).join(' '));
  return out;
}

describe.skipIf(!existsSync(devFile))('packs do not copy the dev set', () => {
  it('no run of six words from a dev draft appears in rules/ or locales/', () => {
    const drafts = new Map<string, Set<string>>();
    for (const line of readFileSync(devFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; draft: string; inReplyTo?: string };
      for (const text of [row.draft, row.inReplyTo ?? '']) for (const r of runsOf(text)) (drafts.get(r) ?? drafts.set(r, new Set()).get(r)!).add(row.id);
    }
    const files = [
      ...readdirSync(join(root, 'rules'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => join('rules', f)),
      ...readdirSync(join(root, 'locales')).filter((f) => f.endsWith('.json')).map((f) => join('locales', f)),
    ];
    const copied: string[] = [];
    for (const file of files) {
      for (const r of new Set(runsOf(readFileSync(join(root, file), 'utf8')))) {
        const ids = drafts.get(r);
        if (ids && ids.size <= 2 && !BEFORE.has(hash(r))) copied.push(`${file}: "${r}" (from ${[...ids].join(', ')})`);
      }
    }
    expect(copied, 'rules must not copy text from the dev set: write your own example sentences and patterns for the class of problem').toEqual([]);
  });
});
