import { array, boolean, enum as zEnum, minLength, optional, regex, strictObject, string } from './zod.js';
import { FormalitySchema } from './common.js';

/**
 * Formulas may use {name} (the whole name), {givenName}, {familyName} and
 * {title} (audience.title); a formula that needs a part the caller did not
 * give is skipped, so each list ends with one that needs nothing or only {name}.
 */
const Formulas = array(string().check(minLength(1))).check(minLength(1));

/** How a customer of one culture expects to be addressed in customer service. */
export const CultureProfileSchema = strictObject({
  /** BCP 47 tag, e.g. "ja-JP". */
  locale: string().check(regex(/^[a-z]{2,3}-[A-Z]{2}$/, 'must be a BCP 47 tag such as "ja-JP"')),
  /** ISO 639-1 code of the culture's language. */
  language: string().check(regex(/^[a-z]{2,3}$/)),
  /** The register customer service uses by default. */
  formality: FormalitySchema,
  /** The T-V form: the polite and the familiar "you" of the language, and which one support uses. */
  address: strictObject({
    polite: string(),
    familiar: string(),
    expected: zEnum(['polite', 'familiar']),
  }),
  /**
   * How the customer is named: by first name, by title and family name ("Vážený pane Nováku"), by title and
   * given name ("Pani Anno": Polish polite address, the given name in the vocative), or by name with an honorific.
   */
  nameForm: zEnum(['given-name', 'title-family-name', 'title-given-name', 'family-name-honorific', 'full-name']),
  /** Names are written family name first (ja, zh, ko, hu). */
  familyNameFirst: boolean(),
  /** How bluntly a refusal may be put: direct ("we can't"), moderate, or indirect (cushioned, face-saving). */
  directness: zEnum(['direct', 'moderate', 'indirect']),
  emoji: boolean(),
  exclamation: boolean(),
  humour: boolean(),
  /** Greeting and closing formulas in the culture's own language, per channel. */
  greetings: strictObject({ email: Formulas, chat: Formulas }),
  closings: strictObject({ email: Formulas, chat: Formulas }),
  /**
   * The same for a reply written in English to this culture ("Dear Mr. Tanaka,"). `honorific` is the name with
   * the culture's gender-neutral honorific ("{familyName}-sama"): without a title it greets in place of the title.
   */
  english: strictObject({ greetings: Formulas, closings: Formulas, honorific: optional(string().check(minLength(1))) }),
  /** Where the convention varies (brands, channels, regions), in a sentence or two. */
  notes: string().check(minLength(1)),
});

// Written out with a doc comment on every field (public-types.ts checks it agrees with the schema above).
export type { CultureProfile } from './public-types.js';
