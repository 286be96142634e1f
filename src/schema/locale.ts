import { array, enum as zEnum, strictObject, string, type infer as Infer } from 'zod';
import { PatternSchema } from './pack.js';

/** What is about a language rather than one rule: how its replies are framed and measured. */
export const LocaleSchema = strictObject({
  language: string().regex(/^[a-z]{2,3}$/),
  name: string(),
  /** Folded words after which a dot does not end a sentence ("e.g", "mr"). */
  abbreviations: array(string()),
  /** Patterns that open a greeting line ("hi", "good morning"). */
  greetings: array(PatternSchema),
  /** Patterns that open a sign-off line ("best regards", "thanks"). */
  signOffs: array(PatternSchema),
  readability: strictObject({ formula: zEnum(['flesch-reading-ease', 'none']) }),
});

export type Locale = Infer<typeof LocaleSchema>;
