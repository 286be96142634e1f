import { Matcher } from '../match/matcher.js';
import type { PhraseRule, Replacement, SubstitutionRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import { fill, replacement, textOf } from './suggest.js';
import type { Draft, RawFinding } from './context.js';
import { applies, finding, type CompiledRule } from './rule.js';
import type { RunEnv } from './env.js';

interface PhrasePayload {
  rule: CompiledRule<PhraseRule | SubstitutionRule>;
  suggestions: Replacement[];
  note?: string;
}

/**
 * Every phrase and substitution rule of a language in one matcher, so a
 * draft is scanned once for all of them (the hot path on each keystroke).
 */
export class PhraseChecks {
  private readonly matcher = new Matcher<PhrasePayload>();

  add(rule: CompiledRule<PhraseRule | SubstitutionRule>): void {
    const r = rule.rule;
    if (r.kind === 'phrase') {
      for (const p of r.patterns) this.matcher.add(p, { rule, suggestions: r.suggestions }, rule.classes);
    } else {
      for (const entry of r.entries) {
        const payload: PhrasePayload = { rule, suggestions: entry.suggestions };
        if (entry.note !== undefined) payload.note = entry.note;
        for (const p of entry.patterns) this.matcher.add(p, payload, rule.classes);
      }
    }
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const out: RawFinding[] = [];
    const verdicts = new Map<CompiledRule, boolean>();
    for (const hit of this.matcher.match(draft.tokens, draft.match)) {
      const c = hit.payload.rule;
      const severity = env.severityOf(c);
      if (severity === undefined) continue;
      let ok = verdicts.get(c);
      if (ok === undefined) verdicts.set(c, (ok = applies(c, draft)));
      if (!ok) continue;
      // "Szanowny(a)": a span that opens a bracket takes its closing one too, so a replacement leaves no stray ")".
      const end = closingBracketEnd(draft.text, hit.start, hit.end);
      const sentenceStart = hit.first === 0 || draft.tokens[hit.first - 1]!.sentence !== draft.tokens[hit.first]!.sentence;
      const suggestions: Suggestion[] = [];
      for (const r of hit.payload.suggestions) {
        const s = replacement(draft, hit.start, end, r, sentenceStart);
        if (s) suggestions.push(s);
      }
      // {suggestion} is the replacement as written, not the edit (a deletion's edit may hold a capitalised letter).
      const first = hit.payload.suggestions[0];
      const suggestion = first === undefined ? undefined : fill(textOf(first).text, draft.fields);
      out.push(finding(c, severity, draft, hit.start, end, suggestions, { note: hit.payload.note, suggestion }));
    }
    return out;
  }
}

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

/** `end`, or one past it when the span [start, end) leaves a bracket open that the character at `end` closes. */
function closingBracketEnd(text: string, start: number, end: number): number {
  const close = text[end];
  if (close !== ')' && close !== ']') return end;
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (CLOSING[text[i]!] === close) depth++;
    else if (text[i] === close) depth--;
  }
  return depth > 0 ? end + 1 : end;
}
