/**
 * The package's public types, written out so that each field's documentation
 * reaches a consumer's editor on hover: a type inferred from a zod schema
 * reaches the bundled .d.ts as zod generics, without the schema's comments.
 * The schemas stay the validation; the checks at the end of this file fail to
 * compile when one of these types and its schema differ in any field.
 */
import type { Agree, Assert } from './agree.js';
import type { CATEGORIES, CHANNELS, FORMALITIES, SEVERITIES } from './common.js';
import type { AnalyzeOptionsSchema, AudienceSchema, CoachConfigSchema, TeamSchema } from './options.js';
import type { CultureProfileSchema } from './profile.js';
import type { RulePackInput } from './public-pack-types.js';
import type { FindingSchema, ReportSchema, ScoresSchema, SuggestionSchema, TextEditSchema } from './report.js';
import type { input as Input, output as Output } from './zod.js';
import type { Detection } from '../detect/detect.js';
import type { LanguageData } from '../data/language-data.js';
import type { NlpLoader } from '../nlp/engine.js';
import type { Speller } from '../spelling/speller.js';

/**
 * An ISO 639-1 language code. The five with shipped rule packs are offered
 * by completion; any other code is accepted, and a draft in a language no
 * pack covers is reported with `language.supported: false`.
 */
export type LanguageCode = 'en' | 'pl' | 'cs' | 'sk' | 'uz' | (string & {});

/** One of the seven things a reply is coached on. */
export type Category = (typeof CATEGORIES)[number];

/**
 * What a support QA reviewer would do with a finding: `error`, the reply must
 * not be sent this way; `warning`, a reviewer would mark it down;
 * `suggestion`, optional polish a good reply may leave as it is.
 */
export type Severity = (typeof SEVERITIES)[number];

/** Where the reply goes; thresholds (sentence length, greeting, closing) depend on it. */
export type Channel = (typeof CHANNELS)[number];

/** A register: 'neutral' is what a draft gets when neither the caller nor the customer's culture says. */
export type Formality = (typeof FORMALITIES)[number];

/** The customer the reply is for. */
export interface Audience {
  /**
   * The customer's culture, a BCP 47 tag ('ja-JP', 'pl-PL', 'en-GB'): picks the
   * culture profile (form of address, directness, greetings) the draft is coached for.
   */
  locale?: string;
  /** The customer's name, e.g. 'Anna Kowalska' (or 'Tanaka Kenji' where the family name comes first): enables the greeting-by-name checks and name insertion. */
  name?: string;
  /** A title to address the customer with ('Ms.', 'Herr', 'Pani'); never inferred from a name. */
  title?: string;
  /** The register the customer expects; default: the culture profile's, else the draft language's (formal for pl, cs, sk, uz; neutral for en). */
  formality?: 'formal' | 'informal';
  /** The customer's IANA time zone ('Asia/Tokyo'); else the zones of `locale`'s region, where the runtime knows them. */
  timeZone?: string;
}

/** Who writes: the support team's own culture and time zone, against which dates and promised times are read. */
export interface Team {
  /** The team's locale, a BCP 47 tag: numeric dates are read in its day-month order ('en-US' writes 3/4 for March 4, 'en-GB' for 3 April). */
  locale?: string;
  /** The team's IANA time zone ('Europe/Warsaw'): a time promised without a zone is flagged when the customer's zone differs. */
  timeZone?: string;
}

/** The conversation a draft belongs to; every field is optional. `createCoach(config)` takes the same fields as defaults. */
export interface AnalyzeOptions {
  /** The draft's language, ISO 639-1 ('en', 'pl', 'cs', 'sk', 'uz'); detected when absent. */
  language?: LanguageCode;
  /** The customer: `locale`, `name`, `title`, `formality`, `timeZone`. */
  audience?: Audience;
  /** Where the reply goes; default 'email'. Thresholds (sentence length, greeting, closing) depend on it. */
  channel?: Channel;
  /** The customer's message this draft answers: frustration cues in it make an acknowledgement required, and words they used themselves are no jargon to them. */
  inReplyTo?: string;
  /** Check only these categories; `scores.overall` is the mean of these. */
  categories?: Category[];
  /** Per-rule overrides by rule id ('en.positive-language.cant'): 'off', or the severity to report it at. An unknown id is an OptionsError. */
  rules?: Record<string, 'off' | Severity>;
  /** Extra rule packs (company glossary, brand voice), checked by `loadPack`; give them to `createCoach` to compile them once. */
  packs?: RulePackInput[];
  /** The draft is a canned response (a macro) with placeholders such as `{{name}}`, not a one-off reply. */
  template?: boolean;
  /** The email's subject line: checked when given (missing, generic "Your request", capitals, "Re: Re:"); findings on it carry `field: 'subject'` and offsets into it. */
  subject?: string;
  /** The support team's locale and time zone, against which dates and promised times are read. */
  team?: Team;
}

/** A coach's defaults for every draft (each may be overridden per call) and what it knows beyond the shipped languages. */
export interface CoachConfig extends AnalyzeOptions {
  /** `false`: use only `packs`, not the built-in ones. */
  builtinPacks?: boolean;
  /** Extra culture profiles (checked by `loadProfile`, see `CultureProfile`); one for a shipped locale replaces it. */
  profiles?: object[];
  /** The languages the coach knows (`en` from `reply-coach/languages/en`, ...); `reply-coach` defaults to all five, `reply-coach/core` to none. */
  languages?: LanguageData[];
  /** Tells the language of a draft given without `language`; `reply-coach` uses its franc-based detector (`makeDetector`). Without one, a single-language coach takes every draft as its language. */
  detector?: (text: string) => Detection;
  /** The part-of-speech engine for English `nlp` rules: `compromise` from `reply-coach/nlp`. Packs with `nlp` rules and no engine are an OptionsError. */
  nlp?: NlpLoader;
  /**
   * A spell checker: `await loadSpelling(['en', 'pl'])` from `reply-coach/spelling` (Hunspell dictionaries,
   * Node). With one, the `<language>.clarity.spelling` rules flag words the dictionary does not know and
   * offer its corrections (never applied in the rewrite); names, placeholders, addresses, words in capitals
   * and the terms of your own packs are skipped. `report.spelling` tells whether the draft was checked.
   */
  spelling?: Speller;
}

/** Replace `draft.slice(start, end)` with `text`; `start === end` inserts. */
export interface TextEdit {
  /** UTF-16 offset into the original draft where the replaced text starts. */
  start: number;
  /** UTF-16 offset where the replaced text ends (exclusive). */
  end: number;
  /** The new text ('' deletes). */
  text: string;
}

/** One way to fix a finding. */
export interface Suggestion {
  /** What the fix does, for a menu or a quick-fix title ('Replace with “we can”'; a rule may give its own). */
  label: string;
  /** The edits against the draft (against the subject for a finding with `field: 'subject'`); apply them with `applyEdits`. */
  edits: TextEdit[];
}

/** Something in the draft a reviewer would remark on, where it is, and how to fix it. */
export interface Finding {
  /** The rule that found it, stable across versions: `<language>.<category>.<name>`, e.g. 'en.positive-language.cant'. */
  ruleId: string;
  /** What the finding is about. */
  category: Category;
  /** `error`: must not be sent this way; `warning`: a reviewer would mark it down; `suggestion`: optional polish. */
  severity: Severity;
  /** What is wrong and why, in the draft's language; one or two sentences. */
  message: string;
  /** UTF-16 offset of the first code unit (a missing element: where its words belong, with `start === end`). */
  start: number;
  /** UTF-16 offset just after the last code unit (exclusive). */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units. */
  column: number;
  /** The text the finding covers: `draft.slice(start, end)` ('' for a missing element). */
  excerpt: string;
  /** Fixes, best first; empty where no rewrite makes sense. */
  suggestions: Suggestion[];
  /** Whether the first suggestion is safe to apply unattended: it is applied in `report.rewrite` (and by the CLI's `--fix`). */
  fixable: boolean;
  /** 'subject': the finding (offsets, line, column, excerpt, edits) is on `options.subject`, not on the draft. */
  field?: 'subject';
}

/**
 * 0..100 per category, higher is better: 100 · u / (u + weighted issues),
 * where u = max(words, 75) / 75 and an error weighs 3, a warning 1, a
 * suggestion 0.25. A short reply with one warning in a category scores 50 there.
 */
export interface Scores {
  /** Negative phrasing ("unfortunately", "we can't") and blame. */
  'positive-language': number;
  /** Acknowledging the customer's situation and feelings. */
  empathy: number;
  /** Internal terms, acronyms and system names the customer does not know. */
  jargon: number;
  /** Sentence and paragraph length, readability, hedges and passives, dates that read differently elsewhere. */
  clarity: number;
  /** The register and form of address the customer's culture expects. */
  formality: number;
  /** Owning the problem: next steps, time frames (with a zone the customer can read), no hand-off to the customer. */
  ownership: number;
  /** Greeting by name, sign-off, name placeholders, the subject line. */
  personalization: number;
  /** The mean of the categories that were checked (`options.categories`). */
  overall: number;
}

/** The language the draft was coached in. */
export interface ReportLanguage {
  /** ISO 639-1 code of the language the draft was coached in (or found to be in). */
  code: LanguageCode;
  /** 0..1; 1 when the caller named the language. */
  confidence: number;
  /** Whether the language was detected (not named in the options). */
  detected: boolean;
  /**
   * `false` when no rule pack covers the language (a German draft, say, or
   * `language: 'xx'`): nothing was checked, there are no findings, every
   * score is 0 and the rewrite is the draft. Absent when the draft was coached.
   */
  supported?: boolean;
}

/** The culture profile the draft was coached for, how it was found, and the register that followed. */
export interface ReportAudience {
  /** `audience.locale` as the caller gave it; absent when none was given. */
  locale?: string;
  /** The locale of the culture profile used ('pl-PL'), or 'neutral' when none applies. */
  profile: string;
  /** How the profile was found: from `audience.locale`, from the draft's language, or none ('neutral'). */
  source: 'locale' | 'language' | 'neutral';
  /** The register the draft was held to: the caller's `audience.formality`, else the profile's, else the language's. */
  formality: Formality;
}

/** A readability score of the draft's body. */
export interface Readability {
  /** 'flesch-reading-ease' (English: higher is easier) or 'lix' (pl, cs, sk, uz: higher is harder). */
  formula: string;
  /** The score, rounded to one decimal. */
  score: number;
}

/** Counts about the draft. */
export interface Metrics {
  /** Words in the draft, template placeholders not counted. */
  words: number;
  /** Sentences in the draft. */
  sentences: number;
  /** The language's readability score of the body (greeting and sign-off left out); absent for a language without a formula or an empty body. */
  readability?: Readability;
}

/** What `analyze` finds in one draft. */
export interface Report {
  /** The language the draft was coached in, whether it was detected, and whether any pack covers it (`supported`). */
  language: ReportLanguage;
  /** The culture profile the draft was coached for, how it was found, and the register that followed. */
  audience: ReportAudience;
  /** Everything to remark on, sorted by offset (findings on the subject line first). */
  findings: Finding[];
  /**
   * The draft with the first suggestion of every `fixable` finding applied,
   * strongest first, skipping edits that overlap one already taken; made on
   * first read.
   */
  rewrite: string;
  /**
   * Only with a speller (`config.spelling`): 'checked' when the draft was spell-checked, 'unavailable' when
   * the speller has no dictionary for its language (Uzbek has none). Absent without a speller or with the
   * spelling rule switched off.
   */
  spelling?: 'checked' | 'unavailable';
  /** 0..100 per category and `overall`, higher is better. */
  scores: Scores;
  /** Words, sentences and readability of the draft. */
  metrics: Metrics;
}

/** A reusable coach from `createCoach`: its packs are compiled once per language, so `analyze` on every keystroke costs only the matching. */
export interface Coach {
  /**
   * Coaches one draft reply: findings with their positions and suggestions,
   * scores, and the draft with every safe fix applied. Options given here
   * override the coach's defaults (`audience` field by field).
   *
   * @param draft The reply as plain text (for Markdown or HTML, pass its text).
   * @param options The conversation: `language`, `channel`, `audience`, `inReplyTo`, `subject`, `team`, `categories`, `rules`, `packs`.
   * @throws {OptionsError} when `options` do not fit `AnalyzeOptionsSchema` (the message names each field); never for the draft's text.
   */
  analyze(draft: string, options?: AnalyzeOptions): Report;
  /** Ids of every rule this coach knows, in all its languages (the ids `options.rules` may name). */
  readonly ruleIds: ReadonlySet<string>;
}

/** What an entry point ships to `createCoach`: `reply-coach` gives every language, its detector and compromise; `reply-coach/core` nothing. */
export interface Shipped {
  /** The languages a coach knows unless `config.languages` names others. */
  languages?: readonly LanguageData[];
  /** Culture profiles (raw data, checked on first use); the caller's `config.profiles` win for the same locale. */
  profiles?: readonly unknown[];
  /** The language detector unless `config.detector` gives one. */
  detector?: (text: string) => Detection;
  /** The part-of-speech engine unless `config.nlp` gives one. */
  nlp?: NlpLoader;
}

/** Formulas may use {name}, {givenName}, {familyName} and {title}; one needing a part the caller did not give is skipped. */
interface Formulas {
  /** Formulas for email, best first. */
  email: string[];
  /** Formulas for chat, best first. */
  chat: string[];
}

/** How a customer of one culture expects to be addressed in customer service. */
export interface CultureProfile {
  /** BCP 47 tag of the culture, e.g. 'ja-JP'. */
  locale: string;
  /** ISO 639-1 code of the culture's language. */
  language: string;
  /** The register customer service uses by default. */
  formality: Formality;
  /** The T-V form: the polite and the familiar "you" of the language, and which one support uses. */
  address: {
    /** The polite "you" ('Sie', 'Pan/Pani'). */
    polite: string;
    /** The familiar "you" ('du', 'ty'). */
    familiar: string;
    /** Which of the two support uses. */
    expected: 'polite' | 'familiar';
  };
  /**
   * How the customer is named: by first name, by title and family name ("Vážený pane Nováku"), by title and
   * given name ("Pani Anno": Polish polite address, the given name in the vocative), by name with an honorific, or in full.
   */
  nameForm: 'given-name' | 'title-family-name' | 'title-given-name' | 'family-name-honorific' | 'full-name';
  /** Names are written family name first (ja, zh, ko, hu). */
  familyNameFirst: boolean;
  /** How bluntly a refusal may be put: direct ("we can't"), moderate, or indirect (cushioned, face-saving). */
  directness: 'direct' | 'moderate' | 'indirect';
  /** Whether emoji are acceptable in a service reply. */
  emoji: boolean;
  /** Whether exclamation marks are acceptable in a service reply. */
  exclamation: boolean;
  /** Whether humour is acceptable in a service reply. */
  humour: boolean;
  /** Greeting formulas in the culture's own language, per channel. */
  greetings: Formulas;
  /** Closing formulas in the culture's own language, per channel. */
  closings: Formulas;
  /** The same for a reply written in English to this culture ("Dear Mr. Tanaka,"). */
  english: {
    /** Greeting formulas for an English reply, best first. */
    greetings: string[];
    /** Closing formulas for an English reply, best first. */
    closings: string[];
    /** The name with the culture's gender-neutral honorific ("{familyName}-sama"): without a title it greets in place of the title. */
    honorific?: string;
  };
  /** Where the convention varies (brands, channels, regions), in a sentence or two. */
  notes: string;
}

// Each line fails to compile when a type above and its schema's type differ in a field.
type SchemaChecks = [
  Assert<Agree<AnalyzeOptions, Input<typeof AnalyzeOptionsSchema>>>,
  Assert<Agree<CoachConfig, Input<typeof CoachConfigSchema>>>,
  Assert<Agree<Audience, Output<typeof AudienceSchema>>>,
  Assert<Agree<Team, Output<typeof TeamSchema>>>,
  Assert<Agree<TextEdit, Output<typeof TextEditSchema>>>,
  Assert<Agree<Suggestion, Output<typeof SuggestionSchema>>>,
  Assert<Agree<Finding, Output<typeof FindingSchema>>>,
  Assert<Agree<Scores, Output<typeof ScoresSchema>>>,
  Assert<Agree<Report, Output<typeof ReportSchema>>>,
  Assert<Agree<CultureProfile, Output<typeof CultureProfileSchema>>>,
];
