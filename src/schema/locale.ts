import { _default, array, boolean, int, minimum, minLength, optional, enum as zEnum, partial, regex, strictObject, string, type output as Infer } from './zod.js';
import { FormalitySchema } from './common.js';
import { PatternSchema, WordClassesSchema } from './pack.js';

/** Verb endings that show one person: `endings` after at least `after` letters ("sprawdziłem": 3+ letters, then "łem"). */
const PersonEndingsSchema = strictObject({
  after: int().check(minimum(0)),
  endings: array(string().check(regex(/^\p{Ll}+$/u))).check(minLength(1)),
});

/** What is about a language rather than one rule: how its replies are framed and measured. */
export const LocaleSchema = strictObject({
  language: string().check(regex(/^[a-z]{2,3}$/)),
  name: string(),
  /** Folded words after which a dot does not end a sentence ("e.g", "mr"). */
  abbreviations: array(string()),
  /** Patterns that open a greeting line ("hi", "good morning"). */
  greetings: array(PatternSchema),
  /** Patterns that open a sign-off line ("best regards", "thanks"). */
  signOffs: array(PatternSchema),
  /**
   * flesch-reading-ease (English; higher is easier) or lix (Björnsson's
   * läsbarhetsindex: words per sentence + percentage of words over six
   * letters; language-neutral, so used for pl, cs, sk, uz; higher is harder).
   */
  readability: strictObject({ formula: zEnum(['flesch-reading-ease', 'lix', 'none']) }),
  /** The register a customer-service reply in this language takes when the caller does not say. */
  formality: _default(FormalitySchema, 'neutral'),
  /** Word classes every pack of the language may use in its patterns as `@name`. */
  classes: _default(WordClassesSchema, {}),
  /**
   * Clitics: short unstressed words that cannot open a clause (pl "się", "mu";
   * cs "se", "Vám", "jsem"). A suggestion that deletes the words before them
   * at the start of a clause moves them after the next word, and is then
   * applied unattended only where that order is sure. A word in parentheses,
   * "(to)", joins a run of clitics ("se to") but may open a clause alone.
   */
  clitics: optional(array(string())),
  /** Words the clitics go one word past when a deletion moves them (a free negation: Polish "nie": "mu nie mogę" → "nie mogę mu"). */
  cliticHostPrefixes: optional(array(string())),
  /**
   * Words that apologise ("sorry", "apologi*"; a final * matches any ending).
   * Inserted text that apologises is not put into a sentence that already
   * does ("I'm sorry… Sorry, but we can't").
   */
  apologies: optional(array(string())),
  /**
   * How drafts in this language are typed without their marks (chat), so that text put into such a draft
   * follows suit. `words`: everyday words only ever written with marks, as typed without them (folded keys);
   * one of these and no marked letter anywhere is the draft's convention. `letters`: the letters with
   * diacritics that a draft written with them can hardly do without. Without `letters` the marks are the
   * Uzbek Latin apostrophes (oʻ, gʻ and the tutuq belgisi), read from the draft itself.
   */
  marks: optional(strictObject({ letters: optional(string().check(minLength(1))), words: array(string().check(minLength(1))).check(minLength(1)) })),
  /**
   * Who the agent writes as, read from the draft's words so that inserted text speaks in the same person
   * (src/checks/person.ts). `I` and `we`: folded words that show one person alone (verbs and pronouns); never a word
   * that is also a plain "please" ("proszę", "prosím") or folds into another (cs/sk "nás" is also the possessive
   * "náš"; pl "ja" also "ją"). `endings`: what only that person's verb forms end in (lower case, marks kept), after
   * at least `after` letters, and only where no common noun ends so; `onKey`: read on the folded, transliterated word
   * (Uzbek, whose Cyrillic drafts are read in Latin) rather than on the word as written.
   */
  person: optional(
    strictObject({
      I: array(string().check(minLength(1))).check(minLength(1)),
      we: array(string().check(minLength(1))).check(minLength(1)),
      endings: optional(
        strictObject({
          I: optional(PersonEndingsSchema),
          we: optional(PersonEndingsSchema),
          onKey: optional(boolean()),
        }),
      ),
    }),
  ),
  /** Suggestion labels in this language; `{text}` is the words. English is the fallback. */
  messages: _default(partial(strictObject({ replace: string(), remove: string(), insert: string() })), {}),
});

export type Locale = Infer<typeof LocaleSchema>;
/** A language's way with its marks (`marks` above). */
export type LocaleMarks = NonNullable<Locale['marks']>;
/** A language's first-person words (`person` above). */
export type LocalePerson = NonNullable<Locale['person']>;
/** One person's verb endings (`person.endings.I` / `.we`). */
export type PersonEndings = Infer<typeof PersonEndingsSchema>;
