import type { ShapeRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import { label } from '../data/labels.js';
import type { Token } from '../text/tokenize.js';
import { closesGreeting, closesSignOffLine } from '../text/structure.js';
import { commaAfterGreeting } from './suggest.js';
import { signOffMark } from './closing.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import { applies, finding, type CompiledRule } from './rule.js';

interface Spot {
  start: number;
  end: number;
  suggestion?: Suggestion;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u200D(?:\p{Extended_Pictographic})|\p{Emoji_Modifier}|\p{Regional_Indicator})*|(?<![\w:])[:;]-?[)(DPp](?![\w])/gu;
const REPEATED = /[!?]{2,}|!?¡{2,}/g;
const SINGLE_BANG = /(?<![!?])!(?![!?])/g;

const DIGIT = /\p{N}/u;

/** Capitals only; words with digits are codes ("GCCOQ3", "4AM"), not shouting. */
function isShouting(t: Token): boolean {
  // Most words are already lower case, which the folded key shows without a regex.
  if (t.text === t.key || t.placeholder) return false;
  return UPPER.test(t.text) && !LOWER.test(t.text) && !DIGIT.test(t.text);
}

/** Letters in the longest part of a word; "HKG-KUL" is two codes of three. */
function letterCount(s: string): number {
  return Math.max(...s.split(/[-.'’]/).map((part) => part.match(LETTERS)?.length ?? 0));
}

function replace(start: number, end: number, text: string, label: string): Spot {
  return { start, end, suggestion: { label, edits: [{ start, end, text }] } };
}

/** Letters, digits or a closing quote or bracket: a sentence could end right after it. */
const WORD_END = /[\p{L}\p{N}"'”’»)\]]/u;
/** A sentence starts here: a capital letter or digit, after spaces on the same line. */
const NEXT_SENTENCE = /^[ \t]+["'„“«(]?[\p{Lu}\p{N}]/u;

/**
 * Removes [start, end) with the space on one side, so no double space is left.
 * An emoji between two sentences often stands for their full stop ("Thanks 😊 See you"):
 * then the stop goes in its place ("Thanks. See you").
 */
function removal(text: string, start: number, end: number, label: string, draft?: Draft): Spot {
  let s = start;
  while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
  if (s > 0 && s < start && WORD_END.test(text[s - 1]!) && NEXT_SENTENCE.test(text.slice(end, end + 8)) && (!draft || !withinName(draft, start, end))) {
    return { start, end, suggestion: { label, edits: [{ start: s, end, text: '.' }] } };
  }
  s = start;
  let e = end;
  // The space after goes only when a space or a line start is before: "Hi!! 😅 No" → "Hi!! No", not "Hi!!No".
  const spaceBefore = s === 0 || /\s/.test(text[s - 1]!);
  if (text[e] === ' ' && spaceBefore) e++;
  else if (text[s - 1] === ' ' && !/[\p{L}\p{N}]/u.test(text[e] ?? '')) s--;
  return { start, end, suggestion: { label, edits: [{ start: s, end: e, text: '' }] } };
}

/** An emoji inside the greeting or sign-off line, or before the customer's name ("Hi 👋 Anna"), parts no sentence. */
function withinName(draft: Draft, start: number, end: number): boolean {
  const { greeting, signOff } = draft.structure;
  const inside = (span: { start: number; end: number } | undefined) => span !== undefined && start >= span.start && start <= span.end;
  if (inside(greeting) || inside(signOff)) return true;
  const next = draft.tokens.find((t) => t.start >= end);
  return next !== undefined && draft.match.nameKeys.has(next.key);
}

/** Each rule's allow list in capitals, built once (a jargon rule allows hundreds of known acronyms). */
const ALLOWED = new WeakMap<ShapeRule, ReadonlySet<string>>();

function allCaps(rule: ShapeRule, draft: Draft): Spot[] {
  let allow = ALLOWED.get(rule);
  if (!allow) ALLOWED.set(rule, (allow = new Set((rule.allow ?? []).map((w) => w.toUpperCase()))));
  const min = rule.minLength ?? 4;
  const spots: Spot[] = [];
  const { tokens, text } = draft;
  // Hashtags and handles are names, whatever their case.
  const loud = (t: Token) => isShouting(t) && !allow.has(t.text.toUpperCase()) && text[t.start - 1] !== '#' && text[t.start - 1] !== '@';
  // Words of one run are separated by spaces or light punctuation only ("PLEASE, DO NOT").
  const joined = (a: Token, b: Token) => a.sentence === b.sentence && /^[\s,;:\-–]*$/.test(text.slice(a.end, b.start));
  for (let i = 0; i < tokens.length; i++) {
    if (!loud(tokens[i]!)) continue;
    let j = i + 1;
    while (j < tokens.length && loud(tokens[j]!) && joined(tokens[j - 1]!, tokens[j]!)) j++;
    const run = tokens.slice(i, j);
    i = j - 1;
    // A run shouts when one of its words is long; runs of short codes ("LAS JFK") do not.
    if (!run.some((t) => letterCount(t.text) >= min)) continue;
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    let lower = text.slice(start, end).toLocaleLowerCase();
    const first = run[0]!;
    const sentenceStart = start === 0 || run[0] === tokens[0] || tokens[j - run.length - 1]!.sentence !== first.sentence;
    if (sentenceStart) lower = lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
    spots.push(replace(start, end, lower, `Write “${lower}” in normal case`));
  }
  return spots;
}

const FALLBACK = /\|\||\bdefault\b|\bfallback\b/i;

/**
 * A name placeholder in the greeting without a fallback ("Hi {{first_name}},"
 * renders "Hi ," when the name is empty). The fix adds the fallback in the
 * placeholder's own dialect where it has one: Liquid `| default: "there"`,
 * Help Scout `,fallback=there`.
 */
/** Zendesk fills its requester and agent placeholders from the ticket, and osTicket its recipient's, so they never render empty. */
const ALWAYS_FILLED = /^(?:\{\{\s*(?:ticket\.requester|current_user|ticket\.assignee)\.|%\{\s*(?:recipient|ticket)\.)/;

/** `rendersEmpty`: true, only placeholders that may render as nothing; false, only those always filled; undefined, all. */
function bareNamePlaceholders(draft: Draft, rendersEmpty: boolean | undefined): Spot[] {
  const greeting = draft.structure.greeting;
  if (!greeting) return [];
  const spots: Spot[] = [];
  for (const t of draft.tokens) {
    if (!t.placeholder || t.start < greeting.start || t.end > greeting.end + 2) continue;
    if (!/name/i.test(t.text) || FALLBACK.test(t.text)) continue;
    if (rendersEmpty !== undefined && rendersEmpty === ALWAYS_FILLED.test(t.text)) continue;
    const liquid = /^\{\{([\s\S]*?)\s*\}\}$/.exec(t.text);
    const helpScout = /^\{%([\s\S]*?)%\}$/.exec(t.text);
    const fixedText = liquid ? `{{${liquid[1]} | default: "there"}}` : helpScout ? `{%${helpScout[1]},fallback=there%}` : undefined;
    spots.push(fixedText ? replace(t.start, t.end, fixedText, label('replace', fixedText, draft.locale)) : { start: t.start, end: t.end });
  }
  return spots;
}

function scan(re: RegExp, text: string, make: (m: RegExpExecArray) => Spot): Spot[] {
  const spots: Spot[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) spots.push(make(m));
  return spots;
}

function spots(rule: ShapeRule, draft: Draft): Spot[] {
  const { text } = draft;
  switch (rule.shape) {
    case 'all-caps':
      return allCaps(rule, draft);
    case 'repeated-punctuation':
      return scan(REPEATED, text, (m) => {
        const one = m[0].includes('?') ? '?' : '!';
        return replace(m.index, m.index + m[0].length, one, label('replace', one, draft.locale));
      });
    case 'emoji':
      return scan(EMOJI, text, (m) => removal(text, m.index, m.index + m[0].length, label('remove', m[0], draft.locale), draft));
    case 'bare-name-placeholder':
      return bareNamePlaceholders(draft, rule.rendersEmpty);
    case 'exclamation':
      // The mark that closes a greeting becomes its comma ("Dobrý den, paní Marková!" → "…Marková,"), the one after the
      // sign-off's formula what the letter puts there ("Z poważaniem", "Thanks,"), the others a full stop.
      return scan(SINGLE_BANG, text, (m) => {
        const at = m.index;
        const frame = closesGreeting(text, draft.tokens, draft.structure, draft.locale, at)
          ? commaAfterGreeting(draft, at, at + 1)
          : closesSignOffLine(text, draft.structure, at)
            ? signOffMark(draft, at, at + 1)
            : undefined;
        return frame ? { start: at, end: at + 1, suggestion: frame } : replace(at, at + 1, '.', label('replace', '.', draft.locale));
      });
  }
}

/** Shapes of text that no word pattern expresses: shouting, "!!!", emoji, exclamation marks. */
export class ShapeCheck {
  constructor(private readonly c: CompiledRule<ShapeRule>) {}

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const severity = env.severityOf(this.c);
    if (severity === undefined || !applies(this.c, draft)) return [];
    const { quoted } = draft.segments;
    const placeholders = draft.tokens.filter((t) => t.placeholder);
    const inside = (s: Spot) =>
      quoted.some((q) => s.start >= q.start && s.start < q.end) || placeholders.some((p) => s.start >= p.start && s.start < p.end);
    const own = this.c.rule.shape === 'bare-name-placeholder';
    return spots(this.c.rule, draft)
      .filter((s) => own || !inside(s))
      .map((s) => finding(this.c, severity, draft, s.start, s.end, s.suggestion ? [s.suggestion] : []));
  }
}
