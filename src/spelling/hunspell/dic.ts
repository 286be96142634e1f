import { capType, capTypeOf, isCapital, type CapType } from './case.js';
import type { Flags } from './flags.js';

/** Numbers per slot of the table: the stem's hash, where it starts, its length, its flag set. */
const WIDTH = 4;
const HASH = 0;
/** Where the stem starts in the .dic text (never 0, the count's line: 0 is an empty slot); a stem of its own (`own[k]`) is -k-1. */
const START = 1;
const LENGTH = 2;
/** The stem's flag set: its place in `flagSets`, resolved at load. */
const FLAGS = 3;
/**
 * Slots per stem expected: at this load a lookup, which reads on to the first empty slot to find every homonym,
 * reads about three slots (mostly one cache line) on the Polish bench, where a table twice as full had it read seven.
 */
const ROOM = 2.5;
/** The table grows past this share of its slots taken (hidden homonyms, a .dic whose count is low). */
const MAX_LOAD = 0.5;
/** The stems read from the .dic are placed region by region, 2 ** REGION_BITS regions (`seal`). */
const REGION_BITS = 12;

/**
 * The stems of a Hunspell .dic file, as read: no form is expanded. A stem is
 * kept as its place in the file's text, in an open-addressing hash table of
 * typed arrays, so loading allocates no string per stem and a lookup compares
 * characters in place. Each slot holds all a lookup needs (hash, place,
 * length, flag set), so a stem found costs one read of the table and one of
 * the text, and its flag set is one of a few hundred strings resolved at load.
 * Affix stripping looks up stems it never builds: `head + strip` (a suffix
 * taken off) or `strip + tail` (a prefix), hashed by extending the hash of
 * the word's head.
 *
 * Homonyms are found in the order they were added (the .dic's), which
 * decides which one's flags answer first.
 */
export class Stems {
  private slots: Int32Array;
  private mask: number;
  /** The most stems the table holds before it grows. */
  private limit: number;
  /**
   * Two bits per hash, both in one 32-bit word (8 bits a stem): most stems that affix stripping tries are
   * no word, and this answers for them from a small array, one memory read each, that mostly stays in the
   * cache where the table would not (about 1 in 20 of those is let through to the table).
   */
  private bits: Int32Array;
  private wordMask: number;
  /**
   * The same kind of filter over every head of every stem (its first 1, 2, ... n characters, hashed as the
   * stem is): when no stem starts with what is left of a word after a suffix is cut off, none of the stems
   * that cut can leave (that head + a rule's strip) is looked up. A Capitalised word's own spelling (before
   * its lower-case form is tried) mostly stops here.
   */
  private headBits: Int32Array;
  private headMask: number;
  private count = 0;
  /** The stems read while loading (four numbers each, as in a slot), placed in the table at once by `seal`. */
  private pending: Int32Array | undefined;
  /**
   * The stems with a capital (where, how long, their flag set: three numbers each), in the order added: only
   * these can be written in capitals or mixed case, so the hidden homonyms are looked for among them alone.
   */
  private capitals = new Int32Array(3 * 1024);
  private capitalCount = 0;
  /** Stems that are not a plain slice of the text (an escaped slash, IGNORE characters, hidden homonyms). */
  private readonly own: string[] = [];
  /** The distinct flag sets, resolved (aliases, long and numeric flags); a stem holds its place here. */
  private readonly flagSets: string[] = [''];
  private readonly setIds = new Map<string, number>([['', 0]]);
  /** The distinct flag fields as written in the text (by hash: their place in the three lists), each resolved once. */
  private readonly fields = new Map<number, number>();
  private readonly fieldStarts: number[] = [];
  private readonly fieldLengths: number[] = [];
  private readonly fieldSets: number[] = [];
  /** The stem added from the text before this one (its place, its flag field's, and its flag set). */
  private readonly last = { start: 0, length: 0, flagStart: 0, flagLength: 0, flags: 0 };
  /** `lastHeads[i]`: the hash of the first i characters of that stem. */
  private lastHeads = Int32Array.of(OFFSET | 0, ...new Array<number>(63).fill(0));

  constructor(
    private readonly text: string,
    private readonly flags: Flags,
    expected: number,
  ) {
    let size = 16;
    while (size < expected * ROOM) size <<= 1;
    this.slots = new Int32Array(size * WIDTH);
    this.mask = size - 1;
    this.limit = Math.floor(size * MAX_LOAD);
    let words = 1 << 10;
    while (words * 32 < expected * 8) words <<= 1;
    this.bits = new Int32Array(words);
    this.wordMask = words - 1;
    // About 3 distinct heads a stem (they share their first characters), 8 bits each.
    while (words * 32 < expected * 8 * 3) words <<= 1;
    this.headBits = new Int32Array(words);
    this.headMask = words - 1;
    this.pending = new Int32Array(Math.max(16, expected) * WIDTH);
  }

  get size(): number {
    return this.count;
  }

  /** The flag sets of the homonyms of `a.slice(aFrom, aTo) + b.slice(bFrom, bTo)`, whose hash is `h`. */
  find(h: number, a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): string[] | undefined {
    if (!inFilter(this.bits, this.wordMask, h)) return undefined;
    const length = aTo - aFrom + (bTo - bFrom);
    const slots = this.slots;
    let found: string[] | undefined;
    const signed = h | 0;
    for (let slot = (h & this.mask) * WIDTH; ; slot = (slot + WIDTH) & (this.mask * WIDTH + WIDTH - 1)) {
      const start = slots[slot + START]!;
      if (start === 0) return found;
      if (slots[slot + HASH] === signed && slots[slot + LENGTH] === length && this.equals(start, a, aFrom, aTo, b, bFrom, bTo))
        (found ??= []).push(this.flagSets[slots[slot + FLAGS]!]!);
    }
  }

  /** Whether some stem may start with the text whose hash is `h` (false: none does). */
  startsSome(h: number): boolean {
    return inFilter(this.headBits, this.headMask, h);
  }

  get(word: string): string[] | undefined {
    return this.find(extend(OFFSET, word, 0, word.length), word, 0, word.length, '', 0, 0);
  }

  /**
   * Adds a stem from the text, by place, with its flag field as written there. The .dic lists its stems in
   * order, so a stem mostly starts as the one before it does: the hashes of the heads they share are kept
   * from that one (and marked already), and a field written as the one before it is that one's flag set.
   */
  addSlice(start: number, end: number, flagStart: number, flagEnd: number, capital: boolean): void {
    const text = this.text;
    const length = end - start;
    const last = this.last;
    let heads = this.lastHeads;
    if (heads.length <= length) {
      heads = new Int32Array(length * 2);
      heads.set(this.lastHeads);
      this.lastHeads = heads;
    }
    let shared = 0;
    const most = Math.min(length, last.length);
    while (shared < most && text.charCodeAt(start + shared) === text.charCodeAt(last.start + shared)) shared++;
    let h = heads[shared]!;
    for (let i = shared; i < length; i++) {
      h = Math.imul(h ^ text.charCodeAt(start + i), 0x01000193);
      heads[i + 1] = h;
      addToFilter(this.headBits, this.headMask, h);
    }
    const flagLength = flagEnd - flagStart;
    const flags = flagLength === last.flagLength && this.sameText(flagStart, last.flagStart, flagLength) ? last.flags : this.fieldId(flagStart, flagEnd);
    last.start = start;
    last.length = length;
    last.flagStart = flagStart;
    last.flagLength = flagLength;
    last.flags = flags;
    if (capital) this.addCapital(start, length, flags);
    this.insert(h >>> 0, start, length, flags);
  }

  /** Adds a stem of its own, with its flag set resolved. */
  add(word: string, flags: string): void {
    this.own.push(word);
    const id = this.setId(flags);
    if (capType(word) !== 'none') this.addCapital(-this.own.length, word.length, id);
    this.insert(this.hashHeads(word, 0, word.length), -this.own.length, word.length, id);
  }

  /** The stems written in capitals or in mixed case (iPhone), with their flag sets, in the order added; the others are never built. */
  *capitalised(): Iterable<[string, string, CapType]> {
    const capitals = this.capitals;
    for (let i = 0; i < this.capitalCount * 3; i += 3) {
      const start = capitals[i]!;
      const type = start < 0 ? capType(this.own[-start - 1]!) : capTypeOf(this.text, start, start + capitals[i + 1]!);
      if (type === 'all' || type === 'mixed') yield [start < 0 ? this.own[-start - 1]! : this.text.slice(start, start + capitals[i + 1]!), this.flagSets[capitals[i + 2]!]!, type];
    }
  }

  private addCapital(start: number, length: number, flags: number): void {
    if ((this.capitalCount + 1) * 3 > this.capitals.length) {
      const bigger = new Int32Array(this.capitals.length * 2);
      bigger.set(this.capitals);
      this.capitals = bigger;
    }
    const at = this.capitalCount++ * 3;
    this.capitals[at] = start;
    this.capitals[at + 1] = length;
    this.capitals[at + 2] = flags;
  }

  /** The stem's hash (`extend`), marking the hash of each of its heads on the way. */
  private hashHeads(s: string, from: number, to: number): number {
    let h = OFFSET;
    for (let i = from; i < to; i++) {
      h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
      addToFilter(this.headBits, this.headMask, h);
    }
    return h >>> 0;
  }

  /** The flag set of the field `text.slice(from, to)`, found by its hash read in place: no string is made for a field met before. */
  private fieldId(from: number, to: number): number {
    if (from === to) return 0;
    // A small integer key (30 bits): the map then needs no number object per lookup.
    const h = extend(OFFSET, this.text, from, to) & 0x3fffffff;
    const k = this.fields.get(h);
    if (k !== undefined && this.fieldLengths[k] === to - from && this.sameText(this.fieldStarts[k]!, from, to - from)) return this.fieldSets[k]!;
    const id = this.setId(this.flags.field(this.text.slice(from, to)));
    // A field whose hash another field took first (rare) is resolved again each time.
    if (k === undefined) {
      this.fields.set(h, this.fieldSets.length);
      this.fieldStarts.push(from);
      this.fieldLengths.push(to - from);
      this.fieldSets.push(id);
    }
    return id;
  }

  private sameText(a: number, b: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(a + i) !== this.text.charCodeAt(b + i)) return false;
    return true;
  }

  private setId(flags: string): number {
    let id = this.setIds.get(flags);
    if (id === undefined) {
      id = this.flagSets.push(flags) - 1;
      this.setIds.set(flags, id);
    }
    return id;
  }

  private equals(start: number, a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
    const source = start < 0 ? this.own[-start - 1]! : this.text;
    let k = start < 0 ? 0 : start;
    for (let j = aFrom; j < aTo; j++, k++) if (source.charCodeAt(k) !== a.charCodeAt(j)) return false;
    for (let j = bFrom; j < bTo; j++, k++) if (source.charCodeAt(k) !== b.charCodeAt(j)) return false;
    return true;
  }

  private insert(h: number, start: number, length: number, flags: number): void {
    this.count++;
    addToFilter(this.bits, this.wordMask, h);
    const pending = this.pending;
    if (pending) {
      let at = (this.count - 1) * WIDTH;
      if (at === pending.length) {
        this.pending = new Int32Array(pending.length * 2);
        this.pending.set(pending);
      }
      const list = this.pending!;
      list[at++] = h;
      list[at++] = start;
      list[at++] = length;
      list[at] = flags;
      return;
    }
    if (this.count > this.limit) this.grow();
    this.place(this.slots, this.mask, h, start, length, flags);
  }

  /**
   * Places the stems read from the .dic (`parseDic` calls this once, at the end). One by one in the file's
   * order, each would land on a random slot of a table of megabytes, a cache miss each; placed in the order
   * of their slots' region (stably, so homonyms keep their order), they fill the table from start to end.
   * Linear probing finds every stem from its hash's slot whatever the order they were placed in.
   */
  seal(): void {
    const list = this.pending;
    if (!list) return;
    this.pending = undefined;
    while (this.count > this.limit) {
      this.mask = this.mask * 2 + 1;
      this.limit = Math.floor((this.mask + 1) * MAX_LOAD);
    }
    if (this.slots.length !== (this.mask + 1) * WIDTH) this.slots = new Int32Array((this.mask + 1) * WIDTH);
    const size = this.mask + 1;
    const shift = Math.max(0, Math.log2(size) - REGION_BITS);
    const counts = new Int32Array((size >>> shift) + 1);
    for (let i = 0; i < this.count; i++) counts[((list[i * WIDTH + HASH]! & this.mask) >>> shift) + 1]!++;
    for (let r = 1; r < counts.length; r++) counts[r]! += counts[r - 1]!;
    const order = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) order[counts[(list[i * WIDTH + HASH]! & this.mask) >>> shift]!++] = i;
    for (let k = 0; k < this.count; k++) {
      const at = order[k]! * WIDTH;
      this.place(this.slots, this.mask, list[at + HASH]!, list[at + START]!, list[at + LENGTH]!, list[at + FLAGS]!);
    }
  }

  /** Puts a stem in the first free slot from its hash's. */
  private place(slots: Int32Array, mask: number, h: number, start: number, length: number, flags: number): void {
    const wrap = mask * WIDTH + WIDTH - 1;
    let slot = (h & mask) * WIDTH;
    while (slots[slot + START] !== 0) slot = (slot + WIDTH) & wrap;
    slots[slot + HASH] = h;
    slots[slot + START] = start;
    slots[slot + LENGTH] = length;
    slots[slot + FLAGS] = flags;
  }

  /**
   * A table twice as large. The old one is read from an empty slot on, so each run of taken slots is read
   * from its start and homonyms (one run, the order they were added) are placed again in that order.
   */
  private grow(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array((mask + 1) * WIDTH);
    let from = 0;
    while (old[from + START] !== 0) from += WIDTH;
    for (let i = 0; i < old.length; i += WIDTH) {
      const slot = (from + i) % old.length;
      if (old[slot + START] !== 0) this.place(slots, mask, old[slot + HASH]!, old[slot + START]!, old[slot + LENGTH]!, old[slot + FLAGS]!);
    }
    this.slots = slots;
    this.mask = mask;
    this.limit = Math.floor((mask + 1) * MAX_LOAD);
  }
}

/** A hash in a two-bit filter: its word (from a mix's upper bits) and two bits of that word (from its lower bits). */
function inFilter(filter: Int32Array, mask: number, h: number): boolean {
  const m = Math.imul(h, 0x9e3779b1);
  const pair = (1 << (m & 31)) | (1 << ((m >>> 5) & 31));
  return (filter[(m >>> 10) & mask]! & pair) === pair;
}

function addToFilter(filter: Int32Array, mask: number, h: number): void {
  const m = Math.imul(h, 0x9e3779b1);
  filter[(m >>> 10) & mask]! |= (1 << (m & 31)) | (1 << ((m >>> 5) & 31));
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
    let capital = false;
    for (let j = at; j < end; j++) {
      const c = text.charCodeAt(j);
      if (c === 9 || c === 13) {
        lineEnd = j;
        break;
      }
      if (c === 47 && slash < 0 && text.charCodeAt(j - 1) !== 92) slash = j;
      // Plain ASCII letters are told apart here: the call is for the rest (ą, Č, ...).
      else if (slash < 0 && !capital && (c < 128 ? c >= 65 && c <= 90 : isCapital(c))) capital = true;
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
      } else stems.addSlice(at, wordEnd, flagStart, flagEnd, capital);
    }
    at = end + 1;
  }
  stems.seal();
  return stems;
}

/** FNV-1a over UTF-16 code units. */
export const OFFSET = 0x811c9dc5;

export function extend(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
