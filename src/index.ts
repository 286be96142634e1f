/**
 * reply-coach: coaches a support agent's draft reply before it is sent.
 * The public contract is described in DESIGN.md and the README.
 */
export { analyze, createCoach, type Coach } from './coach.js';
export { applyEdits } from './edits.js';
export { loadPack } from './packs.js';
export { detectLanguage, type Detection } from './detect.js';
export { RulePackError, OptionsError, ProfileError, type Issue } from './errors.js';
export { loadProfile, resolveProfile, builtinProfiles } from './profiles.js';
export { CultureProfileSchema, type CultureProfile } from './schema/profile.js';
export { RulePackSchema, RuleSchema, type RulePack, type RulePackInput, type Rule } from './schema/pack.js';
export { AnalyzeOptionsSchema, CoachConfigSchema, type AnalyzeOptions, type CoachConfig, type Audience } from './schema/options.js';
export { ReportSchema, FindingSchema, type Report, type Finding, type Suggestion, type TextEdit, type Scores } from './schema/report.js';
export { CATEGORIES, SEVERITIES, CHANNELS, type Category, type Severity, type Channel } from './schema/common.js';
