import type { LocaleMarks } from '../schema/locale.js';
import type { Token } from './tokenize.js';

/**
 * How a draft writes the marks of its language, so that text put into it
 * follows suit. Chat agents often type Polish, Czech and Slovak without
 * diacritics ("dekujeme", "dziekuje, ze"), and Uzbek with any of ʻ ‘ ’ ` ' for
 * the oʻ/gʻ letters and the tutuq belgisi, or with none ("ozgartira",
 * "malumot"): a suggestion written with the full marks would stand out there.
 */
export interface Marks {
  /** The draft writes no marks at all: inserted text is stripped of them. */
  plain: boolean;
  /** Uzbek: the mark the draft writes after o and g ("oʻ", "o’"), when it writes one. */
  turnedComma?: string;
  /** Uzbek: the mark it writes elsewhere between letters (the tutuq belgisi: "maʼlumot"). */
  apostrophe?: string;
}

/** A locale's `marks` ready to read drafts with: its marked letters as a test, its bare words as a set. */
interface CompiledMarks {
  letters?: RegExp;
  words: ReadonlySet<string>;
}

const COMPILED = new WeakMap<LocaleMarks, CompiledMarks>();

function compiled(spec: LocaleMarks): CompiledMarks {
  let out = COMPILED.get(spec);
  if (!out) {
    out = { words: new Set(spec.words) };
    if (spec.letters !== undefined) out.letters = new RegExp(`[${spec.letters.replace(/[\\\]^-]/g, '\\$&')}]`, 'iu');
    COMPILED.set(spec, out);
  }
  return out;
}

const UZ_MARKS = "ʻ‘’`'ʼ";
const UZ_MARK = new RegExp(`(^|[^${UZ_MARKS}])([${UZ_MARKS}])(?=\\p{L})`, 'gu');
const LATIN_WORD = /^[\p{Script=Latin}\p{N}'ʻ‘’`ʼ.-]+$/u;

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  for (const [mark, n] of counts) if (best === undefined || n > counts.get(best)!) best = mark;
  return best;
}

/**
 * The draft's marks, read from its own words (placeholders and the customer's name left out) by its
 * locale's `marks`: without them (English) the draft has no convention to follow.
 */
export function draftMarks(spec: LocaleMarks | undefined, words: readonly Token[]): Marks {
  if (!spec) return { plain: false };
  const { letters: diacritics, words: bare } = compiled(spec);
  if (diacritics) return { plain: words.some((t) => bare.has(t.key)) && !words.some((t) => diacritics.test(t.text)) };
  const latin = words.filter((t) => LATIN_WORD.test(t.text));
  // A Cyrillic draft gets its inserted text in Cyrillic, where these marks do not arise.
  if (latin.length < words.length / 2) return { plain: false };
  const turned = new Map<string, number>();
  const other = new Map<string, number>();
  for (const t of latin) {
    for (const m of t.text.matchAll(UZ_MARK)) {
      const counts = /[oOgG]$/.test(t.text.slice(0, m.index + m[1]!.length)) ? turned : other;
      counts.set(m[2]!, (counts.get(m[2]!) ?? 0) + 1);
    }
  }
  if (turned.size === 0 && other.size === 0) return { plain: latin.some((t) => bare.has(t.key)) };
  const out: Marks = { plain: false };
  const t = mostFrequent(turned);
  const a = mostFrequent(other);
  if (t !== undefined) out.turnedComma = t;
  if (a !== undefined) out.apostrophe = a;
  return out;
}

/** `text` written the draft's way: without diacritics or Uzbek marks in a draft that has none, with its own Uzbek marks otherwise. */
export function inDraftMarks(text: string, language: string, marks: Marks): string {
  if (language === 'uz') {
    if (marks.plain) return text.replace(/(\p{L})['ʻ‘’`ʼ](?=\p{L})/gu, '$1');
    let out = text;
    if (marks.turnedComma !== undefined && marks.turnedComma !== "'") out = out.replace(/([oOgG])'(?=\p{L})/gu, `$1${marks.turnedComma}`);
    const apostrophe = marks.apostrophe;
    if (apostrophe !== undefined && apostrophe !== "'") {
      // The o'/g' letters keep the draft's own turned comma when it writes one.
      out = out.replace(/(\p{L})'(?=\p{L})/gu, (all, letter: string) => (marks.turnedComma !== undefined && /[oOgG]/.test(letter) ? all : letter + apostrophe));
    }
    return out;
  }
  if (!marks.plain) return text;
  // Only the marks of Latin letters go (not an emoji's variation selector); ł has no combining form.
  return text
    .normalize('NFD')
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, '$1')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFC');
}
