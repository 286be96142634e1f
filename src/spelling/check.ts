import type { Draft, RawFinding } from '../checks/context.js';
import type { RunEnv } from '../checks/env.js';
import { applies, finding, type CompiledRule } from '../checks/rule.js';
import type { SpellingRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import { spellingKey } from './glossary.js';
import { wordsToCheck } from './skip.js';

/** Where a spelling check leaves, in `draft.cache`, whether it ran: 'checked', or 'unavailable' without a dictionary. */
export const SPELLING_STATUS = Symbol('spelling status');
export type SpellingStatus = 'checked' | 'unavailable';

/** Corrections offered per misspelled word. */
const MAX_SUGGESTIONS = 3;
/** Words whose corrections are looked for, per draft: text in another language would otherwise cost a search per word. */
const MAX_CORRECTED = 20;

/**
 * `spelling` rules: words the language's dictionary does not know, with its
 * corrections. Runs only when the coach has a speller (`createCoach({
 * spelling })`); the rule's `severity` is for a likely typo (a word the
 * dictionary can correct), a word it cannot correct is a `suggestion` to look
 * at (a name or a term it lacks, more often than a typo).
 */
export class SpellingCheck {
  private readonly allow: ReadonlySet<string>;
  /** Allowed stems written with a final `*` ("paczkomat*"), for every inflected form. */
  private readonly stems: readonly string[];

  constructor(private readonly c: CompiledRule<SpellingRule>) {
    const allow = (c.rule.allow ?? []).map(spellingKey);
    this.allow = new Set(allow.filter((a) => !a.endsWith('*')));
    this.stems = allow.filter((a) => a.endsWith('*')).map((a) => a.slice(0, -1));
  }

  private allowed(key: string, glossary: ReadonlySet<string>): boolean {
    return this.allow.has(key) || glossary.has(key) || this.stems.some((s) => key.startsWith(s));
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const spelling = draft.spelling;
    if (!spelling || env.severityOf(this.c) === undefined || !applies(this.c, draft)) return [];
    const { speller, glossary } = spelling;
    if (!speller.languages.includes(draft.language)) {
      draft.cache.set(SPELLING_STATUS, 'unavailable' satisfies SpellingStatus);
      return [];
    }
    draft.cache.set(SPELLING_STATUS, 'checked' satisfies SpellingStatus);
    const out: RawFinding[] = [];
    let corrected = 0;
    for (const t of wordsToCheck(draft, (word) => this.allowed(spellingKey(word), glossary))) {
      const word = t.text.replace(/[’‘ʼ`´]/g, "'");
      if (speller.correct(word, draft.language)) continue;
      // "např." and "ul.": abbreviations are in the dictionary with their dot.
      if (draft.text[t.end] === '.' && speller.correct(`${word}.`, draft.language)) continue;
      const found = corrected++ < MAX_CORRECTED ? speller.suggest(word, draft.language).slice(0, MAX_SUGGESTIONS) : undefined;
      const suggestions: Suggestion[] = (found ?? []).map((s: string) => ({ label: s, edits: [{ start: t.start, end: t.end, text: s }] }));
      const severity = env.severityOf(this.c, found && found.length === 0 ? 'suggestion' : undefined);
      if (severity !== undefined) out.push({ ...finding(this.c, severity, draft, t.start, t.end, suggestions), apart: true });
    }
    return out;
  }
}
