import { capType, capTypeOf, type CapType } from './case.js';
import type { Flags } from './flags.js';

/**
 * The stems of a Hunspell .dic file, as read: no form is expanded. A stem is
 * kept as its place in the file's text (start, end, and where its flags
 * are), in an open-addressing hash table of typed arrays, so loading
 * allocates no string per stem and a lookup compares characters in place.
 * Affix stripping looks up stems it never builds: `head + strip` (a suffix
 * taken off) or `strip + tail` (a prefix), hashed by extending the hash of
 * the word's head.
 */
export class Stems {
  private starts: Int32Array;
  private ends: Int32Array;
  private flagStarts: Int32Array;
  private flagEnds: Int32Array;
  private hashes: Uint32Array;
  /** Pairs (entry + 1, hash) per slot, side by side: a probe that misses reads one cache line. */
  private slots: Int32Array;
  private mask: number;
  /**
   * Two bits per hash, both in one 32-bit word (8 bits a stem): most stems that affix stripping tries are
   * no word, and this answers for them from a small array, one memory read each, that mostly stays in the
   * cache where the table would not (about 1 in 20 of those is let through to the table).
   */
  private bits: Int32Array;
  private wordMask: number;
  private count = 0;
  /** Stems that are not a plain slice of the text (an escaped slash, IGNORE characters, hidden homonyms): entry -start-1. */
  private readonly own: { word: string; flags: string }[] = [];
  /**
   * Flag sets are resolved (aliases, long and numeric flags) on a stem's first lookup and kept once per
   * distinct field: `flagIds[i]` is the stem's place in `flagSets` (0: not yet), `fieldIds` maps the field as written.
   */
  private flagIds: Int32Array;
  private readonly flagSets: string[] = [''];
  private readonly fieldIds = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly flags: Flags,
    expected: number,
  ) {
    const capacity = Math.max(16, expected);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.flagStarts = new Int32Array(capacity);
    this.flagEnds = new Int32Array(capacity);
    this.hashes = new Uint32Array(capacity);
    this.flagIds = new Int32Array(capacity);
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    let words = 1 << 10;
    while (words * 32 < capacity * 8) words <<= 1;
    this.bits = new Int32Array(words);
    this.wordMask = words - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The flag sets of the homonyms of `a.slice(aFrom, aTo) + b.slice(bFrom, bTo)`, whose hash is `h`. */
  find(h: number, a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): string[] | undefined {
    const m = Math.imul(h, 0x9e3779b1);
    const pair = (1 << (m & 31)) | (1 << ((m >>> 5) & 31));
    if ((this.bits[(m >>> 10) & this.wordMask]! & pair) !== pair) return undefined;
    const length = aTo - aFrom + (bTo - bFrom);
    let found: string[] | undefined;
    const signed = h | 0;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = this.slots[slot * 2]!;
      if (v === 0) return found;
      if (this.slots[slot * 2 + 1] === signed && this.equals(v - 1, length, a, aFrom, aTo, b, bFrom, bTo)) (found ??= []).push(this.flagsOf(v - 1));
    }
  }

  get(word: string): string[] | undefined {
    return this.find(extend(OFFSET, word, 0, word.length), word, 0, word.length, '', 0, 0);
  }

  /** Adds a stem from the text (by place) or, when `own` is given, one of its own. */
  addSlice(start: number, end: number, flagStart: number, flagEnd: number): void {
    this.insert(extend(OFFSET, this.text, start, end), start, end, flagStart, flagEnd);
  }

  add(word: string, flags: string): void {
    this.own.push({ word, flags });
    this.insert(extend(OFFSET, word, 0, word.length), -this.own.length, 0, 0, 0);
  }

  /** The stems written in capitals or in mixed case (iPhone), with their flag sets; the others are never built. */
  *capitalised(): Iterable<[string, string, CapType]> {
    for (let i = 0; i < this.count; i++) {
      const start = this.starts[i]!;
      const type = start < 0 ? capType(this.own[-start - 1]!.word) : capTypeOf(this.text, start, this.ends[i]!);
      if (type === 'all' || type === 'mixed') yield [this.word(i), this.flagsOf(i), type];
    }
  }

  private word(i: number): string {
    const start = this.starts[i]!;
    return start < 0 ? this.own[-start - 1]!.word : this.text.slice(start, this.ends[i]);
  }

  private flagsOf(i: number): string {
    const start = this.starts[i]!;
    if (start < 0) return this.own[-start - 1]!.flags;
    let id = this.flagIds[i]!;
    if (id === 0) {
      const field = this.text.slice(this.flagStarts[i], this.flagEnds[i]);
      id = this.fieldIds.get(field) ?? 0;
      if (id === 0) {
        id = this.flagSets.push(field === '' ? '' : this.flags.field(field)) - 1;
        this.fieldIds.set(field, id);
      }
      this.flagIds[i] = id;
    }
    return this.flagSets[id]!;
  }

  private equals(i: number, length: number, a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
    const start = this.starts[i]!;
    const source = start < 0 ? this.own[-start - 1]!.word : this.text;
    const from = start < 0 ? 0 : start;
    const to = start < 0 ? source.length : this.ends[i]!;
    if (to - from !== length) return false;
    let k = from;
    for (let j = aFrom; j < aTo; j++, k++) if (source.charCodeAt(k) !== a.charCodeAt(j)) return false;
    for (let j = bFrom; j < bTo; j++, k++) if (source.charCodeAt(k) !== b.charCodeAt(j)) return false;
    return true;
  }

  private insert(h: number, start: number, end: number, flagStart: number, flagEnd: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flagStarts[i] = flagStart;
    this.flagEnds[i] = flagEnd;
    this.hashes[i] = h;
    const m = Math.imul(h, 0x9e3779b1);
    this.bits[(m >>> 10) & this.wordMask]! |= (1 << (m & 31)) | (1 << ((m >>> 5) & 31));
    if (this.count * 2 > this.mask + 1) this.rehash();
    else this.place(i);
  }

  private place(i: number): void {
    const h = this.hashes[i]!;
    let slot = h & this.mask;
    while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = i + 1;
    this.slots[slot * 2 + 1] = h | 0;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const bigger = <T extends Int32Array | Uint32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.starts = bigger(this.starts);
    this.ends = bigger(this.ends);
    this.flagStarts = bigger(this.flagStarts);
    this.flagEnds = bigger(this.flagEnds);
    this.hashes = bigger(this.hashes);
    this.flagIds = bigger(this.flagIds);
  }

  private rehash(): void {
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 2);
    for (let i = 0; i < this.count; i++) this.place(i);
  }
}

/** Reads the .dic text: one stem a line, `stem/flags`, morphological fields after a tab. */
export function parseDic(text: string, flags: Flags, ignore = ''): Stems {
  const length = text.length;
  const stems = new Stems(text, flags, Number.parseInt(text, 10) + 16 || 1024);
  // Lines that need a stem of their own are rare; most stems stay places in the text.
  const special = text.includes('\\') || (ignore !== '' && [...ignore].some((c) => text.includes(c)));
  let at = text.indexOf('\n') + 1; // the first line is the entry count
  while (at > 0 && at < length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = length;
    // One pass over the line: the first unescaped "/" ends the stem, a tab ends the flags.
    let slash = -1;
    let lineEnd = end;
    for (let j = at; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 9 || c === 13) {
        lineEnd = j;
        break;
      }
      if (c === 47 && slash < 0 && text.charCodeAt(j - 1) !== 92) slash = j;
    }
    let wordEnd = slash >= 0 ? slash : lineEnd;
    // A stray space may end the stem ("synonymnosť /K").
    while (wordEnd > at && text.charCodeAt(wordEnd - 1) === 32) wordEnd--;
    let flagStart = slash >= 0 ? slash + 1 : lineEnd;
    let flagEnd = lineEnd;
    while (flagEnd > flagStart && text.charCodeAt(flagEnd - 1) === 32) flagEnd--;
    while (flagStart < flagEnd && text.charCodeAt(flagStart) === 32) flagStart++;
    if (wordEnd > at) {
      if (special) {
        let word = text.slice(at, wordEnd).replace(/\\\//g, '/');
        if (ignore) word = [...word].filter((c) => !ignore.includes(c)).join('');
        stems.add(word, flagEnd > flagStart ? flags.field(text.slice(flagStart, flagEnd)) : '');
      } else stems.addSlice(at, wordEnd, flagStart, flagEnd);
    }
    at = end + 1;
  }
  return stems;
}

/** FNV-1a over UTF-16 code units. */
export const OFFSET = 0x811c9dc5;

export function extend(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
