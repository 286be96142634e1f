/**
 * An affix rule's condition ("[^aeiou]y", ".", "[^c]e"): what the stem must
 * end with (a suffix's) or start with (a prefix's), one character or class per
 * position. The stem is the word's head and the rule's strip (a suffix), or
 * the strip and the word's tail (a prefix): the positions that fall on the
 * strip are the same for every word, so they are decided once, when the rule
 * is read, and what is left reads only the word's characters next to the cut.
 *
 * What is left is kept as numbers in one Int32Array and tested by one
 * function: every dictionary's conditions then have the same shape, so the
 * checker's compiled code, made while checking one language, still fits the
 * next one's.
 */

/** One position while a condition is read: any character, or a class of them (maybe negated). */
interface Position {
  any: boolean;
  negated: boolean;
  codes: number[];
}

export interface Condition {
  /** Characters of the word the test reads: 0 when it always holds, -1 when it never does. */
  need: number;
  /** Where the first of them is, from the cut: `-need` for a suffix (before it), 0 for a prefix. */
  shift: number;
  /** Per position: a header `(count << 2) | kind`, then `count` character codes. */
  open: Int32Array;
}

const ANY = 0;
const IN = 1;
const NOT_IN = 2;

const ALWAYS: Condition = { need: 0, shift: 0, open: new Int32Array(0) };
const NEVER: Condition = { need: -1, shift: 0, open: new Int32Array(0) };

/** `spec` for a suffix (`atEnd`) or a prefix rule that strips `strip`. */
export function readCondition(spec: string, atEnd: boolean, strip: string): Condition {
  if (spec === '.') return ALWAYS;
  const positions = parsePositions(spec);
  const n = positions.length;
  const s = strip.length;
  // Positions on the word: the first `d` of a suffix's condition (before the strip), the last `d` of a prefix's (after it).
  const d = n - s;
  for (let k = 0; k < n; k++) {
    const onStrip = atEnd ? k >= d : k < s;
    if (onStrip && !allows(positions[k]!, strip.charCodeAt(atEnd ? k - d : k))) return NEVER;
  }
  if (d <= 0) return ALWAYS;
  return { need: d, shift: atEnd ? -d : 0, open: encode(atEnd ? positions.slice(0, d) : positions.slice(s)) };
}

/**
 * A one-character condition every one of the conditions implies: the union
 * of what each allows next to the cut. A group of rules whose edge the word
 * does not fit has no rule that fits, so its stem is not looked up; one test
 * stands for all of the group's.
 */
export function edgeOf(conditions: readonly Condition[]): Condition {
  let edge: Position | undefined;
  let shift = 0;
  for (const c of conditions) {
    if (c.need === 0) return ALWAYS;
    if (c.need < 0) continue;
    // A suffix's last position (just before the cut), a prefix's first (just after it).
    const p = decode(c.open)[c.shift < 0 ? c.need - 1 : 0]!;
    shift = c.shift < 0 ? -1 : 0;
    edge = edge ? union(edge, p) : p;
  }
  return edge ? { need: 1, shift, open: encode([edge]) } : NEVER;
}

/** Whether the stem around `cut` in `w` (head + strip, or strip + tail) fits the condition. */
export function fits(c: Condition, w: string, cut: number): boolean {
  const need = c.need;
  if (need === 0) return true;
  const from = cut + c.shift;
  // A suffix's stem must be long enough before the cut, a prefix's after it (and `need` -1 never fits).
  if (need < 0 || from < 0 || from + need > w.length) return false;
  const open = c.open;
  for (let k = 0, o = 0; k < need; k++) {
    const head = open[o]!;
    const count = head >> 2;
    const kind = head & 3;
    if (kind !== ANY) {
      const code = w.charCodeAt(from + k);
      let found = false;
      for (let j = o + 1; j <= o + count; j++) {
        if (open[j] === code) {
          found = true;
          break;
        }
      }
      if (found !== (kind === IN)) return false;
    }
    o += count + 1;
  }
  return true;
}

/** The groups of rules at one place of the affix trie, by the character next to the cut (see `indexByEdge`). */
export interface EdgeIndex<T> {
  /** For each character some group's edge names: the groups whose edge allows it, in their order. */
  byCode: Map<number, T[]>;
  /** For every other character: the groups whose edge allows any character or all but some. */
  other: T[];
}

/**
 * The groups a word can meet at a place of the trie, looked up by the
 * character next to the cut: one lookup stands for testing every group's
 * edge (`edgeOf`), and only the groups whose edge the word fits are visited.
 */
export function indexByEdge<T extends { edge: Condition }>(groups: readonly T[]): EdgeIndex<T> {
  // An edge needs one character (need 1: one position, a header and its codes), none (0: always fits), or cannot fit (-1).
  const kindOf = (g: T) => (g.edge.need === 1 ? g.edge.open[0]! & 3 : g.edge.need === 0 ? ANY : -1);
  const codesOf = (g: T) => g.edge.open.subarray(1, 1 + (g.edge.open[0]! >> 2));
  const named = new Set<number>();
  for (const g of groups) if (g.edge.need === 1) for (const c of codesOf(g)) named.add(c);
  const byCode = new Map<number, T[]>();
  for (const c of named) byCode.set(c, []);
  const other: T[] = [];
  for (const g of groups) {
    const kind = kindOf(g);
    // Each character once, though a class may name it twice.
    if (kind === IN) for (const c of new Set(codesOf(g))) byCode.get(c)!.push(g);
    else if (kind === ANY || kind === NOT_IN) {
      const not = kind === NOT_IN ? codesOf(g) : undefined;
      for (const [c, list] of byCode) if (!not?.includes(c)) list.push(g);
      other.push(g);
    }
  }
  return { byCode, other };
}

function allows(p: Position, code: number): boolean {
  return p.any || p.codes.includes(code) !== p.negated;
}

/** The characters either position allows. */
function union(a: Position, b: Position): Position {
  if (a.any || b.any) return { any: true, negated: false, codes: [] };
  if (a.negated && b.negated) return { any: false, negated: true, codes: a.codes.filter((c) => b.codes.includes(c)) };
  if (a.negated) return { any: false, negated: true, codes: a.codes.filter((c) => !b.codes.includes(c)) };
  if (b.negated) return { any: false, negated: true, codes: b.codes.filter((c) => !a.codes.includes(c)) };
  return { any: false, negated: false, codes: [...new Set([...a.codes, ...b.codes])] };
}

function encode(positions: readonly Position[]): Int32Array {
  const out: number[] = [];
  for (const p of positions) out.push((p.any ? 0 : p.codes.length << 2) | (p.any ? ANY : p.negated ? NOT_IN : IN), ...(p.any ? [] : p.codes));
  return Int32Array.from(out);
}

function decode(open: Int32Array): Position[] {
  const out: Position[] = [];
  for (let o = 0; o < open.length; o += (open[o]! >> 2) + 1) {
    const kind = open[o]! & 3;
    out.push({ any: kind === ANY, negated: kind === NOT_IN, codes: Array.from(open.subarray(o + 1, o + 1 + (open[o]! >> 2))) });
  }
  return out;
}

function parsePositions(spec: string): Position[] {
  const positions: Position[] = [];
  // Character codes, not one-character strings: reading w[i] allocates for letters past Latin-1 (č, ł, ő).
  const codes = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i]!;
    if (c === '[') {
      const close = spec.indexOf(']', i);
      const body = spec.slice(i + 1, close < 0 ? spec.length : close);
      const negated = body.startsWith('^');
      positions.push({ any: false, negated, codes: codes(negated ? body.slice(1) : body) });
      i = close < 0 ? spec.length : close;
    } else positions.push({ any: c === '.', negated: false, codes: c === '.' ? [] : codes(c) });
  }
  return positions;
}
