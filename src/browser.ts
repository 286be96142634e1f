/**
 * reply-coach for browsers and bundlers: the same API as the Node entry, with
 * franc imported statically (a browser has no synchronous require). compromise
 * is left out: the shipped packs need no part-of-speech engine, and a coach
 * given packs with `nlp` rules takes `nlp: compromise` from `reply-coach/nlp`.
 */
import { francAll } from 'franc';
import { makeDetector } from './detect/detect.js';
import type { AnalyzeOptions, Coach, CoachConfig, Report } from './schema/public-types.js';
import { withEverything } from './shipped.js';

export * from './api.js';
export { builtinProfiles } from './shipped.js';
/**
 * Tells the language of a text: an ISO 639-1 code ('und' when nothing can be
 * told) and a confidence of 0..1, among the shipped languages, with about thirty
 * common languages without packs recognised so that they are not coached.
 *
 * @example
 * detectLanguage('Dziękujemy za cierpliwość.'); // { language: 'pl', confidence: … }
 */
export const detectLanguage = makeDetector(() => francAll);
const everything = withEverything(undefined, detectLanguage);

/**
 * Creates a coach with every shipped language (en, pl, cs, sk, uz), the
 * language detector (and, for packs of your own with `nlp` rules, the part-of-speech engine you pass as `nlp`). `config` sets defaults for
 * every draft (`language`, `channel`, `audience`, `categories`, `rules`) and
 * adds your own rule `packs` and culture `profiles`. A coach compiles its
 * packs once: create it once and call `coach.analyze(draft, options)` per draft.
 *
 * @throws {OptionsError} when `config` does not fit `CoachConfigSchema` (the message names each field).
 * @throws {RulePackError} when one of `config.packs` is not a valid pack.
 * @example
 * const coach = createCoach({ channel: 'chat' });
 * const report = coach.analyze(draft, { audience: { name: 'Anna Kowalska' } });
 */
export const createCoach: (config?: CoachConfig) => Coach = everything.createCoach;

/**
 * Coaches one draft reply with a shared default coach: findings by category
 * (positive-language, empathy, jargon, clarity, formality, ownership,
 * personalization), each with its position and suggestions; scores; and the
 * draft with every safe fix applied (`report.rewrite`). The language is
 * detected unless `options.language` names it; a language without rules is
 * reported as `report.language.supported: false`, with no findings.
 *
 * @param draft The reply as plain text (for Markdown or HTML, pass its text).
 * @param options The conversation: `language`, `channel`, `audience` (`name`, `locale`, `formality`), `inReplyTo` (the customer's message), `categories`, `rules`.
 * @throws {OptionsError} when `options` do not fit `AnalyzeOptionsSchema` (the message names each field).
 * @example
 * const report = analyze("Unfortunately we can't refund this.", { language: 'en' });
 * report.findings[0]?.message; // what is wrong and what to do instead
 */
export const analyze: (draft: string, options?: AnalyzeOptions) => Report = everything.analyze;
