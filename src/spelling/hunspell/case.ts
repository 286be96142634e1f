/**
 * Letter case without building the lower- and upper-case copies of a word:
 * whether a string equals its `toLowerCase()` is whether each of its
 * characters does, since the mapping is character by character (the one
 * rule with context, the final sigma, only rewrites Σ, which changes
 * either way). Each UTF-16 code unit's answer is worked out once and kept.
 */

/** How a word is written: lower case, Capitalised, ALL CAPS, or mixed (iPhone, McDonald). */
export type CapType = 'none' | 'init' | 'all' | 'mixed';

const CHANGES_LOWER = 1;
const CHANGES_UPPER = 2;
const KNOWN = 4;
/** Per code unit: KNOWN, and whether toLowerCase / toUpperCase changes it. */
const table = new Uint8Array(0x10000);

function kind(code: number): number {
  let k = table[code]!;
  if (k === 0) {
    const c = String.fromCharCode(code);
    k = KNOWN | (c.toLowerCase() !== c ? CHANGES_LOWER : 0) | (c.toUpperCase() !== c ? CHANGES_UPPER : 0);
    table[code] = k;
  }
  return k;
}

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** Whether a character is a capital (it changes in lower case); a surrogate counts, as it may be half of one. */
export function isCapital(code: number): boolean {
  return code < 128 ? code >= 65 && code <= 90 : isSurrogate(code) || (kind(code) & CHANGES_LOWER) !== 0;
}

export function capType(word: string): CapType {
  return capTypeOf(word, 0, word.length);
}

/** The case of `s.slice(from, to)`, read in place (the .dic text's stems are never built for it). */
export function capTypeOf(s: string, from: number, to: number): CapType {
  let lowerAt = -1;
  let upper = false;
  let restUpper = false;
  for (let i = from; i < to; i++) {
    const code = s.charCodeAt(i);
    if (isSurrogate(code)) return capTypeOfStrings(s.slice(from, to));
    const k = kind(code);
    if (k & CHANGES_LOWER) {
      upper = true;
      if (i > from) restUpper = true;
    }
    if (k & CHANGES_UPPER && lowerAt < 0) lowerAt = i;
  }
  if (!upper) return 'none';
  if (lowerAt < 0) return 'all';
  return restUpper ? 'mixed' : 'init';
}

/** The same answer from the lower- and upper-case strings, for words with astral characters. */
function capTypeOfStrings(word: string): CapType {
  const lower = word.toLowerCase();
  if (word === lower) return 'none';
  if (word === word.toUpperCase()) return 'all';
  const rest = word.slice(1);
  return rest === rest.toLowerCase() ? 'init' : 'mixed';
}

export function initCap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
