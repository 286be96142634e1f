/** The exports every entry point shares; each entry adds `createCoach` and `analyze` with what it ships. */
export { applyEdits } from './coach/edits.js';
export { loadPack } from './data/packs.js';
export { RulePackError, OptionsError, ProfileError, type Issue } from './schema/errors.js';
export { loadProfile, resolveProfile } from './data/profiles.js';
export { type LanguageData } from './data/language-data.js';
export { type Vocative } from './names/vocatives.js';
export { type NlpLoader, type NlpEngine } from './nlp/engine.js';
export { makeDetector, type Detection } from './detect/detect.js';
export { CultureProfileSchema } from './schema/profile.js';
export { RulePackSchema, RuleSchema } from './schema/pack.js';
export { AnalyzeOptionsSchema, CoachConfigSchema } from './schema/options.js';
export { ReportSchema, FindingSchema } from './schema/report.js';
export { CATEGORIES, SEVERITIES, CHANNELS } from './schema/common.js';
// The types are written out with a doc comment on every field, for hover in a consumer's editor.
export type {
  AnalyzeOptions,
  Audience,
  Category,
  Channel,
  Coach,
  CoachConfig,
  CultureProfile,
  Finding,
  Formality,
  LanguageCode,
  Metrics,
  Readability,
  Report,
  ReportAudience,
  ReportLanguage,
  Scores,
  Severity,
  Shipped,
  Suggestion,
  Team,
  TextEdit,
} from './schema/public-types.js';
export type { Rule, RuleInput, RulePack, RulePackInput } from './schema/public-pack-types.js';
