import { CYRILLIC, latinFromCyrillic } from './uzbek.js';

/**
 * Folding turns a word into its matching key: lower case, no diacritics, one
 * apostrophe (none after Uzbek o and g), Uzbek Cyrillic in Latin letters. Chat is often typed without diacritics ("nemozeme" for
 * "nemôžeme") and with whatever apostrophe the keyboard gives (Uzbek oʻ o' o’).
 */

// Letters that carry no combining mark under NFD, so stripping marks misses them.
const EXTRA: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ı: 'i', ħ: 'h', ŧ: 't' };
const APOSTROPHES = /['’‘ʼʻ`´]/g;
const MARKS = /\p{M}+/gu;
const EXTRA_RE = /[łđøıħŧ]/g;
const ASCII = /^[\x20-\x7e]*$/;

// Drafts reuse a small vocabulary, and an editor re-sends the same words on every keystroke.
const CACHE = new Map<string, string>();
const MAX_CACHED = 50_000;

export function fold(word: string): string {
  let key = CACHE.get(word);
  if (key === undefined) {
    key = compute(word);
    if (CACHE.size < MAX_CACHED) CACHE.set(word, key);
  }
  return key;
}

/**
 * Uzbek oʻ and gʻ are often typed without the mark ("notogri", "jonata",
 * "bolim"), so the key drops it and both spellings match. The price is that a
 * few short Uzbek pairs share a key ("oʻz"/"oz", "yoʻq"/"yoq", "boʻsh"/"bosh");
 * it costs other languages nothing, since the pairs it merges there are one
 * word with and without its apostrophe ("o'clock", "who's"). The tutuq belgisi
 * (maʼlumot) keeps its apostrophe: dropping it would merge "we're" and "were".
 */
const TURNED_COMMA = /([og])'/g;

function compute(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase().replace(APOSTROPHES, "'").replace(TURNED_COMMA, '$1');
  const lower = word.toLowerCase();
  return (CYRILLIC.test(lower) ? latinFromCyrillic(lower) : lower)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(TURNED_COMMA, '$1')
    .normalize('NFC');
}
