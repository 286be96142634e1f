import { array, boolean, enum as enumOf, number, object, record, string, type infer as Infer } from 'zod';
import { CategorySchema, SeveritySchema } from './common.js';

/** Replace draft[start, end) with text; offsets are UTF-16 code units of the original draft. */
export const TextEditSchema = object({
  start: number().int().min(0),
  end: number().int().min(0),
  text: string(),
});

export const SuggestionSchema = object({
  label: string(),
  edits: array(TextEditSchema),
});

export const FindingSchema = object({
  ruleId: string(),
  category: CategorySchema,
  severity: SeveritySchema,
  message: string(),
  start: number().int(),
  end: number().int(),
  line: number().int(),
  column: number().int(),
  excerpt: string(),
  suggestions: array(SuggestionSchema),
  /** Whether the first suggestion is applied in `rewrite` (safe unattended). */
  fixable: boolean(),
});

export const ScoresSchema = record(CategorySchema, number()).and(object({ overall: number() }));

export const ReportSchema = object({
  language: object({ code: string(), confidence: number(), detected: boolean() }),
  /** The culture profile the draft was coached for, how it was found, and the register that followed. */
  audience: object({
    locale: string().optional(),
    profile: string(),
    source: enumOf(['locale', 'language', 'neutral']),
    formality: enumOf(['formal', 'neutral', 'informal']),
  }),
  findings: array(FindingSchema),
  rewrite: string(),
  scores: ScoresSchema,
  metrics: object({
    words: number(),
    sentences: number(),
    readability: object({ formula: string(), score: number() }).optional(),
  }),
});

export type TextEdit = Infer<typeof TextEditSchema>;
export type Suggestion = Infer<typeof SuggestionSchema>;
export type Finding = Infer<typeof FindingSchema>;
export type Report = Infer<typeof ReportSchema>;
export type Scores = Infer<typeof ScoresSchema>;
