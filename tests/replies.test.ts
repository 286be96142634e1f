import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../src/index.js';

/**
 * Whole replies per language (tests/fixtures/replies/<language>.json): a
 * well-written reply gets no warning or error; a poor one gets a finding in
 * each category it fails, and its rewrite no longer has the fixed ones.
 */
interface ReplyFixture {
  good: { text: string; options: AnalyzeOptions }[];
  bad: { text: string; options: AnalyzeOptions; categories: string[] }[];
}

const dir = join(import.meta.dirname, 'fixtures', 'replies');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const language = file.slice(0, -5);
  const fixture = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ReplyFixture;
  describe(`whole replies (${language})`, () => {
    fixture.good.forEach(({ text, options }, i) => {
      it(`good #${i + 1} gets no warning or error`, () => {
        const report = analyze(text, { ...options, language });
        expect(report.findings.filter((f) => f.severity !== 'suggestion').map((f) => `${f.ruleId} “${f.excerpt}”`)).toEqual([]);
      });
    });
    fixture.bad.forEach(({ text, options, categories }, i) => {
      it(`bad #${i + 1} gets findings in ${categories.join(', ')}`, () => {
        const report = analyze(text, { ...options, language });
        const serious = report.findings.filter((f) => f.severity !== 'suggestion');
        for (const category of categories) {
          expect(serious.filter((f) => f.category === category).map((f) => f.ruleId), category).not.toEqual([]);
        }
        for (const f of report.findings) expect(f.excerpt).toBe(text.slice(f.start, f.end));
        // Every fixable finding is gone from the rewrite.
        const again = analyze(report.rewrite, { ...options, language });
        const fixed = report.findings.filter((f) => f.fixable && f.start !== f.end).map((f) => f.ruleId);
        const left = again.findings.filter((f) => fixed.includes(f.ruleId) && f.start !== f.end);
        expect(left.map((f) => `${f.ruleId} “${f.excerpt}”`)).toEqual([]);
      });
    });
  });
}
