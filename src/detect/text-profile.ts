import { TrigramCounts } from './trigram-table.js';
import { isSpace } from './white-space.js';

/** franc looks at no more than this many characters. */
export const MAX_LENGTH = 2048;

/** What franc sees of a text: the script most of its characters are in (with their share), and its trigrams. */
export interface TextProfile {
  script: string;
  share: number;
  /** Per script (in the expressions' order), how many of the text's characters it counts: franc's measure. */
  counts: Int32Array;
  trigrams: TrigramCounts;
}

/** What one code point adds: the scripts whose expressions count it, and its lower case as one unit. */
interface CodePoint {
  /** The one script that counts it once (nearly every character), -1 for none, -2 when `scripts` must be read. */
  script: number;
  scripts: readonly number[];
  /** The unit it lower-cases to, -1 when it is not lower-cased alone (İ becomes two units, Σ on the letters around it). */
  lower: number;
  /** Punctuation, a symbol or a digit of ASCII, or white space: franc's cleaning makes a space of it. */
  gap: boolean;
}

/** franc's cleaning (trigram-utils): ASCII punctuation, symbols and digits become spaces; white space collapsed; lower case. */
const cleanedByFranc = (value: string): string => value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A profiler of texts over franc's script expressions. One pass over the text counts each script's characters
 * and writes franc's cleaned text into a reused buffer, from which the trigrams are counted; what each character
 * adds is worked out once and kept. franc's expressions each match one code point at a time (a character of
 * the Basic Multilingual Plane or a surrogate pair), so a text's count per script is the sum of its code points'
 * counts (tests/detect-ranker.test.ts compares the outcome with franc on every such character).
 */
export function makeProfiler(expressions: Record<string, RegExp>): (value: string) => TextProfile {
  const scripts = Object.keys(expressions);
  const patterns = Object.values(expressions).map((e) => new RegExp(e.source, e.flags.includes('g') ? e.flags : `${e.flags}g`));
  const describe = (char: string): CodePoint => {
    const counted: number[] = [];
    patterns.forEach((pattern, j) => {
      for (let n = char.match(pattern)?.length ?? 0; n > 0; n--) counted.push(j);
    });
    const code = char.charCodeAt(0);
    const lower = char.toLowerCase();
    // A surrogate pair is written as it is, so it is only "alone" when lower case leaves it unchanged.
    const alone = char.length === 1 ? lower.length === 1 && code !== 0x3a3 : lower === char;
    return { script: counted.length === 0 ? -1 : counted.length === 1 ? counted[0]! : -2, scripts: counted, lower: alone ? lower.charCodeAt(0) : -1, gap: char.length === 1 && ((code >= 0x21 && code <= 0x40) || isSpace(code)) };
  };
  const ascii = Array.from({ length: 128 }, (_, c) => describe(String.fromCharCode(c)));
  // The same for ASCII packed in one number (most of a draft): lower case << 8 | gap << 7 | the script + 1 (0 for none);
  // -1 where it does not fit (a character counted twice), which the general path then reads.
  const packed = Int32Array.from(ascii, (p) => (p.script === -2 || p.script >= 126 ? -1 : (p.lower << 8) | (p.gap ? 0x80 : 0) | (p.script + 1)));
  // Other characters as they come: a unit by its code, a surrogate pair by its code point (above 0xffff).
  const seen = new Map<number, CodePoint>();
  const counts = new Int32Array(scripts.length);
  let units = new Uint16Array(MAX_LENGTH + 2);
  const trigrams = new TrigramCounts(MAX_LENGTH);

  return (value) => {
    const n = value.length;
    counts.fill(0);
    // franc's cleaned text between two padding spaces: a run of gaps is one space, none at either end (so no
    // longer than the text and its padding).
    if (units.length < n + 2) units = new Uint16Array(n + 2);
    units[0] = 32;
    let size = 1;
    let gap = false;
    let alone = true;
    for (let i = 0; i < n; i++) {
      const c = value.charCodeAt(i);
      let point: CodePoint;
      let pair = false;
      if (c < 128) {
        const bits = packed[c]!;
        if (bits !== -1) {
          if (bits & 0x7f) counts[(bits & 0x7f) - 1]!++;
          if (bits & 0x80) gap = size > 1;
          else {
            if (gap) (units[size++] = 32), (gap = false);
            units[size++] = bits >> 8;
          }
          continue;
        }
        point = ascii[c]!;
      } else {
        const code = value.codePointAt(i)!;
        pair = code > 0xffff;
        const known = seen.get(code);
        point = known ?? describe(String.fromCodePoint(code));
        if (!known && seen.size < 50_000) seen.set(code, point);
      }
      if (point.script >= 0) counts[point.script]!++;
      else if (point.script === -2) for (const j of point.scripts) counts[j]!++;
      if (point.gap) {
        gap = size > 1;
        continue;
      }
      if (gap) (units[size++] = 32), (gap = false);
      if (point.lower === -1) alone = false;
      if (pair) (units[size++] = c), (units[size++] = value.charCodeAt(++i));
      else units[size++] = point.lower === -1 ? c : point.lower;
    }
    if (!alone) {
      // Rare (İ, Σ, a cased letter beyond the Basic Multilingual Plane): franc's own cleaning lower-cases the text as a whole.
      const cleaned = cleanedByFranc(value);
      if (units.length < cleaned.length + 2) units = new Uint16Array(cleaned.length + 2);
      for (let i = 0; i < cleaned.length; i++) units[i + 1] = cleaned.charCodeAt(i);
      size = cleaned.length + 1;
    }
    units[size++] = 32;
    trigrams.count(units, size);
    // The first script with the most characters, as franc picks it.
    let top = 0;
    for (let j = 1; j < counts.length; j++) if (counts[j]! > counts[top]!) top = j;
    return { script: scripts[top] ?? '', share: counts[top]! / n || 0, counts, trigrams };
  };
}
