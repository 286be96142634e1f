import { syllable } from 'syllable';
import type { Token } from './text/tokenize.js';

export interface Readability {
  formula: string;
  score: number;
}

const LETTER = /\p{L}/u;

/**
 * Flesch reading ease (English): 206.835 − 1.015·words/sentences − 84.6·syllables/words.
 * 60–70 is plain English; support replies should stay above about 50.
 */
export function fleschReadingEase(tokens: readonly Token[], sentences: number): Readability | undefined {
  let words = 0;
  let syllables = 0;
  for (const t of tokens) {
    if (t.placeholder || !LETTER.test(t.text)) continue;
    words++;
    syllables += Math.max(1, syllable(t.text));
  }
  if (words === 0 || sentences === 0) return undefined;
  const score = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
  return { formula: 'flesch-reading-ease', score: Math.round(score * 10) / 10 };
}
