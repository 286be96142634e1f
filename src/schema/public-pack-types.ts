/**
 * Rule packs as a consumer writes them (`RulePackInput`) and as `loadPack`
 * returns them (`RulePack`), written out so that each field's documentation
 * shows on hover (see public-types.ts). rules/README.md describes the format.
 * The checks at the end fail to compile when these and RulePackSchema differ.
 */
import type { Agree, Assert } from './agree.js';
import type { RulePackSchema, RuleSchema } from './pack.js';
import type { Category, Channel, Formality, Severity } from './public-types.js';
import type { input as Input, output as Output } from './zod.js';

/**
 * A token pattern, never a regular expression: words, `a|b`, `x?`, `problem*`,
 * `=Exact`, `*`, `$name`, `$placeholder`, `$number`, `@word-class`, and `<…>`
 * around the words a finding covers (rules/README.md).
 */
export type Pattern = string;

/** A replacement for the matched words, best first: the text alone, or the text and the label a menu shows. */
export type Replacement =
  | string
  | {
      /** The new words ('' deletes); may use {name}, {givenName}, {familyName}, {title}, {vocative}, {greeting}, {closing}. */
      text: string;
      /** What a menu shows for it instead of the built-in "Replace with …". */
      label: string;
    };

/** When a rule applies at all; every field given must hold. */
export interface Condition {
  /** Only on these channels. */
  channel?: Channel[];
  /** Only when the draft is held to one of these registers ('formal', 'neutral', 'informal'). */
  formality?: Formality[];
  /** true: only when the customer's name is known (`audience.name`); false: only when it is not. */
  audienceName?: boolean;
  /** Only when the customer's message (`inReplyTo`) matches one of these (frustration cues, say). */
  inReplyTo?: Pattern[];
  /** Only when the draft matches one of these (a promise to follow up, say). */
  draft?: Pattern[];
  /** Only when the draft has at least this many words: missing-element rules are moot on a fragment. */
  minWords?: number;
  /** Only for canned responses (true) or only for one-off drafts (false). */
  template?: boolean;
  /** The customer's culture profile (from `audience.locale`): every field given must match. */
  culture?: CultureCondition;
}

/** Conditions on the customer's culture profile; every field given must match. */
export interface CultureCondition {
  /** The profile's directness is one of these. */
  directness?: ('direct' | 'moderate' | 'indirect')[];
  /** The profile's way of naming the customer is one of these. */
  nameForm?: ('given-name' | 'title-family-name' | 'title-given-name' | 'family-name-honorific' | 'full-name')[];
  /** The profile accepts emoji (true) or not (false). */
  emoji?: boolean;
  /** The profile accepts exclamation marks (true) or not (false). */
  exclamation?: boolean;
  /**
   * true: the customer's locale (audience.locale) is not an English-speaking one, so an English reply
   * should be plain global English (no idioms); false: it is one, or no locale is given.
   */
  plainEnglish?: boolean;
}

/** A hit counts only when, inside `scope` around it, one of `with` matches (if given) and none of `without` does. */
export interface Context {
  /**
   * Where to look around the hit's sentence: that `sentence`, `sentence+next`, `around` (the sentences
   * before and after too), its `paragraph`, the whole `draft`, or the `customer`'s message (`inReplyTo`).
   */
  scope: 'sentence' | 'sentence+next' | 'around' | 'paragraph' | 'draft' | 'customer';
  /** One of these must match inside the scope. */
  with?: Pattern[];
  /** None of these may match inside the scope. */
  without?: Pattern[];
}

/** A draft that must trigger the rule. */
export interface BadExample {
  /** The draft, with exactly the span the finding covers marked ⟦…⟧ (⟦⟧ for an insertion point). */
  text: string;
  /** The draft after this rule's first suggestion is applied (the marks removed); omit when there is no suggestion. */
  rewrite?: string;
  /** `analyze` options for this example (inReplyTo, audience, channel...); the tests check them as AnalyzeOptions. */
  options?: Record<string, unknown>;
  /** Subject rules only: the reply's body; `text` is then the subject line. */
  body?: string;
}

/** A draft on which the rule must stay silent: the text alone, or with options. */
export type GoodExample =
  | string
  | {
      /** The draft. */
      text: string;
      /** `analyze` options for this example. */
      options?: Record<string, unknown>;
      /** Subject rules only: the reply's body; `text` is then the subject line. */
      body?: string;
    };

/** Every rule carries its own examples; the test suite runs them all. */
export interface Examples {
  /** Drafts that must trigger the rule (at least one). */
  bad: BadExample[];
  /** Drafts that must not (at least one). */
  good: GoodExample[];
}

/** Fields every kind of rule has. */
export interface RuleFields {
  /** Stable id: `<language>.<category>.<name>`, e.g. `en.positive-language.cant`. */
  id: string;
  /** The severity of a finding (for graded rules: of the strongest level). */
  severity: Severity;
  /** What is wrong and why, in the pack's language; `{excerpt}`, `{suggestion}`, `{note}`, `{value}` and `{limit}` are filled in. */
  message: string;
  /** Longer explanation for docs and hovers. */
  description?: string;
  /** When the rule applies at all. */
  when?: Condition;
  /** A hit that overlaps a match of one of these is not reported ("a ticket to the concert"). */
  unless?: Pattern[];
  /** Conditions on the words around each hit; every one must hold (a promise with no time frame in its sentence or the next). */
  context?: Context[];
  /** true: a hit whose words the customer used in their own message (inReplyTo) is not reported: their own acronym is no jargon to them. */
  unlessCustomerUses?: boolean;
  /** Whether the first suggestion is safe to apply unattended (the whole-draft rewrite, CLI --fix); default true. */
  fix?: boolean;
  /** Drafts that must and must not trigger the rule. */
  examples: Examples;
}

/** Words that are wrong as they stand, with replacements. */
export interface PhraseRuleInput extends RuleFields {
  /** A rule that flags the words its patterns match. */
  kind: 'phrase';
  /** What to find (at least one). */
  patterns: Pattern[];
  /** Replacements for the matched words, best first; "" deletes them. */
  suggestions: Replacement[];
}

/** One term of a glossary. */
export interface SubstitutionEntry {
  /** The term's spellings (at least one). */
  patterns: Pattern[];
  /** What to say instead, best first (at least one). */
  suggestions: Replacement[];
  /** Why this term confuses customers; filled into `{note}`. */
  note?: string;
}

/** A glossary: many terms, one message. */
export interface SubstitutionRuleInput extends RuleFields {
  /** A rule with a list of terms and their replacements. */
  kind: 'substitution';
  /** The terms (at least one). */
  entries: SubstitutionEntry[];
}

/** Where missing words go, and which. */
export interface Insert {
  /**
   * Where the missing words go: `start`, `body-start` (after the greeting), `body-end` (before the sign-off), `end`,
   * or right `after-trigger`/`before-trigger` (the `when.draft` match; verb-final languages put a time frame before the verb).
   */
  at: 'start' | 'body-start' | 'body-end' | 'end' | 'after-trigger' | 'before-trigger';
  /** Sentences to insert, best first; `{name}`, `{firstName}` and `{lastName}` come from audience.name. */
  text: Replacement[];
}

/** Something a good reply has: one of `present` must match inside `region`. */
export interface RequiredRuleInput extends RuleFields {
  /** A rule that flags a missing element. */
  kind: 'required';
  /** What counts as present (at least one). */
  present: Pattern[];
  /**
   * Where to look (default 'draft'); when the draft has no such region the rule does not apply.
   * `opening`: the first body sentence; `closing`: the last two; `trigger`: the sentence of the first
   * `when.draft` match and the one after it.
   */
  region?: RequiredRegion;
  /** What to insert where, when it is missing. */
  insert: Insert;
}

/** The region a required rule looks in. */
export type RequiredRegion = 'draft' | 'greeting' | 'opening' | 'body' | 'closing' | 'trigger';

/** A part of a reply's frame (greeting, sign-off) that the draft lacks. */
export interface StructureRuleInput extends RuleFields {
  /** A rule that flags a missing greeting or sign-off. */
  kind: 'structure';
  /** The part, as the language's locale file recognises it. */
  element: 'greeting' | 'sign-off';
  /** What to insert where, when it is missing. */
  insert: Insert;
}

/** A number per channel: one for all, or a default and exceptions ({ default: 25, chat: 18 }). */
export type Threshold = number | ChannelThresholds;

/** A default number and the channels that differ from it. */
export interface ChannelThresholds {
  /** For every channel not named. */
  default: number;
  /** For email. */
  email?: number;
  /** For chat. */
  chat?: number;
  /** For social media. */
  social?: number;
  /** For SMS. */
  sms?: number;
  /** For voice (a script read out). */
  voice?: number;
}

/** A level of graded severity: a value reaching `min` is reported at `severity`; the highest level reached wins. */
export interface Level {
  /** The value (a count, a sentence's words) at which this level starts; `{limit}` in the message. */
  min: Threshold;
  /** The severity of this level. */
  severity: Severity;
}

/** A measure of the draft against a limit. */
export interface MetricRuleInput extends RuleFields {
  /** A rule that measures. */
  kind: 'metric';
  /** What is measured; readability uses the language's formula (Flesch: higher is easier, so use `min`; LIX: use `max`). */
  metric: 'sentence-words' | 'paragraph-words' | 'paragraph-sentences' | 'readability';
  /** The most allowed; `{limit}` in the message, `{value}` the measure. */
  max?: Threshold;
  /** The least allowed. */
  min?: Threshold;
  /** Instead of `max`: graded severity for a value that grows worse upwards (words, sentences, LIX). */
  levels?: Level[];
}

/** Shapes of text that no word pattern expresses. */
export interface ShapeRuleInput extends RuleFields {
  /** A rule with a built-in check and built-in suggestions. */
  kind: 'shape';
  /** `bare-name-placeholder`: a name placeholder in the greeting with no fallback, which renders "Hi ," when empty. */
  shape: 'all-caps' | 'repeated-punctuation' | 'emoji' | 'exclamation' | 'bare-name-placeholder';
  /** Words exempt from all-caps (acronyms a customer knows). */
  allow?: string[];
  /** For all-caps: the fewest letters a shouting word has. */
  minLength?: number;
  /**
   * For bare-name-placeholder: true, only placeholders of helpdesks that render an unknown value as
   * nothing (Help Scout, Intercom, plain Liquid); false, only those the helpdesk always fills
   * (Zendesk's ticket.requester / current_user, osTicket's recipient); absent, both.
   */
  rendersEmpty?: boolean;
}

/** English only: a compromise match (part-of-speech tags) confirmed on sentences a token prefilter picks. */
export interface NlpRuleInput extends RuleFields {
  /** A rule for the part-of-speech engine (needs `nlp` in the coach's config). */
  kind: 'nlp';
  /** Patterns that pick the candidate sentences cheaply (at least one). */
  prefilter: Pattern[];
  /** compromise match syntax: words, #Tags, (a|b), optional words; no /regular expressions/. */
  match: string;
  /** Replacements for the matched words, best first; may be empty. */
  suggestions: Replacement[];
  /**
   * Parse only each prefilter hit with `before` words ahead of it and `after` words behind it, inside its
   * sentence, instead of the whole sentence: several times cheaper, for tags that nearby words decide
   * (a passive). Absent: the whole candidate sentence is parsed.
   */
  window?: NlpWindow;
}

/** The words around a prefilter hit that an `nlp` rule parses, counted inside the hit's sentence. */
export interface NlpWindow {
  /** Words before the hit (0 to 8). */
  before: number;
  /** Words after the hit (0 to 8). */
  after: number;
}

/** Counts hits of its patterns per sentence or per draft (hedges, passives, negatives) and grades the severity by the count. */
export interface CountRuleInput extends RuleFields {
  /** A rule that counts. */
  kind: 'count';
  /** What is counted (at least one). */
  patterns: Pattern[];
  /** Where hits are counted (default 'sentence'). */
  scope?: 'sentence' | 'draft';
  /** Graded severity by the count; the rule's `severity` must be its strongest level's. */
  levels: Level[];
}

/** Dates and times that read differently on the customer's side. */
export interface DateTimeRuleInput extends RuleFields {
  /** A rule about dates and times, read with the runtime's Intl data. */
  kind: 'datetime';
  /**
   * `time-without-zone`: a promised time with no zone when the customer's zone differs from the team's;
   * `ambiguous-date`: an all-numeric date whose day and month swap across the two cultures.
   */
  detect: 'time-without-zone' | 'ambiguous-date';
  /** Words that name a zone next to a time ("CET", "your time", "czasu polskiego"): a time with one of them in its sentence is fine. */
  zones?: Pattern[];
  /** Words that may stand before an hour written without minutes ("at 9", "o 9", "v 9", "soat 9"). */
  hourWords?: string[];
}

/** The email's subject line (`options.subject`); findings carry `field: 'subject'` and offsets into the subject. */
export interface SubjectRuleInput extends RuleFields {
  /** A rule about the subject line. */
  kind: 'subject';
  /** `missing` (empty), `generic` ("Your request", "Ticket #123" alone), `capitals`, or `reply-chain` ("Re: RE: Fwd:"). */
  check: 'missing' | 'generic' | 'capitals' | 'reply-chain';
  /** Reply and forward prefixes of the language's mail clients, without the colon ("re", "fwd", "odp"). */
  prefixes?: string[];
  /** generic: words that say nothing about this ticket; a subject of only these (and numbers) is generic. */
  generic?: Pattern[];
  /** What the reply is about, found in the draft ("order $number", "refund"): fills `{topic}` in `suggestions`. */
  topics?: Pattern[];
  /** Subjects to suggest, best first: `{topic}` is the first topic the draft names; one that needs a topic is skipped without one. */
  suggestions?: Replacement[];
}

/**
 * Words the language's Hunspell dictionary does not know, with its corrections; runs only on a coach
 * given a speller (`spelling` from reply-coach/spelling). `severity` is for a word the dictionary can
 * correct; one it cannot is reported as a `suggestion`.
 */
export interface SpellingRuleInput extends RuleFields {
  /** A spell check. */
  kind: 'spelling';
  /** Words the dictionary lacks that replies use as they are (brands, chat usage), any case; `paczkomat*` allows every word starting so. A team's own packs' terms are never flagged either. */
  allow?: string[];
}

/** A rule as written in a pack: `kind` says which fields it has. */
export type RuleInput =
  | PhraseRuleInput
  | SubstitutionRuleInput
  | RequiredRuleInput
  | StructureRuleInput
  | MetricRuleInput
  | ShapeRuleInput
  | NlpRuleInput
  | CountRuleInput
  | DateTimeRuleInput
  | SubjectRuleInput
  | SpellingRuleInput;

/** A rule as loaded: the fields left out for their defaults are filled in (`fix`, a required rule's `region`, a count rule's `scope`). */
export type Rule = RuleInput extends infer R
  ? R extends RuleInput
    ? R & { fix: boolean } & (R extends RequiredRuleInput ? { region: RequiredRegion } : R extends CountRuleInput ? { scope: 'sentence' | 'draft' } : unknown)
    : never
  : never;

/** Fields of a pack besides its rules. */
export interface PackFields {
  /** The JSON Schema an editor validates the file with; ignored. */
  $schema?: string;
  /** ISO 639-1 code of the drafts this pack reads. */
  language: string;
  /** The category of every rule in the pack. */
  category: Category;
  /** What this pack is for. */
  description?: string;
  /** Word classes for this pack's patterns (`@name`), on top of the language's own: name → patterns. */
  classes?: Record<string, Pattern[]>;
}

/** A rule pack as written (JSON, YAML or an object): one language, one category. Check it with `loadPack`. */
export interface RulePackInput extends PackFields {
  /** The rules (at least one); each id starts with `<language>.<category>.`. */
  rules: RuleInput[];
}

/** A rule pack as `loadPack` returns it: checked, with defaults filled in. */
export interface RulePack extends PackFields {
  /** The rules, with defaults filled in. */
  rules: Rule[];
}

// Each line fails to compile when a type above and its schema's type differ in a field.
type SchemaChecks = [
  Assert<Agree<RulePackInput, Input<typeof RulePackSchema>>>,
  Assert<Agree<RulePack, Output<typeof RulePackSchema>>>,
  Assert<Agree<Rule, Output<typeof RuleSchema>>>,
];
