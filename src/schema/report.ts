import { array, boolean, enum as enumOf, int, intersection, minimum, number, object, optional, record, string } from './zod.js';
import { CategorySchema, SeveritySchema } from './common.js';

/** Replace draft[start, end) with text; offsets are UTF-16 code units of the original draft. */
export const TextEditSchema = object({
  start: int().check(minimum(0)),
  end: int().check(minimum(0)),
  text: string(),
});

export const SuggestionSchema = object({
  label: string(),
  edits: array(TextEditSchema),
});

/** The shape of a finding (`Finding`), for callers that check reports they receive (from a server, say). */
export const FindingSchema = object({
  ruleId: string(),
  category: CategorySchema,
  severity: SeveritySchema,
  message: string(),
  start: int(),
  end: int(),
  line: int(),
  column: int(),
  excerpt: string(),
  suggestions: array(SuggestionSchema),
  /** Whether the first suggestion is applied in `rewrite` (safe unattended). */
  fixable: boolean(),
  /** 'subject': the finding (offsets, line, column, excerpt, edits) is on `options.subject`, not on the draft. */
  field: optional(enumOf(['subject'])),
});

export const ScoresSchema = intersection(record(CategorySchema, number()), object({ overall: number() }));

/** The shape of a report (`Report`), for callers that check reports they receive (from a server, say). */
export const ReportSchema = object({
  language: object({
    /** ISO 639-1 code of the language the draft was coached in (or found to be in). */
    code: string(),
    /** 0..1; 1 when the caller named the language. */
    confidence: number(),
    /** Whether the language was detected (not named in the options). */
    detected: boolean(),
    /**
     * `false` when no rule pack covers the language (a German draft, say, or
     * `language: 'xx'`): nothing was checked, there are no findings, every
     * score is 0 and the rewrite is the draft. Absent when the draft was coached.
     */
    supported: optional(boolean()),
  }),
  /** The culture profile the draft was coached for, how it was found, and the register that followed. */
  audience: object({
    locale: optional(string()),
    profile: string(),
    source: enumOf(['locale', 'language', 'neutral']),
    formality: enumOf(['formal', 'neutral', 'informal']),
  }),
  findings: array(FindingSchema),
  rewrite: string(),
  /** With a speller: 'checked', or 'unavailable' when it has no dictionary for the draft's language (Uzbek). Absent when spelling is off. */
  spelling: optional(enumOf(['checked', 'unavailable'])),
  scores: ScoresSchema,
  metrics: object({
    words: number(),
    sentences: number(),
    readability: optional(object({ formula: string(), score: number() })),
  }),
});

// Written out with a doc comment on every field (public-types.ts checks they agree with the schemas above).
export type { TextEdit, Suggestion, Finding, Report, Scores } from './public-types.js';
