import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage, type Report } from '../src/index.js';
import { format } from '../src/cli/format.js';
import { score } from '../src/coach/score.js';
import type { RawFinding } from '../src/checks/context.js';
import { CATEGORIES } from '../src/schema/common.js';

/**
 * Assertions that catch mutations the rest of the suite let through (issue 14,
 * section 5): the score formula, the SARIF level of each severity, and the
 * letter hints that decide the language of short drafts.
 */
const raw = (category: RawFinding['category'], severity: RawFinding['severity']): RawFinding => ({
  ruleId: `en.${category}.x`, category, severity, fix: false, message: 'm', start: 0, end: 1, suggestions: [],
});

describe('scores follow the README formula: 100 · u / (u + weighted issues)', () => {
  it('weighs an error 3, a warning 1 and a suggestion 0.25 against units of 75 words', () => {
    const s = score([raw('jargon', 'error'), raw('clarity', 'warning'), raw('empathy', 'suggestion'), raw('ownership', 'warning'), raw('ownership', 'suggestion')], 30, CATEGORIES);
    expect(s.jargon).toBe(25); // 100 · 1 / (1 + 3)
    expect(s.clarity).toBe(50); // 100 · 1 / (1 + 1)
    expect(s.empathy).toBe(80); // 100 · 1 / (1 + 0.25)
    expect(s.ownership).toBe(44); // 100 · 1 / (1 + 1.25) = 44.4
    expect(s['positive-language']).toBe(100);
    expect(s.overall).toBe(Math.round((25 + 50 + 80 + 44 + 100 + 100 + 100) / 7));
  });

  it('a longer draft carries the same issues more lightly, and overall is the mean of the categories checked', () => {
    const s = score([raw('clarity', 'warning')], 150, ['clarity', 'jargon']);
    expect(s.clarity).toBe(67); // u = 2: 100 · 2 / 3
    expect(s.overall).toBe(Math.round((67 + 100) / 2));
  });

  it('the report carries these scores', () => {
    const r = analyze('Thanks for writing. Please calm down.', { language: 'en', channel: 'chat', categories: ['empathy'] });
    const weight = r.findings.filter((f) => f.category === 'empathy').reduce((w, f) => w + { error: 3, warning: 1, suggestion: 0.25 }[f.severity], 0);
    expect(weight).toBeGreaterThan(0);
    expect(r.scores.empathy).toBe(Math.round(100 / (1 + weight)));
  });
});

describe('SARIF levels', () => {
  it('error → error, warning → warning, suggestion → note, in results and in rule defaults', () => {
    const finding = (ruleId: string, severity: 'error' | 'warning' | 'suggestion') => ({
      ruleId, category: 'clarity' as const, severity, message: 'm', start: 0, end: 5, line: 1, column: 1, excerpt: 'Hello', suggestions: [], fixable: false,
    });
    const report = { findings: [finding('en.clarity.e', 'error'), finding('en.clarity.w', 'warning'), finding('en.clarity.s', 'suggestion')] } as unknown as Report;
    const log = JSON.parse(format('sarif', [{ file: 'a.txt', text: 'Hello world', report }])) as {
      runs: { results: { ruleId: string; level: string }[]; tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } } }[];
    };
    expect(log.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['en.clarity.e', 'error'],
      ['en.clarity.w', 'warning'],
      ['en.clarity.s', 'note'],
    ]);
    expect(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r.defaultConfiguration.level])).toEqual([
      ['en.clarity.e', 'error'],
      ['en.clarity.w', 'warning'],
      ['en.clarity.s', 'note'],
    ]);
  });
});

describe('letter hints decide short drafts where trigrams alone guess wrong', () => {
  // franc alone (restricted to our five languages) takes each of these for another language.
  it.each([
    ['Rahmat, ertaga yozaman.', 'uz'],
    ['Раҳмат, эртага ёзаман.', 'uz'],
    ['Buyurtma joʻnatildi.', 'uz'],
    ['Dobrý deň, ďakujeme.', 'sk'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});
