import { FIELD_NAMES, type Draft, type Fields } from './context.js';
import { label } from '../data/labels.js';
import { CYRILLIC, cyrillicFromLatin } from '../text/uzbek.js';
import type { Replacement } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';

const FIELD = new RegExp(`\\{(${FIELD_NAMES.join('|')})\\}`, 'g');

/** Fills {name}, {givenName}, {title}, {greeting}...; undefined when the text needs a field that is not known. */
export function fill(text: string, fields: Fields): string | undefined {
  if (!text.includes('{')) return text;
  let missing = false;
  const out = text.replace(FIELD, (_, field: keyof Fields) => {
    const value = fields[field];
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : out;
}

export function textOf(r: Replacement): { text: string; label?: string } {
  return typeof r === 'string' ? { text: r } : r;
}

function capitalize(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase() + s.slice(ch.length);
}

function startsUpper(s: string): boolean {
  return /^\p{Lu}/u.test(s);
}

/**
 * Replaces draft[start, end). The replacement is capitalised when the words
 * it replaces start a sentence with a capital. An empty replacement deletes
 * the words with a following comma and spaces, and capitalises the next word
 * when the deleted words began the sentence.
 */
export function replacement(d: Draft, start: number, end: number, r: Replacement, sentenceStart: boolean): Suggestion | undefined {
  const draft = d.text;
  const { text: raw, label: own } = textOf(r);
  const filled = fill(raw, d.fields);
  if (filled === undefined) return undefined;
  const excerpt = draft.slice(start, end);
  const capital = sentenceStart && startsUpper(excerpt);
  if (filled !== '') {
    // Uzbek packs are written in Latin; a Cyrillic draft gets its replacement in Cyrillic.
    const script = d.language === 'uz' && CYRILLIC.test(excerpt) ? cyrillicFromLatin(filled) : filled;
    const text = capital ? capitalize(script) : script;
    return { label: own ?? label('replace', text, d.locale), edits: [{ start, end, text }] };
  }
  return { label: own ?? label('remove', excerpt, d.locale), edits: [deletion(draft, start, end, sentenceStart, capital)] };
}

function deletion(draft: string, start: number, end: number, sentenceStart: boolean, capitalizeNext: boolean) {
  let e = end;
  const commaAfter = draft[e] === ',';
  if (commaAfter) e++;
  while (draft[e] === ' ' || draft[e] === '\t') e++;
  const next = draft[e];
  let before = start;
  while (before > 0 && (draft[before - 1] === ' ' || draft[before - 1] === '\t')) before--;
  // The words were the whole sentence: take its end mark and the space after it too
  // (or, when nothing follows on the line, the space before it).
  if (sentenceStart && next !== undefined && /[.!?]/.test(next)) {
    e++;
    while (draft[e] !== undefined && /[.!?]/.test(draft[e]!)) e++;
    const afterMark = e;
    while (draft[e] === ' ' || draft[e] === '\t') e++;
    if (draft[e] === undefined || draft[e] === '\n') return { start: before, end: afterMark, text: '' };
    return { start, end: e, text: '' };
  }
  // Nothing left in the sentence after the words: take the space or ", " before them instead.
  if (next === undefined || /[.!?\n]/.test(next)) {
    const s = before > 0 && draft[before - 1] === ',' ? before - 1 : before;
    return { start: s, end: e, text: '' };
  }
  // An aside between commas ("je, žiaľ, vypredaný"): both commas go, one space stays.
  if (commaAfter && before > 0 && draft[before - 1] === ',') return { start: before - 1, end: e, text: ' ' };
  if (capitalizeNext && next !== undefined) {
    const cp = String.fromCodePoint(draft.codePointAt(e)!);
    return { start, end: e + cp.length, text: capitalize(cp) };
  }
  return { start, end: e, text: '' };
}

/**
 * Inserts text at an offset, separated from the draft by one space unless the
 * text already carries its own whitespace on that side.
 */
export function insertion(d: Draft, at: number, r: Replacement, side: 'before' | 'after'): Suggestion | undefined {
  const draft = d.text;
  const { text: raw, label: own } = textOf(r);
  const filled = fill(raw, d.fields);
  if (filled === undefined) return undefined;
  let text = filled;
  if (side === 'before' && /\S/.test(draft[at] ?? '') && !/\s$/.test(text)) text += ' ';
  if (side === 'after' && /\S/.test(draft[at - 1] ?? '') && !/^[\s,.!?:;]/.test(text)) text = ' ' + text;
  // A sentence put before a lower-case word ("…dobrý den,\nbohužel…") makes that word start a sentence.
  const next = side === 'before' && /[.!?]\s*$/.test(text) ? String.fromCodePoint(draft.codePointAt(at) ?? 32) : '';
  if (/^\p{Ll}$/u.test(next)) {
    return { label: own ?? label('insert', filled, d.locale), edits: [{ start: at, end: at + next.length, text: text + capitalize(next) }] };
  }
  return { label: own ?? label('insert', filled, d.locale), edits: [{ start: at, end: at, text }] };
}
