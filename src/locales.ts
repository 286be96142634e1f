import { BUILTIN_LOCALE_DATA } from './builtin.js';
import { Matcher } from './match/matcher.js';
import { LocaleSchema, type Locale } from './schema/locale.js';

/** A locale with its pattern lists compiled once. */
export interface CompiledLocale {
  locale: Locale;
  abbreviations: ReadonlySet<string>;
  greetings: Matcher<true>;
  signOffs: Matcher<true>;
}

const BUILTIN = BUILTIN_LOCALE_DATA;
const FALLBACK: Locale = {
  language: 'und',
  name: 'Unknown',
  abbreviations: [],
  greetings: [],
  signOffs: [],
  readability: { formula: 'none' },
  formality: 'neutral',
  messages: {},
};

const compiled = new Map<string, CompiledLocale>();

export function supportedLocaleLanguages(): string[] {
  return Object.keys(BUILTIN);
}

/** The compiled locale for a language; languages without one get an empty frame (no greeting or sign-off detection). */
export function localeFor(language: string): CompiledLocale {
  let hit = compiled.get(language);
  if (hit) return hit;
  const raw = BUILTIN[language];
  const locale = raw === undefined ? FALLBACK : LocaleSchema.parse(raw);
  hit = {
    locale,
    abbreviations: new Set(locale.abbreviations),
    greetings: matcherOf(locale.greetings),
    signOffs: matcherOf(locale.signOffs),
  };
  compiled.set(language, hit);
  return hit;
}

function matcherOf(patterns: string[]): Matcher<true> {
  const m = new Matcher<true>();
  for (const p of patterns) m.add(p, true);
  return m;
}
