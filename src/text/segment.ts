import { fold } from './fold.js';
import type { Token } from './tokenize.js';

export interface Span {
  start: number;
  end: number;
}

export interface Segments {
  /** Sentences in order; a line break always ends one, so greeting lines stand alone. */
  sentences: Span[];
  /** Paragraphs: runs of lines separated by a blank line. */
  paragraphs: Span[];
  /** Spans that belong to the customer (quoted lines), not to the agent. */
  quoted: Span[];
}

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '*', '_']);

/**
 * Splits a draft into sentences and paragraphs in one linear scan.
 * `abbreviations` are folded words that a following dot does not end ("e.g", "mr", "napr").
 */
export function segment(text: string, abbreviations: ReadonlySet<string>, work?: { reads: number }): Segments {
  const sentences: Span[] = [];
  const paragraphs: Span[] = [];
  const quoted: Span[] = [];
  let sentenceStart = -1;
  let paragraphStart = -1;
  let lastContentEnd = 0;
  let lineStart = 0;

  const closeSentence = (end: number) => {
    if (sentenceStart >= 0) sentences.push({ start: sentenceStart, end });
    sentenceStart = -1;
  };
  const closeParagraph = () => {
    if (paragraphStart >= 0) paragraphs.push({ start: paragraphStart, end: lastContentEnd });
    paragraphStart = -1;
  };

  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (work) work.reads++;
    const c = text[i]!;
    if (c === '\n') {
      closeSentence(lastContentEnd);
      // A blank line ends the paragraph.
      if (text.slice(lineStart, i).trim() === '') closeParagraph();
      lineStart = i + 1;
      // Reads stay inside the string: an out-of-bounds read makes V8 throw away this function's compiled code.
      if (lineStart < n && text[lineStart] === '>') {
        const lineEnd = text.indexOf('\n', lineStart);
        const end = lineEnd === -1 ? n : lineEnd;
        quoted.push({ start: lineStart, end });
        i = end - 1;
      }
      continue;
    }
    if (i === 0 && c === '>') {
      const lineEnd = text.indexOf('\n');
      const end = lineEnd === -1 ? n : lineEnd;
      quoted.push({ start: 0, end });
      i = end - 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\u00a0') continue;
    if (sentenceStart < 0) sentenceStart = i;
    if (paragraphStart < 0) paragraphStart = i;
    lastContentEnd = i + 1;
    if (!TERMINATORS.has(c)) continue;
    // Take the whole run of terminators and closing quotes: "Really?!" or "done.)"
    let j = i + 1;
    while (j < n && (TERMINATORS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    // `work` counts characters read, so a test can check the scan stays linear without timing it.
    if (work) work.reads += j - i;
    const endsHere = j >= n || /\s/.test(text[j]!);
    if (!endsHere) {
      // Mid-word ("v2.0", "!!!x"): the run is content; skip past it, so a long run is read once, not once per character.
      lastContentEnd = j;
      i = j - 1;
      continue;
    }
    if (c === '.' && j === i + 1 && (isAbbreviation(text, i, abbreviations, work) || isOrdinalDate(text, i, j))) continue;
    lastContentEnd = j;
    closeSentence(j);
    i = j - 1;
  }
  closeSentence(lastContentEnd);
  closeParagraph();
  return { sentences, paragraphs, quoted };
}

/**
 * A dot after a number that the next word continues is an ordinal or a date, not an end:
 * "k 30. 6. 2027", "od 1. září", "1. septembra". The next word starts with a digit or a
 * lower-case letter.
 */
function isOrdinalDate(text: string, dot: number, after: number): boolean {
  if (dot === 0 || !/\p{N}/u.test(text[dot - 1]!)) return false;
  let k = after;
  while (k < text.length && (text[k] === ' ' || text[k] === '\u00a0')) k++;
  return k > after && k < text.length && /[\p{N}\p{Ll}]/u.test(text[k]!);
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>, work?: { reads: number }): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(text[k - 1]!)) k--;
  if (work) work.reads += dot - k;
  const word = fold(text.slice(k, dot));
  if (word.length === 0) return false;
  // A single capital letter before a dot is an initial ("J. Smith"), unless it closes a letter pair such as "T&S" or "A/B".
  return abbreviations.has(word) || (/^\p{Lu}$/u.test(text.slice(k, dot)) && (k === 0 || !/[&/+]/.test(text[k - 1]!)));
}

/** Gives each token its sentence index and drops tokens inside quoted customer text. */
export function assignSentences(tokens: Token[], segments: Segments): Token[] {
  const { sentences, quoted } = segments;
  const kept: Token[] = [];
  let s = 0;
  let q = 0;
  for (const t of tokens) {
    while (q < quoted.length && quoted[q]!.end <= t.start) q++;
    if (q < quoted.length && quoted[q]!.start <= t.start) continue;
    while (s < sentences.length - 1 && sentences[s]!.end <= t.start) s++;
    t.sentence = s;
    kept.push(t);
  }
  return kept;
}
