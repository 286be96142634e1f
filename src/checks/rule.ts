import type { Group, PatternGroups } from '../match/groups.js';
import type { WordClasses } from '../match/pattern.js';
import type { Hit } from '../match/matcher.js';
import type { Category, Severity } from '../schema/common.js';
import type { Context, Rule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import type { Draft, RawFinding } from './context.js';

/** A rule with its condition and exception patterns compiled once. */
export interface CompiledRule<R extends Rule = Rule> {
  rule: R;
  category: Category;
  /** The language's shared pattern lists, where this rule's groups live. */
  groups: PatternGroups;
  /** The word classes its patterns may use: the language's, with its pack's on top. */
  classes: WordClasses;
  /** Its context conditions, compiled. */
  context?: { scope: Context['scope']; with?: Group; without?: Group }[];
  whenDraft?: Group;
  whenReply?: Group;
  unless?: Group;
}

export function compileRule<R extends Rule>(rule: R, category: Category, groups: PatternGroups, classes: WordClasses): CompiledRule<R> {
  const compiled: CompiledRule<R> = { rule, category, groups, classes };
  if (rule.when?.draft) compiled.whenDraft = groups.add(rule.when.draft, classes, 'first');
  if (rule.when?.inReplyTo) compiled.whenReply = groups.add(rule.when.inReplyTo, classes, 'reply');
  if (rule.unless) compiled.unless = groups.add(rule.unless, classes, 'later');
  if (rule.context) {
    compiled.context = rule.context.map((x) => {
      // A customer context is looked up in the customer's message; the others around a candidate in the draft.
      const use = x.scope === 'customer' ? 'reply' : 'later';
      return {
        scope: x.scope,
        ...(x.with ? { with: groups.add(x.with, classes, use) } : {}),
        ...(x.without ? { without: groups.add(x.without, classes, use) } : {}),
      };
    });
  }
  return compiled;
}

/** Whether the customer's message has the words of draft[start, end) in a row (folded as matching folds them). */
function customerUses(draft: Draft, start: number, end: number): boolean {
  const words = draft.tokens.filter((t) => t.start >= start && t.end <= end).map((t) => t.key);
  if (words.length === 0) return false;
  const said = draft.inReplyTo;
  for (let i = 0; i + words.length <= said.length; i++) {
    if (words.every((w, k) => said[i + k]!.key === w)) return true;
  }
  return false;
}

/** The span a context condition looks in, around the sentence that holds `offset`. */
export function scopeAround(scope: Exclude<Context['scope'], 'customer'>, draft: Draft, offset: number): { start: number; end: number } {
  if (scope === 'draft') return { start: 0, end: draft.text.length };
  const list = scope === 'paragraph' ? draft.segments.paragraphs : draft.segments.sentences;
  // The last unit that starts at or before the offset (binary search: drafts may have thousands).
  let lo = 0;
  let hi = list.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) (at = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  if (at < 0) return { start: 0, end: list[0]?.end ?? draft.text.length };
  const unit = list[at]!;
  switch (scope) {
    case 'sentence':
    case 'paragraph':
      return unit;
    case 'sentence+next':
      return { start: unit.start, end: (list[at + 1] ?? unit).end };
    case 'around':
      return { start: (list[at - 1] ?? unit).start, end: (list[at + 1] ?? unit).end };
  }
}

/** Whether every context condition of the rule holds for a hit (or an insertion point) at [start, end). */
export function inContext(c: CompiledRule, draft: Draft, start: number, end = start): boolean {
  if (c.rule.unlessCustomerUses && customerUses(draft, start, end)) return false;
  if (!c.context) return true;
  for (const x of c.context) {
    if (x.scope === 'customer') {
      const said = (g: Group) => c.groups.hits(g, draft).length > 0;
      if (x.with && !said(x.with)) return false;
      if (x.without && said(x.without)) return false;
      continue;
    }
    const scope = scopeAround(x.scope, draft, start);
    const inside = (g: Group) => c.groups.hits(g, draft).some((h) => h.start >= scope.start && h.end <= scope.end);
    if (x.with && !inside(x.with)) return false;
    if (x.without && inside(x.without)) return false;
  }
  return true;
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
    if (c.plainEnglish !== undefined && c.plainEnglish !== needsPlainEnglish(draft)) return false;
  }
  // The draft's triggers first: they come from the scan every draft gets, the customer's message is split on demand.
  if (c.whenDraft && !firstDraftTrigger(c, draft)) return false;
  if (c.whenReply && c.groups.hits(c.whenReply, draft).length === 0) return false;
  return true;
}

/** The customer's locale is given and its language is not English: idioms and phrasal verbs get in the way. */
export function needsPlainEnglish(draft: Draft): boolean {
  const locale = draft.audience?.locale;
  return locale !== undefined && !/^en(?:[-_]|$)/i.test(locale);
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

const PLACEHOLDER = /\{(excerpt|suggestion|note|value|limit)\}/g;

/**
 * The message with its values filled in. A value this finding lacks (no
 * suggestion applies without the customer's name, say) never shows as a raw
 * "{suggestion}": the part that needs it goes, from the last ":", "—", "(" or
 * ", e.g." before it to the end of its sentence, or the whole sentence when the
 * message has others, or else just the quoted placeholder.
 */
export function interpolate(message: string, vars: Record<string, string | number | undefined>): string {
  const missing = (text: string) => [...text.matchAll(PLACEHOLDER)].some((m) => vars[m[1]!] === undefined);
  const fill = (text: string) => text.replace(PLACEHOLDER, (_, key: string) => String(vars[key]));
  if (!missing(message)) return fill(message);
  // Sentences of the message; "e.g." and its kin in the five languages do not end one.
  const sentences = message.split(/(?<=[.!?…])(?<!\b(?:e\.g|i\.e|np|např|napr|tzn|tj|m\.in|t\.j)\.)\s+/u);
  const firstMissing = (text: string) => [...text.matchAll(PLACEHOLDER)].find((m) => vars[m[1]!] === undefined)!.index;
  const kept = sentences.map((sentence) => (missing(sentence) ? trimClause(sentence, firstMissing(sentence)) : sentence));
  const whole = kept.filter((x): x is string => x !== undefined);
  if (whole.length > 0) return fill(whole.join(' '));
  return fill(sentences.map((x) => x.replace(/\s*[„“”"'«»‘’(]*\{(excerpt|suggestion|note|value|limit)\}[“”"'«»‘’)]*/g, (m, key: string) => (vars[key] === undefined ? '' : m))).join(' '));
}

/** The sentence without the clause that needs a missing value; undefined when no clause boundary comes before it. */
function trimClause(sentence: string, at: number): string | undefined {
  const before = sentence.slice(0, at);
  const cut = Math.max(before.lastIndexOf(':'), before.lastIndexOf(' — '), before.lastIndexOf(' – '), before.lastIndexOf(' ('), before.lastIndexOf(', e.g.'), before.lastIndexOf(', np.'), before.lastIndexOf(', např.'), before.lastIndexOf(', napr.'));
  if (cut <= 0) return undefined;
  const end = /[.!?…]$/.test(sentence.trimEnd()) ? sentence.trimEnd().slice(-1) : '.';
  return before.slice(0, cut).trimEnd() + end;
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
  return { ruleId: c.rule.id, category: c.category, severity, fix: c.rule.fix, message, start, end, suggestions: distinct(suggestions) };
}

/** Suggestions without repeats: "{vocative}" and the gendered form it equals once the gender is known fill in alike. */
function distinct(suggestions: Suggestion[]): Suggestion[] {
  if (suggestions.length < 2) return suggestions;
  const key = (s: Suggestion) => s.edits.map((e) => `${e.start}:${e.end}:${e.text}`).join('\n');
  const seen = new Set<string>();
  return suggestions.filter((s) => {
    const k = key(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
