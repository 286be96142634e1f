import type { Vocative } from '../names/vocatives.js';

/**
 * One language's shipped data as bundled: rule packs and locale as plain JSON,
 * validated on first use of the language so a coach that never sees Czech
 * never pays for the Czech packs.
 */
export interface LanguageData {
  /** ISO 639-1 code, as in the packs' `language`. */
  readonly language: string;
  /** The language's locale file (locales/<language>.json: greeting and sign-off patterns, abbreviations, readability formula, word classes), checked on first use. */
  readonly locale: unknown;
  /** The language's rule packs (rules/<language>/*.json), checked on first use. */
  readonly packs: readonly unknown[];
  /**
   * How the language declines a name for a greeting ("pane Nováku", "Pani Anno"), for `{vocative}` and for
   * recognising the customer's name in a draft: `(name, gender, surname) => form`, the name back as given when
   * it does not decline. Czech and Polish have one; without it names are taken as written.
   */
  readonly vocative?: Vocative;
}
