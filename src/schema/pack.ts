import { parsePattern, PatternSyntaxError } from '../match/pattern.js';
import { CategorySchema, ChannelSchema, CHANNELS, FormalitySchema, SeveritySchema, type Channel } from './common.js';
import {
  _default,
  array,
  boolean,
  discriminatedUnion,
  extend,
  int,
  literal,
  maximum,
  minimum,
  minLength,
  number,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  superRefine,
  union,
  unknown,
  enum as zEnum,
  type output as Infer,
} from './zod.js';

/** A token-sequence pattern; checked by the pattern parser so that a bad one names its field. */
export const PatternSchema = string().check(
  superRefine((value, ctx) => {
    try {
      parsePattern(value);
    } catch (e) {
      if (!(e instanceof PatternSyntaxError)) throw e;
      ctx.addIssue({ code: 'custom', message: `invalid pattern "${value}": ${e.message}` });
    }
  }),
);

const Patterns = array(PatternSchema).check(minLength(1));

/** Named word lists that patterns use as `@name`; each entry is a pattern of one or more positions. */
export const WordClassesSchema = record(string(), Patterns).check(
  superRefine((table, ctx) => {
    for (const name of Object.keys(table)) {
      if (!/^[a-z][a-z0-9-]*$/.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: 'a word class name is lower case, digits and hyphens ("third-party")' });
    }
  }),
);

/**
 * Where a context condition looks, around the sentence of the hit: that
 * sentence, it and the next, the previous one, it and the next (`around`),
 * its paragraph, or the whole draft.
 */
export const ScopeSchema = zEnum(['sentence', 'sentence+next', 'around', 'paragraph', 'draft', 'customer']);

/** A hit counts only when, inside `scope` around it, one of `with` matches (if given) and none of `without` does. */
export const ContextSchema = strictObject({
  scope: ScopeSchema,
  with: optional(Patterns),
  without: optional(Patterns),
}).check(refine((c) => c.with !== undefined || c.without !== undefined, { message: 'a context condition needs `with` or `without`', path: ['with'] }));

/** A replacement for the matched words, or a label and a replacement. */
export const ReplacementSchema = union([
  string(),
  strictObject({ text: string(), label: string().check(minLength(1)) }),
]);

/** When a rule applies at all; every field given must hold. */
export const ConditionSchema = strictObject({
  channel: optional(array(ChannelSchema).check(minLength(1))),
  formality: optional(array(FormalitySchema).check(minLength(1))),
  /** true: only when the customer's name is known; false: only when it is not. */
  audienceName: optional(boolean()),
  /** The customer's message matches one of these (frustration cues, say). */
  inReplyTo: optional(Patterns),
  /** The draft matches one of these (a promise to follow up, say). */
  draft: optional(Patterns),
  /** The draft has at least this many words; missing-element rules are moot on a fragment. */
  minWords: optional(int().check(minimum(0))),
  /** Only for canned responses (true) or only for one-off drafts (false). */
  template: optional(boolean()),
  /** The customer's culture profile (audience.locale): every field given must match. */
  culture: optional(
    strictObject({
      directness: optional(array(zEnum(['direct', 'moderate', 'indirect'])).check(minLength(1))),
      nameForm: optional(array(zEnum(['given-name', 'title-family-name', 'title-given-name', 'family-name-honorific', 'full-name'])).check(minLength(1))),
      emoji: optional(boolean()),
      exclamation: optional(boolean()),
      /**
       * true: the customer's locale (audience.locale) is not an English-speaking one, so an English reply
       * should be plain global English (no idioms); false: it is one, or no locale is given.
       */
      plainEnglish: optional(boolean()),
    }),
  ),
});

/** Drafts that must trigger the rule; ⟦…⟧ marks the span (⟦⟧ an insertion point). */
export const BadExampleSchema = strictObject({
  text: string().check(refine((t) => countMarks(t) === 1, { message: 'must mark exactly one span with ⟦…⟧' })),
  /** The draft after this rule's first suggestion is applied (the marks removed). Omit when there is no suggestion. */
  rewrite: optional(string()),
  /** Analyze options for this example (inReplyTo, audience, channel...); checked as AnalyzeOptions by the tests. */
  options: optional(record(string(), unknown())),
  /** Subject rules only: the reply's body; `text` is then the subject line. */
  body: optional(string()),
});

export const GoodExampleSchema = union([
  string(),
  strictObject({ text: string(), options: BadExampleSchema.shape.options, body: optional(string()) }),
]);

export const ExamplesSchema = strictObject({
  bad: array(BadExampleSchema).check(minLength(1, 'every rule needs at least one example that triggers it')),
  good: array(GoodExampleSchema).check(minLength(1, 'every rule needs at least one example that must not trigger it')),
});

const RuleBase = {
  /** Stable id: `<language>.<category>.<name>`, e.g. `en.positive-language.cant`. */
  id: string().check(regex(/^[a-z]{2,3}(?:-[a-z0-9]+)*\.[a-z-]+\.[a-z0-9-]+$/, 'must look like "en.positive-language.cant"')),
  severity: SeveritySchema,
  /** What is wrong and why. `{excerpt}`, `{value}` and `{limit}` are filled in. */
  message: string().check(minLength(1)),
  /** Longer explanation for docs and hovers. */
  description: optional(string()),
  when: optional(ConditionSchema),
  /** A hit that overlaps a match of one of these is not reported ("a ticket to the concert"). */
  unless: optional(Patterns),
  /** Conditions on the words around each hit; every one must hold (a promise with no time frame in its sentence or the next). */
  context: optional(array(ContextSchema).check(minLength(1))),
  /** true: a hit whose words the customer used in their own message (inReplyTo) is not reported: their own acronym is no jargon to them. */
  unlessCustomerUses: optional(boolean()),
  /** Whether the first suggestion is safe to apply unattended (whole-draft rewrite, CLI --fix). */
  fix: _default(boolean(), true),
  examples: ExamplesSchema,
};

export const PhraseRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('phrase'),
  patterns: Patterns,
  /** Replacements for the matched words, best first; "" deletes them. */
  suggestions: array(ReplacementSchema),
});

export const SubstitutionEntrySchema = strictObject({
  patterns: Patterns,
  suggestions: array(ReplacementSchema).check(minLength(1)),
  /** Why this term confuses customers; filled into `{note}`. */
  note: optional(string()),
});

/** A glossary: many terms, one message (Vale's substitution). */
export const SubstitutionRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('substitution'),
  entries: array(SubstitutionEntrySchema).check(minLength(1)),
});

export const AnchorSchema = union([
  literal('start'),
  literal('body-start'),
  literal('body-end'),
  literal('end'),
  literal('after-trigger'),
  literal('before-trigger'),
]);

export const InsertSchema = strictObject({
  /** Where the missing words go. `after-trigger`/`before-trigger`: right after/before the `when.draft` match (verb-final languages put a time frame before the verb). */
  at: AnchorSchema,
  /** Sentences to insert, best first; `{name}`, `{firstName}` and `{lastName}` come from audience.name. */
  text: array(ReplacementSchema).check(minLength(1)),
});

/** Something a good reply has: one of `present` must match inside `region`. */
export const RequiredRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('required'),
  present: Patterns,
  /**
   * Where to look; when the draft has no such region the rule does not apply.
   * `trigger`: the sentence of the first `when.draft` match and the one after it
   * (a time frame belongs with the promise, not anywhere in the draft).
   */
  region: _default(union([literal('draft'), literal('greeting'), literal('opening'), literal('body'), literal('closing'), literal('trigger')]), 'draft'),
  insert: InsertSchema,
});

/** A part of a reply's frame (greeting, sign-off) that the draft lacks. */
export const StructureRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('structure'),
  element: union([literal('greeting'), literal('sign-off')]),
  insert: InsertSchema,
});

const optionalNumber = () => optional(number());

/** A number per channel, with a default. */
export const ThresholdSchema = union([
  number(),
  // Typed per channel: Object.fromEntries alone would give the type an index signature that swallows `default`.
  extend(strictObject({ default: number() }), Object.fromEntries(CHANNELS.map((c) => [c, optionalNumber()])) as Record<Channel, ReturnType<typeof optionalNumber>>),
]);

/** Graded severity: a value (a count, a sentence's words) reaching `min` is reported at `severity`; the highest level reached wins. */
export const LevelSchema = strictObject({ min: ThresholdSchema, severity: SeveritySchema });

const Levels = array(LevelSchema).check(minLength(1));

/** The rule's own `severity` names the strongest of its levels, so tables and overrides read one value. */
function levelsTopOut<T extends { severity: string; levels?: { severity: string }[] | undefined }>() {
  return refine<T>((r) => !r.levels || r.levels.some((l) => l.severity === r.severity), {
    message: "the rule's severity must be the severity of one of its levels (the strongest)",
    path: ['severity'],
  });
}

export const MetricRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('metric'),
  metric: union([literal('sentence-words'), literal('paragraph-words'), literal('paragraph-sentences'), literal('readability')]),
  max: optional(ThresholdSchema),
  min: optional(ThresholdSchema),
  /** Instead of `max`: graded severity for a value that grows worse upwards (words, sentences, LIX). */
  levels: optional(Levels),
})
  .check(refine((r) => r.max !== undefined || r.min !== undefined || r.levels !== undefined, { message: 'a metric rule needs max, min or levels', path: ['max'] }))
  .check(refine((r) => r.levels === undefined || r.max === undefined, { message: 'give either max or levels, not both', path: ['levels'] }))
  .check(levelsTopOut());

/**
 * Dates and times that read differently on the customer's side: a promised time
 * with no time zone when the customer's zone differs from the team's, and an
 * all-numeric date whose day and month swap across cultures.
 */
export const DateTimeRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('datetime'),
  detect: union([literal('time-without-zone'), literal('ambiguous-date')]),
  /** Words that name a zone next to a time ("CET", "your time", "czasu polskiego"): a time with one of them in its sentence is fine. */
  zones: optional(Patterns),
  /** Words that may stand before an hour written without minutes ("at 9", "o 9", "v 9", "soat 9"). */
  hourWords: optional(array(string().check(minLength(1)))),
});

/**
 * The email's subject line (`options.subject`): missing or empty, generic
 * ("Your request", "Ticket #123" alone), in capitals, or a chain of reply
 * prefixes. Findings carry `field: 'subject'` and offsets into the subject.
 */
export const SubjectRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('subject'),
  check: union([literal('missing'), literal('generic'), literal('capitals'), literal('reply-chain')]),
  /** Reply and forward prefixes of the language's mail clients, without the colon ("re", "fwd", "odp"). */
  prefixes: optional(array(string().check(regex(/^[\p{L}]+$/u, 'a prefix is letters only, without the colon')))),
  /** generic: words that say nothing about this ticket; a subject of only these (and numbers) is generic. */
  generic: optional(Patterns),
  /** What the reply is about, found in the draft ("order $number", "refund"): fills `{topic}` in `suggestions`. */
  topics: optional(Patterns),
  /** Subjects to suggest, best first: `{topic}` is the first topic the draft names; one that needs a topic is skipped without one. */
  suggestions: optional(array(ReplacementSchema)),
});

/**
 * Words the language's Hunspell dictionary does not know, with its
 * corrections. Runs only on a coach given a speller (`createCoach({ spelling:
 * await loadSpelling() })` from reply-coach/spelling); silent otherwise.
 * `severity` is for a word the dictionary can correct (a likely typo); one it
 * cannot correct is reported as a `suggestion`.
 */
export const SpellingRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('spelling'),
  /** Words the dictionary lacks that replies use as they are (brands, chat usage), any case; `paczkomat*` allows every word starting so. A team's own packs' terms are never flagged either. */
  allow: optional(array(string().check(minLength(1)))),
});

/** Counts hits of its patterns per sentence or per draft (hedges, passives, negatives) and grades the severity by the count. */
export const CountRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('count'),
  patterns: Patterns,
  scope: _default(union([literal('sentence'), literal('draft')]), 'sentence'),
  levels: Levels,
}).check(levelsTopOut());

/** Shapes of text that no word pattern expresses. */
export const ShapeRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('shape'),
  /** `bare-name-placeholder`: a name placeholder in the greeting with no fallback, which renders "Hi ," when empty. */
  shape: union([literal('all-caps'), literal('repeated-punctuation'), literal('emoji'), literal('exclamation'), literal('bare-name-placeholder')]),
  /** Words exempt from all-caps (acronyms a customer knows). */
  allow: optional(array(string())),
  /** For all-caps: the fewest letters a shouting word has. */
  minLength: optional(int().check(minimum(1))),
  /**
   * For bare-name-placeholder: true, only placeholders of helpdesks that render an unknown value as
   * nothing (Help Scout, Intercom, plain Liquid); false, only those the helpdesk always fills
   * (Zendesk's ticket.requester / current_user, osTicket's recipient); absent, both.
   */
  rendersEmpty: optional(boolean()),
});

/** English only: a compromise match (part-of-speech tags) confirmed on sentences a token prefilter picks. */
export const NlpRuleSchema = strictObject({
  ...RuleBase,
  kind: literal('nlp'),
  prefilter: Patterns,
  /** compromise match syntax: words, #Tags, (a|b), optional words. Its /regular expressions/ are refused: they could take exponential time. */
  match: string().check(
    minLength(1),
    refine((m) => !m.includes('/'), { message: 'regular expressions (/…/) are not allowed in a match: use words, #Tags and (a|b)' }),
  ),
  suggestions: array(ReplacementSchema),
  /**
   * Parse only the words of each prefilter hit with `before` words ahead and `after` words behind it (in its
   * sentence), not the whole sentence: far cheaper, for tags that depend on nearby words (a passive).
   */
  window: optional(
    strictObject({
      before: int().check(minimum(0), maximum(8)),
      after: int().check(minimum(0), maximum(8)),
    }),
  ),
});

/** Checks one rule of a pack (`RuleInput`), by its `kind`. */
export const RuleSchema = discriminatedUnion('kind', [
  PhraseRuleSchema,
  SubstitutionRuleSchema,
  RequiredRuleSchema,
  StructureRuleSchema,
  MetricRuleSchema,
  ShapeRuleSchema,
  NlpRuleSchema,
  CountRuleSchema,
  DateTimeRuleSchema,
  SubjectRuleSchema,
  SpellingRuleSchema,
]);

/** Checks a rule pack (`RulePackInput`): every rule, its patterns and examples, and ids unique and prefixed `<language>.<category>.`; `loadPack` applies it. */
export const RulePackSchema = strictObject({
  $schema: optional(string()),
  /** ISO 639-1 code of the drafts this pack reads. */
  language: string().check(regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as "en"')),
  category: CategorySchema,
  description: optional(string()),
  /** Word classes for this pack's patterns, on top of the language's own (locales/<language>.json). */
  classes: optional(WordClassesSchema),
  rules: array(RuleSchema).check(minLength(1, 'a pack needs at least one rule')),
}).check(
  superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      const prefix = `${pack.language}.${pack.category}.`;
      if (!rule.id.startsWith(prefix)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `must start with "${prefix}"` });
      }
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
      if (rule.kind === 'nlp' && pack.language !== 'en') {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'kind'], message: 'nlp rules are for English packs only' });
      }
    });
  }),
);

// Written out with a doc comment on every field (public-pack-types.ts checks they agree with the schemas above).
export type { RulePack, RulePackInput, Rule } from './public-pack-types.js';
export type PhraseRule = Infer<typeof PhraseRuleSchema>;
export type SubstitutionRule = Infer<typeof SubstitutionRuleSchema>;
export type RequiredRule = Infer<typeof RequiredRuleSchema>;
export type StructureRule = Infer<typeof StructureRuleSchema>;
export type MetricRule = Infer<typeof MetricRuleSchema>;
export type ShapeRule = Infer<typeof ShapeRuleSchema>;
export type NlpRule = Infer<typeof NlpRuleSchema>;
export type CountRule = Infer<typeof CountRuleSchema>;
export type DateTimeRule = Infer<typeof DateTimeRuleSchema>;
export type SubjectRule = Infer<typeof SubjectRuleSchema>;
export type SpellingRule = Infer<typeof SpellingRuleSchema>;
export type Context = Infer<typeof ContextSchema>;
export type Level = Infer<typeof LevelSchema>;
export type Replacement = Infer<typeof ReplacementSchema>;
export type Condition = Infer<typeof ConditionSchema>;
export type Insert = Infer<typeof InsertSchema>;
export type Threshold = Infer<typeof ThresholdSchema>;
export type BadExample = Infer<typeof BadExampleSchema>;
export type GoodExample = Infer<typeof GoodExampleSchema>;

function countMarks(text: string): number {
  const opens = text.split('⟦').length - 1;
  const closes = text.split('⟧').length - 1;
  return opens === closes && text.indexOf('⟦') < text.indexOf('⟧') ? opens : -1;
}
