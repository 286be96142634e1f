/**
 * Trigrams as numbers, in open-addressing tables of typed arrays: detection looks up every trigram of every
 * draft, and a Map of boxed numbers (or a string per trigram) made that the ranker's main cost.
 */

/** Three UTF-16 code units as one exact number (below 2^48), so no string is made per trigram. */
export const trigramKey = (a: number, b: number, c: number): number => (a * 65536 + b) * 65536 + c;

/** A 32-bit hash of the same three units; tables take its top bits (the well-mixed ones of a multiplication). */
export const trigramHash = (a: number, b: number, c: number): number => Math.imul(((a << 16) | b) ^ Math.imul(c, 0x9e3779b1), 0x85ebca6b);

/** The smallest power of two of at least twice `entries` (half-empty tables keep probe runs short), in bits. */
const bitsFor = (entries: number): number => Math.max(4, 32 - Math.clz32(Math.max(1, entries * 2 - 1)));

/** A fixed set of trigrams, each with a row number: a language model's lookup table. */
export class TrigramRows {
  private readonly shift: number;
  private readonly mask: number;
  private readonly keys: Float64Array;
  private readonly rows: Int32Array;

  constructor(entries: number) {
    const bits = bitsFor(entries);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new Float64Array(1 << bits).fill(-1);
    this.rows = new Int32Array(1 << bits);
  }

  set(key: number, hash: number, row: number): void {
    let slot = hash >>> this.shift;
    while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.rows[slot] = row;
  }

  /** The trigram's row, or -1 when the table does not have it. */
  get(key: number, hash: number): number {
    const { keys, mask } = this;
    for (let slot = hash >>> this.shift; ; slot = (slot + 1) & mask) {
      const at = keys[slot]!;
      if (at === key) return this.rows[slot]!;
      if (at === -1) return -1;
    }
  }
}

/**
 * The distinct trigrams of one text with their counts, reused from text to text: a slot belongs to the current
 * text when its stamp is the current one, so nothing is cleared between texts.
 */
export class TrigramCounts {
  private bits = 0;
  private stamp = 0;
  private stamps = new Int32Array(0);
  /** Per slot: the trigram's key, its hash and its count in the current text. */
  keys = new Float64Array(0);
  hashes = new Int32Array(0);
  counts = new Int32Array(0);
  /** The current text's slots, in order of first sight; `distinct` of them. */
  slots = new Int32Array(0);
  distinct = 0;

  /** Sized for `total` trigrams; a longer text grows the table. */
  constructor(total: number) {
    this.grow(total);
  }

  /** Counts the trigrams of `units[0, size)` (franc's padded, cleaned text). */
  count(units: Uint16Array, size: number): void {
    const total = Math.max(0, size - 2);
    if (total * 2 > 1 << this.bits) this.grow(total);
    if (++this.stamp === 0x7fffffff) (this.stamps.fill(0), (this.stamp = 1));
    const { stamp, stamps, keys, hashes, counts, slots } = this;
    const shift = 32 - this.bits;
    const mask = (1 << this.bits) - 1;
    let distinct = 0;
    let a = units[0]!;
    let b = units[1]!;
    for (let i = 2; i < size; i++) {
      const c = units[i]!;
      const key = trigramKey(a, b, c);
      const hash = trigramHash(a, b, c);
      let slot = hash >>> shift;
      while (stamps[slot] === stamp && keys[slot] !== key) slot = (slot + 1) & mask;
      if (stamps[slot] === stamp) counts[slot]!++;
      else (stamps[slot] = stamp), (keys[slot] = key), (hashes[slot] = hash), (counts[slot] = 1), (slots[distinct++] = slot);
      a = b;
      b = c;
    }
    this.distinct = distinct;
  }

  private grow(total: number): void {
    this.bits = bitsFor(total);
    const size = 1 << this.bits;
    this.stamps = new Int32Array(size);
    this.stamp = 0;
    this.keys = new Float64Array(size);
    this.hashes = new Int32Array(size);
    this.counts = new Int32Array(size);
    this.slots = new Int32Array(size);
  }
}
