/** The exports every entry point shares; each entry adds `createCoach` and `analyze` with what it ships. */
export { type Coach, type Shipped } from './coach/coach.js';
export { applyEdits } from './coach/edits.js';
export { loadPack } from './data/packs.js';
export { RulePackError, OptionsError, ProfileError, type Issue } from './schema/errors.js';
export { loadProfile, resolveProfile } from './data/profiles.js';
export { type LanguageData } from './data/language-data.js';
export { type NlpLoader, type NlpEngine } from './nlp/engine.js';
export { makeDetector, type Detection } from './detect/detect.js';
export { CultureProfileSchema, type CultureProfile } from './schema/profile.js';
export { RulePackSchema, RuleSchema, type RulePack, type RulePackInput, type Rule } from './schema/pack.js';
export { AnalyzeOptionsSchema, CoachConfigSchema, type AnalyzeOptions, type CoachConfig, type Audience } from './schema/options.js';
export { ReportSchema, FindingSchema, type Report, type Finding, type Suggestion, type TextEdit, type Scores } from './schema/report.js';
export { CATEGORIES, SEVERITIES, CHANNELS, type Category, type Severity, type Channel } from './schema/common.js';
