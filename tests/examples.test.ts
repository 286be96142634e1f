import { describe, expect, it } from 'vitest';
import { createCoach, type Report } from '../src/index.js';
import { applyEdits } from '../src/edits.js';
import { builtinPacks } from '../src/packs.js';
import { AnalyzeOptionsSchema } from '../src/schema/options.js';
import type { Rule } from '../src/schema/pack.js';

/**
 * Runs every example of every built-in rule, the way LanguageTool runs its
 * <example> sentences: a bad example triggers the rule at the marked span,
 * its first suggestion yields the expected rewrite, and the rule is silent
 * on that rewrite; a good example never triggers the rule.
 */
const coach = createCoach();

function unmark(text: string): { text: string; start: number; end: number } {
  const start = text.indexOf('⟦');
  const end = text.indexOf('⟧') - 1;
  return { text: text.replace('⟦', '').replace('⟧', ''), start, end };
}

function findingsOf(report: Report, rule: Rule) {
  return report.findings.filter((f) => f.ruleId === rule.id);
}

function optionsOf(language: string, options: Record<string, unknown> | undefined) {
  return AnalyzeOptionsSchema.parse({ language, ...options });
}

for (const pack of builtinPacks()) {
  describe(`${pack.language}/${pack.category}`, () => {
    for (const rule of pack.rules) {
      describe(rule.id, () => {
        rule.examples.bad.forEach((example, i) => {
          it(`bad #${i + 1}: ${example.text.slice(0, 60)}`, () => {
            const { text, start, end } = unmark(example.text);
            const options = optionsOf(pack.language, example.options);
            const found = findingsOf(coach.analyze(text, options), rule);
            const at = found.find((f) => f.start === start && f.end === end);
            expect(found.map((f) => `${f.start}-${f.end} “${f.excerpt}”`), 'finding at the marked span').toContain(
              `${start}-${end} “${text.slice(start, end)}”`,
            );
            if (example.rewrite === undefined) return;
            expect(at!.suggestions.length, 'a suggestion to apply').toBeGreaterThan(0);
            const fixed = applyEdits(text, at!.suggestions[0]!.edits);
            expect(fixed).toBe(example.rewrite);
            expect(findingsOf(coach.analyze(fixed, options), rule).map((f) => f.excerpt), 'silent after the fix').toEqual([]);
          });
        });
        rule.examples.good.forEach((example, i) => {
          const { text, options } = typeof example === 'string' ? { text: example, options: undefined } : example;
          it(`good #${i + 1}: ${text.slice(0, 60)}`, () => {
            const found = findingsOf(coach.analyze(text, optionsOf(pack.language, options)), rule);
            expect(found.map((f) => f.excerpt)).toEqual([]);
          });
        });
        if (rule.kind === 'substitution') {
          rule.entries.forEach((entry, i) => {
            it(`entry #${i + 1}: ${entry.patterns[0]}`, () => {
              // The first pattern, spelled out in a carrier sentence, triggers the rule; its first suggestion does not.
              const term = entry.patterns[0]!.split(/\s+/).filter((w) => !w.endsWith('?')).map((w) => w.split('|')[0]!.replace(/\*$/, '')).join(' ');
              const text = `We checked the ${term} for you today.`;
              // The entry is tested under the conditions of the rule's first example (a formal audience, say).
              const options = optionsOf(pack.language, rule.examples.bad[0]!.options);
              const found = findingsOf(coach.analyze(text, options), rule);
              expect(found.map((f) => f.excerpt), `"${text}"`).toContain(term);
              const suggestion = typeof entry.suggestions[0] === 'string' ? entry.suggestions[0] : entry.suggestions[0]!.text;
              const fixedText = `We checked the ${suggestion} for you today.`;
              expect(findingsOf(coach.analyze(fixedText, options), rule).map((f) => f.excerpt), `"${fixedText}"`).toEqual([]);
            });
          });
        }
      });
    }
  });
}
