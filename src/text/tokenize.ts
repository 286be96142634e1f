import { fold } from './fold.js';

/** One word of the draft, with its UTF-16 span and its folded matching key. */
export interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  /** Index of the sentence this token belongs to (set by segmentation). */
  sentence: number;
  /** A template placeholder such as `{{ticket.requester.first_name}}`, kept as one token. */
  placeholder: boolean;
}

/**
 * Words are runs of letters, marks and digits, joined across an inner
 * apostrophe, hyphen or dot ("can't", "follow-up", "e.g", "o'zbek").
 * Uzbek ʻ (U+02BB) is a letter in Unicode, so "oʻ" stays one word too; a
 * word-final apostrophe after g or o is Uzbek gʻ/oʻ typed with ' ("sog'").
 */
export const WORD_SOURCE = String.raw`[\p{L}\p{M}\p{N}]+(?:['’‘ʼʻ\u0060´.\-][\p{L}\p{M}\p{N}]+)*(?:(?<=[gGoO])['’‘\u0060](?![\p{L}\p{N}]))?`;

/**
 * Placeholders of the common helpdesk syntaxes (Liquid/Handlebars {{…}} and {%…%},
 * Help Scout, osTicket %{…}, Request Tracker {$…}, ${…}, [[…]]) and bracketed
 * fill-ins like [time frame] or [termín], in any script.
 */
export const PLACEHOLDER_SOURCE = String.raw`\{\{[^{}\n]{0,200}\}\}|\{%[^{}\n]{0,200}%\}|%\s?\{[^{}\n]{0,200}\}|\{\$[^{}\n]{0,200}\}|\$\{[^{}\n]{0,200}\}|\[\[[^\[\]\n]{1,200}\]\]|\[[\p{L}\p{N}_ .]{1,40}\]`;

const WHOLE_WORD = new RegExp(`^(?:${WORD_SOURCE})$`, 'u');

export function isWordLike(s: string): boolean {
  return WHOLE_WORD.test(s);
}

// Compiled once: building the expression per call cost as much as the scan on a short reply.
const TOKEN = new RegExp(`(${PLACEHOLDER_SOURCE})|${WORD_SOURCE}`, 'gu');

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
/** ASCII characters after which a word may go on (joiners: ' ` . -), or a placeholder may begin ({ % $ [). */
const isAsciiSpecial = (c: number) => c === 39 || c === 96 || c === 46 || c === 45 || c === 123 || c === 37 || c === 36 || c === 91;

/**
 * Words and placeholders in order, as TOKEN finds them. Most words of a reply are plain ASCII letters and
 * digits between spaces or punctuation: those are read by a character loop (no match object, and the key is
 * the word in lower case, which is what folding gives it); anything else — a letter outside ASCII, a joiner,
 * a placeholder's opening — is left to TOKEN from that position, so the tokens are exactly the expression's
 * (tests/tokenize.test.ts compares the two on the corpus and on generated text).
 */
export function tokenize(text: string): Token[] {
  const re = TOKEN;
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && !isAsciiAlnum(c) && !isAsciiSpecial(c)) {
      i++;
      continue;
    }
    if (isAsciiAlnum(c)) {
      let j = i + 1;
      let upper = c >= 65 && c <= 90;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (!isAsciiAlnum(d)) break;
        if (d >= 65 && d <= 90) upper = true;
        j++;
      }
      const after = j < n ? text.charCodeAt(j) : 32;
      if (after < 128 && !isAsciiSpecial(after)) {
        const word = text.slice(i, j);
        tokens.push({ start: i, end: j, text: word, key: upper ? word.toLowerCase() : word, sentence: 0, placeholder: false });
        i = j;
        continue;
      }
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (m === null) break;
    tokens.push(tokenOf(m));
    i = re.lastIndex;
  }
  return tokens;
}

/** The token of one TOKEN match: a placeholder (group 1) has no key, a word its folded form. */
function tokenOf(m: RegExpExecArray): Token {
  const word = m[0];
  const placeholder = m[1] !== undefined;
  return { start: m.index, end: m.index + word.length, text: word, key: placeholder ? '' : fold(word), sentence: 0, placeholder };
}

/** The tokens by TOKEN alone: the reference `tokenize` must agree with (tests). */
export function tokenizeByExpression(text: string): Token[] {
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  const tokens: Token[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) tokens.push(tokenOf(m));
  return tokens;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none does). */
export function firstFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
