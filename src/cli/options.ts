import { resolve } from 'node:path';
import type { AnalyzeOptions, Report } from '../index.js';
import type { CheckConfig } from '../documents/config.js';
import { readSource, SourceError } from '../documents/sources.js';
import { UsageError } from '../documents/fixes.js';
import { sharedSpeller } from '../spelling/shared.js';
import type { Speller } from '../spelling/speller.js';

/** The flags every coaching command takes (the default command and `check`). */
export const COACH_FLAGS = {
  language: { type: 'string' },
  channel: { type: 'string' },
  name: { type: 'string' },
  locale: { type: 'string' },
  formality: { type: 'string' },
  'in-reply-to': { type: 'string' },
  'time-zone': { type: 'string' },
  'team-locale': { type: 'string' },
  'team-time-zone': { type: 'string' },
  subject: { type: 'string' },
  spelling: { type: 'boolean' },
  config: { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
} as const;

export interface CoachFlags {
  language?: string;
  channel?: string;
  name?: string;
  locale?: string;
  formality?: string;
  'in-reply-to'?: string;
  'time-zone'?: string;
  'team-locale'?: string;
  'team-time-zone'?: string;
  subject?: string;
  spelling?: boolean;
}

/** The customer's message a draft answers, read as any draft is (Markdown and HTML to their text). */
function inReplyTo(file: string, cwd: string): string {
  try {
    return readSource(file === '-' ? '-' : resolve(cwd, file)).text;
  } catch (e) {
    if (e instanceof SourceError) throw new UsageError(`--in-reply-to ${e.message.replace(`${cwd}/`, '')}`);
    throw e;
  }
}

/** The options a draft is coached with: the config file, with the command line on top. */
export function coachOptions(config: CheckConfig, flags: CoachFlags, cwd: string): AnalyzeOptions {
  const audience = { ...config.audience };
  if (flags.name !== undefined) audience.name = flags.name;
  if (flags.locale !== undefined) audience.locale = flags.locale;
  if (flags.formality !== undefined) audience.formality = flags.formality as NonNullable<typeof audience.formality>;
  if (flags['time-zone'] !== undefined) audience.timeZone = flags['time-zone'];
  const team = { ...config.team };
  if (flags['team-locale'] !== undefined) team.locale = flags['team-locale'];
  if (flags['team-time-zone'] !== undefined) team.timeZone = flags['team-time-zone'];
  const options: AnalyzeOptions = {
    ...(Object.keys(audience).length ? { audience } : {}),
    ...(config.categories ? { categories: config.categories } : {}),
    ...(config.rules ? { rules: config.rules } : {}),
    ...(Object.keys(team).length ? { team } : {}),
    ...(flags.subject !== undefined ? { subject: flags.subject } : {}),
    template: config.template ?? true,
  };
  const language = flags.language ?? config.language;
  const channel = flags.channel ?? config.channel;
  if (language !== undefined) options.language = language;
  if (channel !== undefined) options.channel = channel as AnalyzeOptions['channel'];
  if (flags['in-reply-to'] !== undefined) options.inReplyTo = inReplyTo(flags['in-reply-to'], cwd);
  return options;
}

/**
 * The coach's speller when --spelling or the config file's `spelling: true`
 * asks for one: the installed dictionary packages, read once per process. A
 * missing package is named once on standard error; its language's drafts
 * report spelling as unavailable.
 */
export function spellingFor(config: CheckConfig, flags: CoachFlags, err: (s: string) => void): { spelling?: Speller } {
  if (!(flags.spelling ?? config.spelling)) return {};
  const speller = sharedSpeller();
  if (speller.missing.length > 0 && !warned) {
    warned = true;
    err(`reply-coach: spelling: not installed, so those languages are not spell-checked: ${speller.missing.join(', ')} (npm install ${speller.missing.join(' ')})`);
  }
  return { spelling: speller };
}
let warned = false;

/** Whether a report is on a draft in a language the coach has no rules for. */
export const unsupported = (report: Report): boolean => (report.language as { supported?: boolean }).supported === false;
