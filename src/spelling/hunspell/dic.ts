import type { Flags } from './flags.js';

/**
 * The stems of a Hunspell .dic file: stem → its flag set, or the flag sets of
 * its homonyms ("Pole" the noun and the name, each with its own flags).
 * Stored as read, one entry a line: no form is expanded.
 */
export type Stems = Map<string, string | string[]>;

export function parseDic(text: string, flags: Flags, ignore = ''): Stems {
  const stems: Stems = new Map();
  let at = text.indexOf('\n') + 1; // the first line is the entry count
  const length = text.length;
  while (at < length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = length;
    let line = text.slice(at, end);
    at = end + 1;
    // Morphological fields follow a tab; a stray space may end the stem ("synonymnosť /K").
    const tab = line.indexOf('\t');
    if (tab >= 0) line = line.slice(0, tab);
    let slash = line.indexOf('/');
    // "\/" is a slash inside the word.
    while (slash > 0 && line[slash - 1] === '\\') slash = line.indexOf('/', slash + 1);
    let word = (slash >= 0 ? line.slice(0, slash) : line).trim();
    if (word === '') continue;
    if (word.includes('\\/')) word = word.replace(/\\\//g, '/');
    if (ignore) word = [...word].filter((c) => !ignore.includes(c)).join('');
    const set = slash >= 0 ? flags.field(line.slice(slash + 1).trim()) : '';
    add(stems, word, set);
  }
  return stems;
}

export function add(stems: Stems, word: string, set: string): void {
  const had = stems.get(word);
  if (had === undefined) stems.set(word, set);
  else if (typeof had === 'string') stems.set(word, [had, set]);
  else had.push(set);
}

/** The flag sets of a stem, first homonym first. */
export function homonyms(entry: string | string[]): readonly string[] {
  return typeof entry === 'string' ? [entry] : entry;
}

/**
 * A Bloom filter over the stems: most stems that affix stripping tries are
 * not words, and the filter says so without building the candidate string
 * (the hash of head + strip extends the head's hash by the strip's code units).
 */
export class StemFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(stems: Iterable<string>, size: number) {
    // About 24 bits a stem keeps false positives near 0.1% with two probes.
    let bits = 1 << 16;
    while (bits < size * 24 && bits < 1 << 28) bits <<= 1;
    this.bits = new Uint32Array(bits >>> 5);
    this.mask = bits - 1;
    for (const stem of stems) this.add(stem);
  }

  add(stem: string): void {
    this.set(extend(OFFSET, stem, 0, stem.length));
  }

  private set(h: number): void {
    const a = h & this.mask;
    const b = mix(h) & this.mask;
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /** false: no stem has this hash; true: one may. */
  mayHave(h: number): boolean {
    const a = h & this.mask;
    if ((this.bits[a >>> 5]! & (1 << (a & 31))) === 0) return false;
    const b = mix(h) & this.mask;
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

/** FNV-1a over UTF-16 code units. */
export const OFFSET = 0x811c9dc5;

export function extend(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hash of every prefix of `w`: `heads[i]` is the hash of w.slice(0, i). */
export function prefixHashes(w: string): Uint32Array {
  const heads = new Uint32Array(w.length + 1);
  let h = OFFSET;
  heads[0] = h;
  for (let i = 0; i < w.length; i++) heads[i + 1] = h = Math.imul(h ^ w.charCodeAt(i), 0x01000193) >>> 0;
  return heads;
}
