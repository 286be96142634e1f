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

export function tokenize(text: string): Token[] {
  const re = TOKEN;
  re.lastIndex = 0;
  const tokens: Token[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[0];
    const placeholder = m[1] !== undefined;
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      text: word,
      key: placeholder ? '' : fold(word),
      sentence: 0,
      placeholder,
    });
  }
  return tokens;
}
