import { FIELD_NAMES, type Draft, type Fields } from './context.js';
import { label } from '../data/labels.js';
import { CYRILLIC, cyrillicFromLatin } from '../text/uzbek.js';
import { draftMarks, inDraftMarks, type Marks } from '../text/marks.js';
import { memo } from '../match/memo.js';
import type { Replacement } from '../schema/pack.js';
import type { Suggestion, TextEdit } from '../schema/report.js';
import { fold } from '../text/fold.js';
import { firstFrom, tokenize } from '../text/tokenize.js';
import { formulaPart, framePartAt } from '../text/structure.js';
import { genderOf, isPoliteForm } from '../names/titles.js';
import { fitsPerson, PERSON_MARK } from './person.js';
import { closingLines, farewellAt, replacesFarewell } from './closing.js';
import { echoAfter, withoutEchoes } from './echoes.js';
import { writesNameIntoTemplate } from './template-name.js';

const FIELD = new RegExp(`\\{(${FIELD_NAMES.join('|')})\\}`, 'g');

/** Fills {name}, {givenName}, {title}, {greeting}...; undefined when the text needs a field that is not known. */
export function fill(text: string, fields: Fields): string | undefined {
  if (!text.includes('{')) return text;
  let missing = false;
  // A person marker ("{we}jesteśmy…") is read by fitsPerson and fills in as nothing.
  const out = text.replace(PERSON_MARK, '').replace(FIELD, (_, field: keyof Fields) => {
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
  if (filled === undefined || !fitsPerson(d, start, end, raw) || writesNameIntoTemplate(d, start, end, raw)) return undefined;
  const excerpt = draft.slice(start, end);
  const capital = sentenceStart && startsUpper(excerpt);
  if (filled !== '') {
    if (outOfPlace(d, start, end, raw, filled)) return undefined;
    // Uzbek packs are written in Latin; a Cyrillic draft gets its replacement in Cyrillic.
    const script = withoutEchoes(d, start, end, inScript(d, filled, excerpt));
    const text = (capital ? capitalize(script) : script) + (commaBeforeAddress(d, end, script) ? ',' : '');
    const closing = replacesFarewell(d, start, end) ? closingLines(d, text) : undefined;
    const edit = clauseComma(d, start, end, text) ?? { start, end: end + echoAfter(d, end, text), text };
    return gendered({ label: own ?? label('replace', text, d.locale), edits: closing ?? [edit] }, raw);
  }
  const { edit, safe } = deletion(d, start, end, sentenceStart, capital);
  const suggestion = { label: own ?? label('remove', excerpt, d.locale), edits: [edit] };
  if (!safe) REVIEW.add(suggestion);
  return suggestion;
}

/** Languages that set the reader's name or title off from the greeting's formula with a comma ("Dobrý den, Jano,"). */
const COMMA_BEFORE_ADDRESS = new Set(['pl', 'cs', 'sk', 'uz']);

/**
 * Whether a greeting formula put in place of the draft's, before the reader's name, title or a name placeholder in the
 * same greeting, takes the comma that sets the name off ("Salom {{…first_name}}," → "Assalomu alaykum, {{…}},"; "Čau
 * Jano," → "Dobrý den, Jano,"): a casual formula is often typed without it, a formal one never is.
 */
function commaBeforeAddress(d: Draft, end: number, text: string): boolean {
  const g = d.structure.greeting;
  if (!COMMA_BEFORE_ADDRESS.has(d.language) || !g || end >= g.end || /[,!:.]$/.test(text)) return false;
  const next = d.tokens[firstFrom(d.tokens, end)];
  if (!next || next.end > g.end || !/^[ \t]+$/.test(d.text.slice(end, next.start))) return false;
  const address = next.placeholder || ((/^\p{Lu}/u.test(next.text) || genderOf(next.text) !== undefined) && !isPoliteForm(next.key));
  return address && formulaPart(text, d.locale) === 'greeting';
}

/**
 * A phrase whose clause comma sits before its last word ("negatywnie z uwagi na fakt, iż uszkodzenie…") replaced by
 * one conjunction ("ponieważ"): the comma goes before the conjunction, as Polish, Czech and Slovak put it before a
 * subordinate clause ("negatywnie, ponieważ uszkodzenie…"), unless the clause opens the sentence or follows a mark.
 */
function clauseComma(d: Draft, start: number, end: number, text: string): TextEdit | undefined {
  if (!LOWER_AFTER_GREETING.has(d.language) || /[\s,]/.test(text) || !/,[ \t]*[\p{L}\p{M}]+$/u.test(d.text.slice(start, end))) return undefined;
  let b = start;
  while (b > 0 && (d.text[b - 1] === ' ' || d.text[b - 1] === '\t')) b--;
  if (b === start || b === 0 || !/[\p{L}\p{N}]/u.test(d.text[b - 1]!)) return undefined;
  return { start: b, end, text: `, ${text}` };
}

/** Fields that address the reader ("paní Nováková", "Pani Katarzyno"). */
const ADDRESS_FIELD = /\{(?:vocative|vocativeMale|vocativeFemale)\}/;

/**
 * A formula keeps to its part of the frame: a greeting never replaces words of the sign-off ("Čau\nLucka" does not
 * become "Dobrý den\nLucka"), nor a sign-off words of the greeting; a rule may offer both, and the place picks. The
 * reader is addressed in the greeting, never in the sign-off or the signature under it (the agent's own "Kasia").
 */
function outOfPlace(d: Draft, start: number, end: number, raw: string, filled: string): boolean {
  const part = framePartAt(d.structure, start, end);
  if (part === undefined) return false;
  if (part === 'sign-off' && ADDRESS_FIELD.test(raw)) return true;
  const formula = formulaPart(filled, d.locale);
  return formula !== undefined && formula !== part;
}

/** Suggestions that are right to offer but not safe to apply unattended (word order a reader must check). */
const REVIEW = new WeakSet<Suggestion>();

/** Whether a suggestion must not be applied unattended, whatever its rule says. */
export function needsReview(s: Suggestion | undefined): boolean {
  return s !== undefined && REVIEW.has(s);
}

/** The gender a suggestion's form of address is for ({vocativeMale}, {vocativeFemale}, {male}, {female}). */
const GENDERED = new WeakMap<Suggestion, 'male' | 'female'>();

function gendered(s: Suggestion, raw: string): Suggestion {
  if (raw.includes('{vocativeFemale}') || raw.includes('{female}')) GENDERED.set(s, 'female');
  else if (raw.includes('{vocativeMale}') || raw.includes('{male}')) GENDERED.set(s, 'male');
  return s;
}

/**
 * Whether the first suggestion picks one gender where the others offer the other: the caller's title (or a
 * surname that states it) left both forms open, and gender is never guessed, so the choice is offered, not applied.
 */
export function choosesGender(suggestions: readonly Suggestion[]): boolean {
  const first = suggestions[0] && GENDERED.get(suggestions[0]);
  return first !== undefined && suggestions.some((s) => GENDERED.get(s) !== undefined && GENDERED.get(s) !== first);
}

interface Clitics {
  /** Words that cannot open a clause. */
  starters: ReadonlySet<string>;
  /** Words written "(to)" in the list: they join a run of clitics ("se to") but may open a clause alone ("To nejde"). */
  joiners: ReadonlySet<string>;
  /** Words the clitics go one word past (a free negation). */
  prefixes: ReadonlySet<string>;
}

const CLITIC_SETS = new WeakMap<object, Clitics>();

/** The locale's clitics as matching keys ("się", "se", "Vám"...); empty when the locale lists none. */
function cliticsOf(d: Draft): Clitics {
  const locale = d.locale.locale;
  let sets = CLITIC_SETS.get(locale);
  if (!sets) {
    const starters = new Set<string>();
    const joiners = new Set<string>();
    for (const w of locale.clitics ?? []) {
      const joiner = /^\((.+)\)$/.exec(w.trim());
      if (joiner) joiners.add(fold(joiner[1]!));
      else starters.add(fold(w));
    }
    const prefixes = new Set((locale.cliticHostPrefixes ?? []).map((w) => fold(w)));
    CLITIC_SETS.set(locale, (sets = { starters, joiners, prefixes }));
  }
  return sets;
}

/** A clause starts at `at` (after spaces): the text begins there, or a line, a sentence, a comma or a dash ends before it. */
function clauseStartsAt(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  return b === 0 || /[\n,.!?:;(–—-]/.test(text[b - 1]!);
}

/**
 * Deleting the words that open a clause must not leave a clitic first
 * ("Niestety się spóźnimy" → not "Się spóźnimy"): the clitics (with the
 * locale's list) move after the word that now opens the clause, or after the
 * next two when that word is one of the locale's `cliticHostPrefixes` (a free
 * negation: "mu nie mogę" → "nie mogę mu"; but "jsme ji už vyprodali" → "už
 * jsme ji vyprodali"). The result is offered; it is applied unattended only
 * when the moved words end the clause ("Prostě ho restartujte." → "Restartujte ho."),
 * since elsewhere the right order depends on words the engine does not know.
 */
function withoutLeadingClitics(d: Draft, start: number, from: number, capital: boolean): { edit: TextEdit; safe: boolean } | undefined {
  const { starters, joiners, prefixes } = cliticsOf(d);
  if (starters.size === 0) return undefined;
  const draft = d.text;
  const tokens = d.tokens;
  let i = firstFrom(tokens, from);
  if (i >= tokens.length || tokens[i]!.start !== from) return undefined;
  const first = i;
  const sameClause = (k: number) => k < tokens.length && tokens[k]!.sentence === tokens[first]!.sentence && /^[ \t]+$/.test(draft.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const clitic = (k: number) => !tokens[k]!.placeholder && (starters.has(tokens[k]!.key) || (k > first && joiners.has(tokens[k]!.key)));
  while (i < tokens.length && clitic(i) && (i === first || sameClause(i))) i++;
  if (i === first || !sameClause(i) || tokens[i]!.placeholder) return undefined;
  let host = i;
  if (prefixes.has(tokens[i]!.key) && sameClause(i + 1) && !tokens[i + 1]!.placeholder) host = i + 1;
  const cluster = tokens.slice(first, i).map((t) => t.text).join(' ');
  const hostText = draft.slice(tokens[i]!.start, tokens[host]!.end);
  const lead = capital ? capitalize(hostText) : hostText;
  const after = draft.slice(tokens[host]!.end).match(/^[ \t]*(.)?/su)?.[1];
  const safe = after === undefined || /[.!?\n,;:]/.test(after);
  return { edit: { start, end: tokens[host]!.end, text: `${lead} ${cluster}` }, safe };
}

function deletion(d: Draft, start: number, end: number, sentenceStart: boolean, capitalizeNext: boolean): { edit: TextEdit; safe: boolean } {
  const draft = d.text;
  const plain = deletionEdit(d, start, end, sentenceStart, capitalizeNext);
  // The words after the deletion now open the clause when the deletion began it.
  if (plain.text.trim() === '' && plain.start === start && clauseStartsAt(draft, start)) {
    let e = end;
    if (draft[e] === ',') e++;
    while (draft[e] === ' ' || draft[e] === '\t') e++;
    const moved = withoutLeadingClitics(d, start, e, capitalizeNext);
    if (moved) return moved;
  }
  if (capitalizeNext && plain.text !== '') {
    const moved = withoutLeadingClitics(d, start, plain.end - plain.text.length, true);
    if (moved) return moved;
  }
  return { edit: plain, safe: true };
}

/** Whether the comma at `at` closes the greeting ("Dobrý deň," / "Dzień dobry, Pani Anno,"). */
function greetingComma(d: Draft, at: number): boolean {
  const g = d.structure.greeting;
  return g !== undefined && at >= g.start && /^\s*$/.test(d.text.slice(g.end, at));
}

function deletionEdit(d: Draft, start: number, end: number, sentenceStart: boolean, capitalizeNext: boolean): TextEdit {
  const draft = d.text;
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
  // (The comma after a greeting is no aside: "Dobrý deň, žiaľ, sa…" keeps it.)
  if (commaAfter && before > 0 && draft[before - 1] === ',' && !greetingComma(d, before - 1)) return { start: before - 1, end: e, text: ' ' };
  if (capitalizeNext && next !== undefined) {
    const cp = String.fromCodePoint(draft.codePointAt(e)!);
    return { start, end: e + cp.length, text: capitalize(cp) };
  }
  return { start, end: e, text: '' };
}

/** Whether an Uzbek draft is written in Cyrillic (more Cyrillic letters than Latin ones). */
const CYRILLIC_DRAFT = Symbol('cyrillic draft');

function cyrillicDraft(d: Draft): boolean {
  if (d.language !== 'uz') return false;
  const known = d.cache.get(CYRILLIC_DRAFT);
  if (typeof known === 'boolean') return known;
  let cyrillic = 0;
  let latin = 0;
  for (const t of d.tokens) {
    if (t.placeholder) continue;
    if (CYRILLIC.test(t.text)) cyrillic++;
    else if (/[a-z]/i.test(t.text)) latin++;
  }
  d.cache.set(CYRILLIC_DRAFT, cyrillic > latin);
  return cyrillic > latin;
}

/** Uzbek suggestions are written in Latin; a Cyrillic draft gets them in Cyrillic. */
function inScript(d: Draft, text: string, excerpt = ''): string {
  if (d.language === 'uz' && (CYRILLIC.test(excerpt) || cyrillicDraft(d))) return cyrillicFromLatin(text);
  // A draft typed without diacritics (or with its own Uzbek apostrophes) gets its inserted text the same way.
  return inDraftMarks(text, d.language, marksOf(d));
}

const MARKS = Symbol('marks');

function marksOf(d: Draft): Marks {
  return memo(d, MARKS, () => draftMarks(d.locale.locale.marks, d.tokens.filter((t) => !t.placeholder && !d.match.nameKeys.has(t.key))));
}

function lowerFirst(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleLowerCase() + s.slice(ch.length);
}

/**
 * Whether the first word of inserted text keeps its capital in mid-sentence:
 * a name filled in from a field, an acronym, or a word the draft itself
 * capitalises inside a sentence (the polite "Vám", "Pan", "Państwo").
 */
function keepsCapital(d: Draft, raw: string, filled: string): boolean {
  if (raw.replace(PERSON_MARK, '').trimStart().startsWith('{')) return true;
  const text = filled.trimStart();
  const word = /^[\p{L}\p{M}]+/u.exec(text)?.[0];
  if (!word || !/^\p{Lu}/u.test(word)) return true;
  if (/\p{Lu}/u.test(word.slice(1))) return true;
  // Capitalised after a lower-case word or a comma, in the inserted text itself or in the draft ("…, and I understand").
  const midSentence = new RegExp(`(?<=[\\p{Ll},;]\\s+)${word}(?![\\p{L}\\p{M}])`, 'u');
  return midSentence.test(text.slice(word.length)) || midSentence.test(d.text);
}

/** Languages whose letters go on in lower case after the greeting's comma (the pl-PL, cs-CZ and sk-SK norms). */
const LOWER_AFTER_GREETING = new Set(['pl', 'cs', 'sk']);

/**
 * A greeting put before the draft's first word, ending with its comma ("Dobrý den, paní Nováková,\n\n"):
 * in Polish, Czech and Slovak the letter goes on in lower case, so that word loses its capital, unless
 * it is a polite form (Vaše, Pani), the customer's name, or a word the draft capitalises mid-sentence.
 */
function lowerAfterGreeting(d: Draft, at: number, text: string): TextEdit | undefined {
  if (!LOWER_AFTER_GREETING.has(d.language) || !/,\s*$/.test(text)) return undefined;
  const t = d.tokens[firstFrom(d.tokens, at)];
  if (!t || t.placeholder || !/^\s*$/.test(d.text.slice(at, t.start))) return undefined;
  if (!/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text) || isPoliteForm(t.key) || d.match.nameKeys.has(t.key)) return undefined;
  if (new RegExp(`(?<=[\\p{Ll},;]\\s+)${t.text}(?![\\p{L}\\p{M}])`, 'u').test(d.text)) return undefined;
  const first = String.fromCodePoint(t.text.codePointAt(0)!);
  return { start: at, end: t.start + first.length, text: text + d.text.slice(at, t.start) + lowerFirst(first) };
}

/**
 * The comma that closes a greeting in place of its mark at [start, end) ("Dobrý den, paní Marková!" →
 * "Dobrý den, paní Marková,"). At the line's end in any language; before more text on the line only where the
 * letter goes on in lower case after it (Polish, Czech, Slovak: "Dobrý den! Posíláme…" → "Dobrý den, posíláme…").
 */
export function commaAfterGreeting(d: Draft, start: number, end: number): Suggestion | undefined {
  const lineEnds = /^[ \t]*(?:\r?\n|$)/.test(d.text.slice(end));
  if (!lineEnds && !LOWER_AFTER_GREETING.has(d.language)) return undefined;
  const lowered = lowerAfterGreeting(d, end, ',');
  const edit = lowered ? { start, end: lowered.end, text: lowered.text } : { start, end, text: ',' };
  return { label: label('replace', ',', d.locale), edits: [edit] };
}

/**
 * Whether text put at `at` continues after the greeting's comma in lower
 * case, as the draft itself does there ("Dzień dobry,\nniestety…",
 * "Dobrý den, bohužel…"; Polish, Czech and Slovak letters go on in lower
 * case after the greeting). A draft that goes on with a capital ("Hi Anna,\nThanks")
 * gets a capital.
 */
function afterGreetingComma(d: Draft, at: number): boolean {
  let b = at;
  while (b > 0 && /\s/.test(d.text[b - 1]!)) b--;
  if (b === 0 || d.text[b - 1] !== ',' || !greetingComma(d, b - 1)) return false;
  return /^\p{Ll}/u.test(d.text.slice(at));
}

const APOLOGY_SETS = new WeakMap<object, { words: Set<string>; stems: string[] }>();

/** Whether one of the words apologises, by the locale's `apologies` list. */
function apologises(d: Draft, keys: readonly string[]): boolean {
  const locale = d.locale.locale;
  const list = locale.apologies;
  if (!list || list.length === 0) return false;
  let set = APOLOGY_SETS.get(locale);
  if (!set) {
    set = { words: new Set(), stems: [] };
    for (const w of list) if (w.endsWith('*')) set.stems.push(fold(w.slice(0, -1)));
    else set.words.add(fold(w));
    APOLOGY_SETS.set(locale, set);
  }
  const { words, stems } = set;
  return keys.some((k) => words.has(k) || stems.some((s) => k.startsWith(s)));
}

/** The matching keys of the sentence text put `side` of `at` joins. */
function sentenceKeysAt(d: Draft, at: number, side: 'before' | 'after'): string[] {
  const tokens = d.tokens;
  const i = side === 'before' ? firstFrom(tokens, at) : firstFrom(tokens, at) - 1;
  if (i < 0 || i >= tokens.length) return [];
  const sentence = tokens[i]!.sentence;
  return tokens.filter((t) => t.sentence === sentence && !t.placeholder).map((t) => t.key);
}

/**
 * Inserts text at an offset, separated from the draft by one space unless the
 * text already carries its own whitespace on that side.
 */
export function insertion(d: Draft, at: number, r: Replacement, side: 'before' | 'after'): Suggestion | undefined {
  const draft = d.text;
  const { text: raw, label: own } = textOf(r);
  const filled = fill(raw, d.fields);
  if (filled === undefined || !fitsPerson(d, at, at, raw) || writesNameIntoTemplate(d, at, at, raw) || outOfPlace(d, at, at, raw, filled)) return undefined;
  // The sign-off the draft lacks is there, glued to its last sentence ("…napište nám. S pozdravem.", "…comes up. Thanks,
  // Sam"): it moves onto its own lines, not doubled, and a signed farewell keeps its own words.
  const farewell = farewellAt(d, at, filled);
  const moved = farewell && closingLines(d, farewell === 'signed' ? d.text.slice(d.structure.farewell!.start, d.structure.farewell!.end) : inScript(d, filled.trim()));
  if (moved) return { label: own ?? label('insert', moved[0]!.text.trim(), d.locale), edits: moved };
  // An apology is not put into a sentence that already apologises ("I'm sorry… Sorry, but we can't").
  if (apologises(d, tokenize(filled).map((t) => t.key)) && apologises(d, sentenceKeysAt(d, at, side))) return undefined;
  let text = inScript(d, filled);
  if (side === 'before' && afterGreetingComma(d, at) && !keepsCapital(d, raw, filled)) text = lowerFirst(text);
  if (side === 'before' && /\S/.test(draft[at] ?? '') && !/\s$/.test(text)) text += ' ';
  // Text put before a word that follows a mark with no space ("…Becker.No") gets its own space.
  if (side === 'before' && at > 0 && /[^\s([{„“"'«‘]/u.test(draft[at - 1]!) && !/^\s/.test(text)) text = ' ' + text;
  if (side === 'after' && /\S/.test(draft[at - 1] ?? '') && !/^[\s,.!?:;]/.test(text)) text = ' ' + text;
  // A sentence put before a lower-case word ("…dobrý den,\nbohužel…") makes that word start a sentence.
  const suggest = (edit: TextEdit) => gendered({ label: own ?? label('insert', text.trim(), d.locale), edits: [edit] }, raw);
  const next = side === 'before' && /[.!?]\s*$/.test(text) ? String.fromCodePoint(draft.codePointAt(at) ?? 32) : '';
  if (/^\p{Ll}$/u.test(next)) return suggest({ start: at, end: at + next.length, text: text + capitalize(next) });
  const lowered = side === 'before' ? lowerAfterGreeting(d, at, text) : undefined;
  return suggest(lowered ?? { start: at, end: at, text });
}
