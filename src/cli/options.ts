import { resolve } from 'node:path';
import type { AnalyzeOptions, Report } from '../index.js';
import type { CheckConfig } from '../documents/config.js';
import { readSource, SourceError } from '../documents/sources.js';
import { UsageError } from '../documents/fixes.js';

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

/** Whether a report is on a draft in a language the coach has no rules for. */
export const unsupported = (report: Report): boolean => (report.language as { supported?: boolean }).supported === false;
