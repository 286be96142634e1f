import type { Rule, RulePack } from '../schema/pack.js';
import type { AnalyzeOptions } from '../schema/options.js';
import type { Report } from '../schema/report.js';
import { applyEdits } from './edits.js';

/** One example of one rule, run: did the rule do what the example says? */
export interface ExampleResult {
  ruleId: string;
  kind: 'bad' | 'good';
  /** 1-based, in the rule's own list of that kind. */
  index: number;
  text: string;
  ok: boolean;
  /** What went wrong, when not ok. */
  problem?: string;
}

/** Anything that analyzes a draft: a coach built with the pack under test. */
export interface Analyzer {
  analyze(draft: string, options?: AnalyzeOptions): Report;
}

const MARK_OPEN = '⟦';
const MARK_CLOSE = '⟧';

/** The example text without its ⟦…⟧ marks, and the marked span in it. */
export function unmark(text: string): { text: string; start: number; end: number } {
  const start = text.indexOf(MARK_OPEN);
  const end = text.indexOf(MARK_CLOSE) - 1;
  return { text: text.replace(MARK_OPEN, '').replace(MARK_CLOSE, ''), start, end };
}

/**
 * Runs every example of every rule of a pack, as the project's own test suite
 * runs the shipped packs (LanguageTool's <example> sentences, ESLint's
 * RuleTester): a bad example triggers the rule at exactly the marked span, its
 * first suggestion gives the expected rewrite, and the rule is silent on that
 * rewrite; a good example never triggers the rule.
 */
export function runPackExamples(pack: RulePack, analyzer: Analyzer): ExampleResult[] {
  const results: ExampleResult[] = [];
  for (const rule of pack.rules) {
    rule.examples.bad.forEach((example, i) => {
      const base = { ruleId: rule.id, kind: 'bad' as const, index: i + 1, text: example.text };
      const problem = badProblem(rule, pack.language, example, analyzer);
      results.push(problem ? { ...base, ok: false, problem } : { ...base, ok: true });
    });
    rule.examples.good.forEach((example, i) => {
      const { text, options, body } = typeof example === 'string' ? { text: example, options: undefined, body: undefined } : example;
      const found = of(analyzer.analyze(...input(rule, text, { language: pack.language, ...options } as AnalyzeOptions, body)), rule);
      const base = { ruleId: rule.id, kind: 'good' as const, index: i + 1, text };
      results.push(found.length === 0 ? { ...base, ok: true } : { ...base, ok: false, problem: `the rule fires on ${found.map((f) => `“${f.excerpt}”`).join(', ')}` });
    });
  }
  return results;
}

function of(report: Report, rule: Rule) {
  return report.findings.filter((f) => f.ruleId === rule.id);
}

/** What to analyze for an example: the text itself, or for a subject rule the body with the text as its subject. */
export function input(rule: Rule, text: string, options: AnalyzeOptions, body: string | undefined): [string, AnalyzeOptions] {
  return rule.kind === 'subject' ? [body ?? '', { ...options, subject: text }] : [text, options];
}

function badProblem(rule: Rule, language: string, example: Rule['examples']['bad'][number], analyzer: Analyzer): string | undefined {
  const { text, start, end } = unmark(example.text);
  const options = { language, ...example.options } as AnalyzeOptions;
  const found = of(analyzer.analyze(...input(rule, text, options, example.body)), rule);
  const at = found.find((f) => f.start === start && f.end === end);
  if (!at) {
    const where = found.length ? `it fires at ${found.map((f) => `${f.start}-${f.end} “${f.excerpt}”`).join(', ')}` : 'it does not fire';
    return `expected a finding at ${start}-${end} “${text.slice(start, end)}”, but ${where}`;
  }
  if (example.rewrite === undefined) return undefined;
  const first = at.suggestions[0];
  if (!first) return 'expected a suggestion to apply, but the finding has none';
  const fixed = applyEdits(text, first.edits);
  if (fixed !== example.rewrite) return `the first suggestion gives “${fixed}”, not the expected “${example.rewrite}”`;
  const again = of(analyzer.analyze(...input(rule, fixed, options, example.body)), rule);
  if (again.length > 0) return `the rule still fires after the fix, on ${again.map((f) => `“${f.excerpt}”`).join(', ')}`;
  return undefined;
}
