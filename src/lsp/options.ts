import type { AnalyzeOptions } from '../index.js';
import type { CheckConfig } from '../documents/config.js';
import type { Settings } from './settings.js';

/**
 * The options a document is coached with: the workspace config file (shared
 * with `reply-coach check`, so the editor shows what CI will report), with the
 * editor's settings on top, since they describe the conversation at hand
 * (customer, channel, the message being answered).
 */
export function analyzeOptions(config: CheckConfig, settings: Settings): AnalyzeOptions {
  const audience = config.audience || settings.audience ? { ...config.audience, ...settings.audience } : undefined;
  const team = config.team || settings.team ? { ...config.team, ...settings.team } : undefined;
  const options: AnalyzeOptions = {
    language: settings.language ?? config.language,
    channel: settings.channel ?? config.channel,
    audience,
    team,
    inReplyTo: settings.inReplyTo,
    subject: settings.subject,
    categories: config.categories,
    rules: config.rules,
    template: settings.template ?? config.template ?? true,
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as AnalyzeOptions;
}
