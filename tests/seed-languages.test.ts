import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits } from '../src/index.js';

/**
 * The seed articles' own example sentences, in their own language
 * (tests/fixtures/seeds/<language>.json, each naming its seed file):
 * bad phrasing gets the named finding and its fix silences it; an
 * acknowledgement counts as one; good phrasing stays clean.
 */
type Expect = { ruleId: string } | { acknowledgement: true } | { none: string[] };
interface SeedExample {
  seed: string;
  text: string;
  expect: Expect;
}

const dir = join(import.meta.dirname, 'fixtures', 'seeds');
const seeds = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
const ANGRY: Record<string, string> = {
  pl: 'To skandal! Czekam już trzeci tydzień i nikt mi nie odpowiada. Jestem wściekły.',
  cs: 'To je skandál! Čekám už tři týdny a nikdo mi neodpovídá. Jsem naštvaný.',
  sk: 'To je škandál! Čakám už tri týždne a nikto mi neodpovedá. Som nahnevaný.',
  uz: "Bu qanday gap! Uch haftadan beri kutyapman va hech kim javob bermayapti. Juda jahlim chiqdi.",
};

/** A reply that opens with a plain step and acknowledges nothing. */
const NEUTRAL: Record<string, string> = {
  pl: 'Proszę zrestartować router i spróbować ponownie.',
  cs: 'Restartujte prosím router a zkuste to znovu.',
  sk: 'Reštartujte, prosím, router a skúste to znova.',
  uz: "Iltimos, routerni qayta ishga tushiring va yana urinib ko'ring.",
};

for (const file of seeds) {
  const language = file.slice(0, -5);
  const examples = JSON.parse(readFileSync(join(dir, file), 'utf8')) as SeedExample[];
  describe(`seed examples (${language})`, () => {
    it('has examples', () => expect(examples.length).toBeGreaterThan(0));
    it('the angry message makes an acknowledgement required (so the acknowledgement tests can fail)', () => {
      const report = analyze(NEUTRAL[language]!, { language, channel: 'chat', inReplyTo: ANGRY[language] });
      expect(report.findings.map((x) => x.ruleId)).toContain(`${language}.empathy.missing-acknowledgement`);
    });
    for (const ex of examples) {
      it(`${ex.seed}: ${ex.text.slice(0, 70)}`, () => {
        const options = { language, channel: 'chat' as const };
        if ('ruleId' in ex.expect) {
          const ruleId = ex.expect.ruleId;
          const report = analyze(ex.text, options);
          const f = report.findings.find((x) => x.ruleId === ruleId);
          expect(f, report.findings.map((x) => `${x.ruleId} “${x.excerpt}”`).join('; ')).toBeDefined();
          expect(f!.excerpt).toBe(ex.text.slice(f!.start, f!.end));
          if (f!.suggestions[0]) {
            const fixed = applyEdits(ex.text, f!.suggestions[0].edits);
            expect(analyze(fixed, options).findings.filter((x) => x.ruleId === ruleId).map((x) => x.excerpt)).toEqual([]);
          }
        } else if ('acknowledgement' in ex.expect) {
          const report = analyze(ex.text, { ...options, inReplyTo: ANGRY[language] });
          expect(report.findings.filter((x) => x.ruleId.endsWith('.empathy.missing-acknowledgement'))).toEqual([]);
        } else {
          const categories = ex.expect.none;
          const report = analyze(ex.text, options);
          expect(report.findings.filter((x) => categories.includes(x.category)).map((x) => `${x.ruleId} “${x.excerpt}”`)).toEqual([]);
        }
      });
    }
  });
}
