/**
 * The letter's closing lines: the mark after a sign-off formula, and a farewell glued to the last sentence
 * ("…platí 10 minut. Čau, Lucka!") set on lines of its own when a rewrite replaces or supplies its formula.
 */
import type { Draft } from './context.js';
import { label } from '../data/labels.js';
import type { Suggestion, TextEdit } from '../schema/report.js';
import { tokenize } from '../text/tokenize.js';
import { formulaPart } from '../text/structure.js';

/** Languages whose letters put no mark after the closing formula ("S pozdravem", "Z poważaniem"); English puts a comma. */
const BARE_SIGN_OFF = new Set(['pl', 'cs', 'sk']);

/** What takes the place of the mark at [start, end) that ends the sign-off's formula line ("Cześć!\nMarek"). */
export function signOffMark(d: Draft, start: number, end: number): Suggestion {
  const text = BARE_SIGN_OFF.has(d.language) ? '' : ',';
  return { label: text === '' ? label('remove', d.text.slice(start, end), d.locale) : label('replace', text, d.locale), edits: [{ start, end, text }] };
}

/** Whether the farewell names the reader ("…comes up. Thanks, Anna!"): then it is a sentence to them, not a signed sign-off. */
function addressesReader(d: Draft): boolean {
  const name = d.structure.farewellName;
  return name !== undefined && d.tokens.some((t) => t.start >= name.start && t.end <= name.end && d.match.nameKeys.has(t.key));
}

/** Whether [start, end) covers the formula of the farewell that ends the draft's last line ("…platí 10 minut. Čau!"). */
export function replacesFarewell(d: Draft, start: number, end: number): boolean {
  const f = d.structure.farewell;
  return f !== undefined && start <= f.start && end >= f.end && !addressesReader(d) && formulaPart(d.text.slice(start, end), d.locale) !== 'greeting';
}

/**
 * What a sign-off formula put at `at` (the draft's end) meets there: the same formula as the farewell the draft ends on
 * ("…nám. S pozdravem."), a farewell signed with a name ("…comes up. Thanks, Sam"), or neither (a wish such as "…nám.
 * Hezký den!" stays the last sentence, and the formula goes under it).
 */
export function farewellAt(d: Draft, at: number, filled: string): 'same' | 'signed' | undefined {
  const f = d.structure.farewell;
  if (!f || at < f.end || addressesReader(d) || formulaPart(filled, d.locale) !== 'sign-off') return undefined;
  const keys = (s: string) => tokenize(s).map((t) => t.key).join(' ');
  if (keys(filled) === keys(d.text.slice(f.start, f.end))) return 'same';
  return d.structure.farewellName ? 'signed' : undefined;
}

/**
 * The farewell at the end of the last line ("…platí 10 minut. Čau, Lucka!") made the letter's closing: the formula on a
 * line of its own (after a blank line where the draft parts its paragraphs so), with the mark the language puts after
 * it (none in pl/cs/sk, a comma in English and Uzbek), and the name under it ("…platí 10 minut.\n\nS pozdravem\nLucka").
 * Two edits when there is a name, so the first is the formula's alone.
 */
export function closingLines(d: Draft, formula: string): TextEdit[] | undefined {
  const { farewell, farewellName } = d.structure;
  if (!farewell || formula === '') return undefined;
  const text = d.text;
  let start = farewell.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  const marksAfter = (at: number) => at + /^[.!?…]*/u.exec(text.slice(at))![0].length;
  const lineBreak = text.includes('\n\n') ? '\n\n' : '\n';
  const mark = BARE_SIGN_OFF.has(d.language) || /[,.!]$/.test(formula) ? '' : ',';
  const line = `${lineBreak}${formula}${mark}`;
  if (!farewellName) return [{ start, end: marksAfter(farewell.end), text: line }];
  return [
    { start, end: farewell.end, text: line },
    { start: farewell.end, end: marksAfter(farewellName.end), text: `\n${text.slice(farewellName.start, farewellName.end)}` },
  ];
}
