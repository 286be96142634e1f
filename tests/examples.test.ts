import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoach, loadPack, type Coach, type Report } from '../src/index.js';
import { applyEdits } from '../src/coach/edits.js';
import { nameParts } from '../src/coach/draft.js';
import { fill } from '../src/checks/suggest.js';
import { AnalyzeOptionsSchema } from '../src/schema/options.js';
import { input, unmark } from '../src/coach/pack-examples.js';
import type { Rule, RulePack } from '../src/schema/pack.js';
import { loadSpelling } from '../src/spelling/index.js';

/**
 * Runs every example of every built-in rule, the way LanguageTool runs its
 * <example> sentences: a bad example triggers the rule at the marked span,
 * its first suggestion yields the expected rewrite, and the rule is silent
 * on that rewrite; a good example never triggers the rule.
 */
// Packs are read from rules/ one by one, so a broken pack fails its own tests only
// (builtin.test.ts checks that the bundled list is the same set of files).
const root = join(import.meta.dirname, '..', 'rules');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).sort();
const loaded: { file: string; pack?: RulePack; error?: unknown }[] = files.map((file) => {
  try {
    return { file, pack: loadPack(readFileSync(join(root, file), 'utf8')) };
  } catch (error) {
    return { file, error };
  }
});
const coaches = new Map<string, Coach>();
// The spelling rules' examples need the dictionaries of the languages that have such a rule.
const spelled = [...new Set(loaded.flatMap((l) => (l.pack?.rules.some((r) => r.kind === 'spelling') ? [l.pack.language] : [])))];
const spelling = await loadSpelling(spelled);
function coachFor(language: string): Coach {
  let coach = coaches.get(language);
  if (!coach) {
    const packs = loaded.flatMap((l) => (l.pack?.language === language ? [l.pack] : []));
    coaches.set(language, (coach = createCoach({ builtinPacks: false, packs, spelling })));
  }
  return coach;
}


function findingsOf(report: Report, rule: Rule) {
  return report.findings.filter((f) => f.ruleId === rule.id);
}

function optionsOf(language: string, options: Record<string, unknown> | undefined) {
  return AnalyzeOptionsSchema.parse({ language, ...options });
}

for (const { file, pack, error } of loaded) {
  if (!pack) {
    it(`${file} loads`, () => {
      throw error;
    });
    continue;
  }
  const coach = coachFor(pack.language);
  describe(`${pack.language}/${pack.category}`, () => {
    for (const rule of pack.rules) {
      describe(rule.id, () => {
        rule.examples.bad.forEach((example, i) => {
          it(`bad #${i + 1}: ${example.text.slice(0, 60)}`, () => {
            const { text, start, end } = unmark(example.text);
            const options = optionsOf(pack.language, example.options);
            const found = findingsOf(coach.analyze(...input(rule, text, options, example.body)), rule);
            const at = found.find((f) => f.start === start && f.end === end);
            expect(found.map((f) => `${f.start}-${f.end} “${f.excerpt}”`), 'finding at the marked span').toContain(
              `${start}-${end} “${text.slice(start, end)}”`,
            );
            if (example.rewrite === undefined) return;
            expect(at!.suggestions.length, 'a suggestion to apply').toBeGreaterThan(0);
            const fixed = applyEdits(text, at!.suggestions[0]!.edits);
            expect(fixed).toBe(example.rewrite);
            expect(findingsOf(coach.analyze(...input(rule, fixed, options, example.body)), rule).map((f) => f.excerpt), 'silent after the fix').toEqual([]);
          });
        });
        rule.examples.good.forEach((example, i) => {
          const { text, options, body } = typeof example === 'string' ? { text: example, options: undefined, body: undefined } : example;
          it(`good #${i + 1}: ${text.slice(0, 60)}`, () => {
            const found = findingsOf(coach.analyze(...input(rule, text, optionsOf(pack.language, options), body)), rule);
            expect(found.map((f) => f.excerpt)).toEqual([]);
          });
        });
        // A rule that depends on other words of the draft (when.draft) cannot be probed in a carrier sentence.
        if (rule.kind === 'substitution' && !rule.when?.draft) {
          rule.entries.forEach((entry, i) => {
            it(`entry #${i + 1}: ${entry.patterns[0]}`, () => {
              // The first pattern, spelled out in a carrier sentence, triggers the rule; its first suggestion does not.
              // Optional positions are left out; of a marked span (<…>) only the marked words are reported and replaced.
              const positions = entry.patterns[0]!.split(/\s+/).filter((w) => !w.replace(/>$/, '').endsWith('?'));
              const word = (w: string) => w.replace(/^</, '').replace(/>$/, '').split('|')[0]!.replace(/\*$/, '').replace(/^=/, '');
              const term = positions.map(word).join(' ');
              const from = Math.max(0, positions.findIndex((w) => w.startsWith('<')));
              const to = positions.findIndex((w) => w.endsWith('>'));
              const marked = positions.slice(from, to < 0 ? positions.length : to + 1).map(word).join(' ');
              const text = `We checked the ${term} for you today.`;
              // The entry is tested under the conditions of the rule's first example (a formal audience, say).
              const options = optionsOf(pack.language, rule.examples.bad[0]!.options);
              const found = findingsOf(coach.analyze(text, options), rule);
              expect(found.map((f) => f.excerpt), `"${text}"`).toContain(marked);
              const raw = typeof entry.suggestions[0] === 'string' ? entry.suggestions[0] : entry.suggestions[0]!.text;
              const suggestion = fill(raw, { ...nameParts(options.audience?.name, false) }) ?? raw;
              const fixedText = `We checked the ${term.replace(marked, suggestion)} for you today.`;
              expect(findingsOf(coach.analyze(fixedText, options), rule).map((f) => f.excerpt), `"${fixedText}"`).toEqual([]);
            });
          });
        }
      });
    }
  });
}
