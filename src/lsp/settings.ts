import { boolean, int, maximum, minimum, optional, strictObject, string, url, type output } from '../schema/zod.js';
import { AnalyzeOptionsSchema, AudienceSchema, TeamSchema } from '../schema/options.js';
import { ChannelSchema } from '../schema/common.js';
import { issuesOf } from '../schema/errors.js';

import { SECTION } from './constants.js';

export { SECTION, DEFAULT_DEBOUNCE_MS } from './constants.js';

/** `replyCoach` settings; strict, so a misspelt key is reported rather than silently ignored. */
export const SettingsSchema = strictObject({
  language: AnalyzeOptionsSchema.shape.language,
  audience: optional(AudienceSchema),
  /** The support team's locale and IANA time zone (numeric dates, promised times). */
  team: optional(TeamSchema),
  channel: optional(ChannelSchema),
  /** The email's subject line, for documents that do not carry one (Markdown front matter `subject:`, a mail Subject header). */
  subject: AnalyzeOptionsSchema.shape.subject,
  /** The customer's message this draft answers. */
  inReplyTo: optional(string()),
  /** Spell-check drafts in en, pl, cs and sk with the installed Hunspell dictionary packages (as `reply-coach check --spelling`); default: the config file's `spelling`. */
  spelling: optional(boolean()),
  /** Whether drafts are canned responses with placeholders (default: as `reply-coach check`, true). */
  template: optional(boolean()),
  debounceMs: optional(int().check(minimum(0), maximum(10_000))),
  /** Where docs/RULES.md is published; rule links become `<docsBaseUrl>#<anchor>`. */
  docsBaseUrl: optional(url()),
});
export type Settings = output<typeof SettingsSchema>;

/**
 * Editors send unset settings as null or "" (a generic client's defaults);
 * both mean "not set" here, so they are dropped before validation.
 */
function dropUnset(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUnset);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([k, v]) => [k, dropUnset(v)]),
  );
}

/** Validates the `replyCoach` section; the error names every bad field (`replyCoach.channel: ...`). */
export function parseSettings(raw: unknown): { ok: true; settings: Settings } | { ok: false; message: string } {
  const parsed = SettingsSchema.safeParse(dropUnset(raw ?? {}));
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, message: issuesOf(parsed.error, SECTION).map((i) => `${i.path}: ${i.message}`).join('; ') };
}
