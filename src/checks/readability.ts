import { syllable } from 'syllable';
import { memo } from '../match/memo.js';
import type { Draft } from './context.js';
import type { Token } from '../text/tokenize.js';

export interface Readability {
  formula: string;
  score: number;
}

const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
// Counting syllables is the costly part and support replies reuse a small vocabulary.
const SYLLABLES = new Map<string, number>();
const MAX_CACHED = 20_000;

function syllables(word: string): number {
  let n = SYLLABLES.get(word);
  if (n === undefined) {
    n = Math.max(1, syllable(word));
    if (SYLLABLES.size < MAX_CACHED) SYLLABLES.set(word, n);
  }
  return n;
}

/**
 * Flesch reading ease (English): 206.835 − 1.015·words/sentences − 84.6·syllables/words.
 * 60–70 is plain English; support replies should stay above about 50.
 */
export function fleschReadingEase(tokens: readonly Token[], sentences: number): Readability | undefined {
  let words = 0;
  let count = 0;
  for (const t of tokens) {
    if (t.placeholder || !LETTER.test(t.text)) continue;
    words++;
    count += syllables(t.key);
  }
  if (words === 0 || sentences === 0) return undefined;
  const score = 206.835 - 1.015 * (words / sentences) - 84.6 * (count / words);
  return { formula: 'flesch-reading-ease', score: Math.round(score * 10) / 10 };
}

/**
 * LIX (Björnsson): words/sentences + 100·(words over six letters)/words.
 * Below 40 is easy, 40–50 plain, above 55 hard; it needs no syllable rules,
 * so it suits Polish, Czech, Slovak and Uzbek alike.
 */
export function lix(tokens: readonly Token[], sentences: number): Readability | undefined {
  let words = 0;
  let long = 0;
  for (const t of tokens) {
    if (t.placeholder || !LETTER.test(t.text)) continue;
    words++;
    if ((t.text.match(LETTERS)?.length ?? 0) > 6) long++;
  }
  if (words === 0 || sentences === 0) return undefined;
  return { formula: 'lix', score: Math.round((words / sentences + (100 * long) / words) * 10) / 10 };
}

/** The locale's readability score of the draft's body, computed once per draft. */
export function bodyReadability(draft: Draft): Readability | undefined {
  return memo(draft, bodyReadability, readabilityOf(draft));
}

/** Computes the draft's body readability when called; holds the tokens, not the whole draft (a report keeps it). */
export function readabilityOf(draft: Draft): () => Readability | undefined {
  const formula = draft.locale.locale.readability.formula;
  const { body } = draft.structure;
  const all = draft.tokens;
  return () => {
    if (formula === 'none') return undefined;
    const tokens = all.filter((t) => t.start >= body.start && t.end <= body.end);
    const sentences = new Set(tokens.map((t) => t.sentence)).size;
    return formula === 'lix' ? lix(tokens, sentences) : fleschReadingEase(tokens, sentences);
  };
}
