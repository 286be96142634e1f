import { Matcher } from '../match/matcher.js';
import { WordClasses } from '../match/pattern.js';
import { LocaleSchema, type Locale } from '../schema/locale.js';
import { fold } from '../text/fold.js';

/** A locale with its pattern lists compiled once. */
export interface CompiledLocale {
  locale: Locale;
  abbreviations: ReadonlySet<string>;
  greetings: Matcher<true>;
  signOffs: Matcher<true>;
  /** The language's word classes, for every pack's `@name` positions. */
  classes: WordClasses;
}

/** Locale data by language, as the coaches created so far brought it; the data is the same for every coach. */
const registered = new Map<string, unknown>();

export function registerLocale(language: string, data: unknown): void {
  if (data !== undefined && !registered.has(language)) registered.set(language, data);
}
const FALLBACK: Locale = {
  language: 'und',
  name: 'Unknown',
  abbreviations: [],
  greetings: [],
  signOffs: [],
  readability: { formula: 'none' },
  formality: 'neutral',
  classes: {},
  messages: {},
};

const compiled = new Map<string, CompiledLocale>();

/** The compiled locale for a language; languages without one get an empty frame (no greeting or sign-off detection). */
export function localeFor(language: string): CompiledLocale {
  let hit = compiled.get(language);
  if (hit) return hit;
  const raw = registered.get(language);
  // Not cached when missing: a coach created later may register the language.
  if (raw === undefined) return (fallback ??= compile(FALLBACK));
  hit = compile(LocaleSchema.parse(raw));
  compiled.set(language, hit);
  return hit;
}

let fallback: CompiledLocale | undefined;

function compile(locale: Locale): CompiledLocale {
  return {
    locale,
    abbreviations: new Set(locale.abbreviations.map(fold)),
    greetings: matcherOf(locale.greetings),
    signOffs: matcherOf(locale.signOffs),
    classes: new WordClasses(locale.classes),
  };
}

function matcherOf(patterns: string[]): Matcher<true> {
  const m = new Matcher<true>();
  for (const p of patterns) m.add(p, true);
  return m;
}
