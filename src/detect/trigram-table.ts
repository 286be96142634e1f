/**
 * Trigrams as numbers, in open-addressing tables of typed arrays: detection looks up every trigram of every
 * draft, and a Map of boxed numbers (or a string per trigram) made that the ranker's main cost. A trigram is
 * two int32s (its first UTF-16 unit; the other two), and each table keeps a slot's fields side by side, so a
 * lookup reads one cache line: between two drafts the rest of the analysis has pushed the tables out of cache.
 */

/** A 32-bit hash of three UTF-16 units; tables take its top bits (the well-mixed ones of a multiplication). */
export const trigramHash = (a: number, b: number, c: number): number => Math.imul(((a << 16) | b) ^ Math.imul(c, 0x9e3779b1), 0x85ebca6b);

/** Bits of the smallest power of two of at least twice `entries` (half-empty tables keep probe runs short). */
const bitsFor = (entries: number): number => Math.max(4, 32 - Math.clz32(Math.max(1, entries * 2 - 1)));

/** A fixed set of trigrams, each with a range (of a language model's entries): the models' lookup table. */
export class TrigramRows {
  private readonly shift: number;
  private readonly mask: number;
  /** Per slot: the trigram's first unit (-1 when empty), its other two, and its range `from`, `to`. */
  readonly data: Int32Array;

  constructor(entries: number) {
    const bits = bitsFor(entries);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.data = new Int32Array(4 << bits);
    for (let at = 0; at < this.data.length; at += 4) this.data[at] = -1;
  }

  set(a: number, b: number, c: number, from: number, to: number): void {
    const { data, mask } = this;
    const rest = (b << 16) | c;
    let at = (trigramHash(a, b, c) >>> this.shift) * 4;
    while (data[at] !== -1 && (data[at] !== a || data[at + 1] !== rest)) at = (at + 4) & (mask * 4 + 3);
    data.set([a, rest, from, to], at);
  }

  /** Where the trigram `a`, `rest` (hashed to `hash`) is in `data`, or -1 when the table does not have it. */
  find(a: number, rest: number, hash: number): number {
    const { data } = this;
    const wrap = this.mask * 4 + 3;
    for (let at = (hash >>> this.shift) * 4; ; at = (at + 4) & wrap) {
      const first = data[at]!;
      if (first === a && data[at + 1] === rest) return at;
      if (first === -1) return -1;
    }
  }
}

/**
 * The distinct trigrams of one text with their counts, in a table sized to the text and reused from text to
 * text: a slot belongs to the current text when its stamp is the current one, so nothing is cleared between texts.
 */
export class TrigramCounts {
  private stamp = 0;
  /** Per slot: its stamp, the trigram's first unit, its other two (`b << 16 | c`) and its count in the current text. */
  data = new Int32Array(0);
  /** Where the current text's trigrams are in `data`, in order of first sight; `distinct` of them. */
  slots = new Int32Array(0);
  distinct = 0;

  /** Sized for `total` trigrams; a longer text grows the table. */
  constructor(total: number) {
    this.grow(total);
  }

  /** Counts the trigrams of `units[0, size)` (franc's padded, cleaned text). */
  count(units: Uint16Array, size: number): void {
    const total = Math.max(0, size - 2);
    const bits = bitsFor(total);
    if (4 << bits > this.data.length) this.grow(total);
    if (++this.stamp === 0x7fffffff) {
      for (let at = 0; at < this.data.length; at += 4) this.data[at] = 0;
      this.stamp = 1;
    }
    const { stamp, data, slots } = this;
    const shift = 32 - bits;
    const wrap = (4 << bits) - 1;
    let distinct = 0;
    let a = units[0]!;
    let b = units[1]!;
    for (let i = 2; i < size; i++) {
      const c = units[i]!;
      const rest = (b << 16) | c;
      let at = (trigramHash(a, b, c) >>> shift) * 4;
      while (data[at] === stamp && (data[at + 1] !== a || data[at + 2] !== rest)) at = (at + 4) & wrap;
      if (data[at] === stamp) data[at + 3]!++;
      else (data[at] = stamp), (data[at + 1] = a), (data[at + 2] = rest), (data[at + 3] = 1), (slots[distinct++] = at);
      a = b;
      b = c;
    }
    this.distinct = distinct;
  }

  private grow(total: number): void {
    const size = 1 << bitsFor(total);
    this.data = new Int32Array(4 * size);
    this.slots = new Int32Array(size);
    this.stamp = 0;
  }
}
