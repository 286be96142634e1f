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
}
