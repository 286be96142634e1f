import type { Group, PatternGroups } from '../match/groups.js';
import type { Hit } from '../match/matcher.js';
import type { Category, Severity } from '../schema/common.js';
import type { Rule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import type { Draft, RawFinding } from './context.js';

/** A rule with its condition and exception patterns compiled once. */
export interface CompiledRule<R extends Rule = Rule> {
  rule: R;
  category: Category;
  /** The language's shared pattern lists, where this rule's groups live. */
  groups: PatternGroups;
  whenDraft?: Group;
  whenReply?: Group;
  unless?: Group;
}

export function compileRule<R extends Rule>(rule: R, category: Category, groups: PatternGroups): CompiledRule<R> {
  const compiled: CompiledRule<R> = { rule, category, groups };
  if (rule.when?.draft) compiled.whenDraft = groups.add(rule.when.draft);
  if (rule.when?.inReplyTo) compiled.whenReply = groups.add(rule.when.inReplyTo);
  if (rule.unless) compiled.unless = groups.add(rule.unless);
  return compiled;
}

/** Whether the rule's `when` conditions hold for this draft. */
export function applies(c: CompiledRule, draft: Draft): boolean {
  const when = c.rule.when;
  if (!when) return true;
  if (when.channel && !when.channel.includes(draft.channel)) return false;
  if (when.formality && !when.formality.includes(draft.formality)) return false;
  if (when.audienceName !== undefined && when.audienceName !== (draft.name !== undefined)) return false;
  if (when.minWords !== undefined && draft.wordCount < when.minWords) return false;
  if (when.template !== undefined && when.template !== draft.template) return false;
  if (when.culture) {
    const { profile } = draft.culture;
    const c = when.culture;
    if (c.directness && !c.directness.includes(profile.directness)) return false;
    if (c.nameForm && !c.nameForm.includes(profile.nameForm)) return false;
    if (c.emoji !== undefined && c.emoji !== profile.emoji) return false;
    if (c.exclamation !== undefined && c.exclamation !== profile.exclamation) return false;
  }
  if (c.whenReply && c.groups.hits(c.whenReply, draft, 'reply').length === 0) return false;
  if (c.whenDraft && !firstDraftTrigger(c, draft)) return false;
  return true;
}

/** The first match of `when.draft` in the draft (for the after-trigger anchor). */
export function firstDraftTrigger(c: CompiledRule, draft: Draft): Hit<number> | undefined {
  if (!c.whenDraft) return undefined;
  let first: Hit<number> | undefined;
  for (const h of c.groups.hits(c.whenDraft, draft)) {
    if (!first || h.start < first.start || (h.start === first.start && h.end > first.end)) first = h;
  }
  return first;
}

/** Whether an exception pattern of the rule overlaps [start, end) (or, for an insertion point, touches it). */
export function excepted(c: CompiledRule, draft: Draft, start: number, end: number): boolean {
  if (!c.unless) return false;
  return c.groups.hits(c.unless, draft).some((h) => h.start < Math.max(end, start + 1) && start < h.end);
}

export function interpolate(message: string, vars: Record<string, string | number | undefined>): string {
  return message.replace(/\{(excerpt|suggestion|note|value|limit)\}/g, (whole, key: string) => {
    const v = vars[key];
    return v === undefined ? whole : String(v);
  });
}

export function finding(
  c: CompiledRule,
  severity: Severity,
  draft: Draft,
  start: number,
  end: number,
  suggestions: Suggestion[],
  vars: Record<string, string | number | undefined> = {},
): RawFinding {
  const first = suggestions[0]?.edits[0]?.text;
  const message = interpolate(c.rule.message, {
    excerpt: draft.text.slice(start, end),
    suggestion: first?.trim(),
    ...vars,
  });
  return { ruleId: c.rule.id, category: c.category, severity, fix: c.rule.fix, message, start, end, suggestions };
}
