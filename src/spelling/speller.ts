/**
 * What the coach asks of a spell checker (`createCoach({ spelling })`). The
 * coach finds the words to check and skips names, placeholders, addresses and
 * glossary terms; the speller only answers for one word at a time.
 * `reply-coach/spelling` builds one from Hunspell dictionaries (`loadSpelling`).
 */
export interface Speller {
  /** The languages it has a dictionary for (ISO 639-1: 'en', 'pl'). */
  readonly languages: readonly string[];
  /** Whether the word is spelled right in the language, in the case it is written. */
  correct(word: string, language: string): boolean;
  /** Corrections for a misspelled word, best first (empty when there is none or the word is right). */
  suggest(word: string, language: string): string[];
}

/** Whether a value has a speller's shape (for the options schema). */
export function isSpeller(v: unknown): v is Speller {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<Speller>;
  return Array.isArray(s.languages) && s.languages.every((l) => typeof l === 'string') && typeof s.correct === 'function' && typeof s.suggest === 'function';
}
