/**
 * franc's ranking (trigram distances to each language's 300 most common
 * trigrams, on the text's most used script) computed over tables built once
 * from franc's own data: one lookup per trigram of the text gives its rank in
 * every candidate language at once, where franc looks each trigram up in each
 * language's dictionary, and the distances of the last text are kept, so
 * detection's two questions on one draft (ours only, ours and the common
 * others) cost one pass. Same input, same numbers as `francAll`
 * (tests/detect-ranker.test.ts compares them), in a sixth of the time or less on the corpus tweets.
 */

/** A language code with franc's normalised score (1 for the nearest). */
export type Ranked = [string, number];
/** `francAll`'s contract for the options detection uses; franc's own function fits it. */
export type Rank = (value: string, options: { only: string[]; minLength: number }) => Ranked[];

/** franc's data: per script, per language, its trigrams most common first, joined by "|". */
export type TrigramData = Record<string, Record<string, string>>;

/** franc looks at no more than this many characters. */
const MAX_LENGTH = 2048;
/** The distance a trigram adds when a language's model lacks it. */
const MISSING = 300;
/** franc's answer when it cannot tell (a fresh list: callers may change it). */
const und = (): Ranked[] => [['und', 1]];

interface ScriptTable {
  /** The candidate languages written in this script, in franc's data order (its tie order). */
  codes: string[];
  /** Trigram (as `key` gives it) → row of `ranks`. */
  rows: Map<number, number>;
  /** rows × codes: the trigram's rank in each language's model, -1 when the model lacks it. */
  ranks: Int16Array;
}

function buildTable(languages: Record<string, string>, candidates: ReadonlySet<string>): ScriptTable {
  const codes = Object.keys(languages).filter((code) => candidates.has(code));
  const models = codes.map((code) => languages[code]!.split('|'));
  const rows = new Map<number, number>();
  for (const model of models) for (const trigram of model) if (trigram.length === 3 && !rows.has(key(trigram, 0))) rows.set(key(trigram, 0), rows.size);
  const ranks = new Int16Array(rows.size * codes.length).fill(-1);
  models.forEach((model, j) => {
    // A trigram listed twice in a model counts at its first (most common) place.
    model.forEach((trigram, rank) => {
      // A model entry of another length never equals a slice of three (as in franc).
      if (trigram.length !== 3) return;
      const at = rows.get(key(trigram, 0))! * codes.length + j;
      if (ranks[at] === -1) ranks[at] = rank;
    });
  });
  return { codes, rows, ranks };
}

/** The three UTF-16 code units of `text` from `at` as one number: no string is made per trigram. */
const key = (text: string, at: number): number => (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);

/** franc's cleaning (ASCII punctuation, symbols and digits become spaces; white space collapsed; lower case; padded), then its trigrams counted. */
function trigramCounts(value: string): Map<number, number> {
  const padded = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = key(padded, i);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * A franc-compatible `rank` over `candidates` only (ISO 639-3 codes); asking
 * about a language outside them is an error, since franc would answer for it.
 */
export function makeRanker(data: TrigramData, expressions: Record<string, RegExp>, candidates: readonly string[]): Rank {
  const wanted = new Set(candidates);
  const tables = new Map<string, ScriptTable>();
  const tableOf = (script: string) => {
    let table = tables.get(script);
    if (!table) tables.set(script, (table = buildTable(data[script]!, wanted)));
    return table;
  };
  const onlySets = new WeakMap<string[], Set<string>>();
  let last: { value: string; script: string; distances: Int32Array } | undefined;

  /** The script whose characters the value has most of (the first in franc's order on a tie), and its share. */
  function topScript(value: string): [string, number] {
    // Only franc's Latin expression matches ASCII: plain ASCII text with a letter is Latin.
    if (/^[\x00-\x7f]*$/.test(value) && /[a-z]/i.test(value)) return ['Latin', 1];
    let top: [string, number] = ['', -1];
    for (const [script, expression] of Object.entries(expressions)) {
      const share = (value.match(expression)?.length ?? 0) / value.length || 0;
      if (share > top[1]) top = [script, share];
    }
    return top;
  }

  function distancesOf(value: string, script: string): Int32Array {
    if (last && last.value === value && last.script === script) return last.distances;
    const { codes, rows, ranks } = tableOf(script);
    const n = codes.length;
    const distances = new Int32Array(n);
    let missing = 0;
    for (const [trigram, count] of trigramCounts(value)) {
      const row = rows.get(trigram);
      if (row === undefined) {
        missing += MISSING;
        continue;
      }
      for (let j = 0, at = row * n; j < n; j++, at++) {
        const rank = ranks[at]!;
        distances[j]! += rank < 0 ? MISSING : Math.abs(count - rank - 1);
      }
    }
    for (let j = 0; j < n; j++) distances[j]! += missing;
    last = { value, script, distances };
    return distances;
  }

  return (text, { only, minLength }) => {
    if (!text || text.length < minLength) return und();
    let allowed = onlySets.get(only);
    if (!allowed) {
      const unknown = only.filter((code) => !wanted.has(code));
      if (unknown.length > 0) throw new Error(`not among the ranker's candidates: ${unknown.join(', ')}`);
      onlySets.set(only, (allowed = new Set(only)));
    }
    const value = text.slice(0, MAX_LENGTH);
    const [script, share] = topScript(value);
    // A script with one language (Han, Hangul, Thai …) names it outright.
    if (!(script in data)) return share > 0 && allowed.has(script) ? [[script, 1]] : und();
    const { codes } = tableOf(script);
    const distances = distancesOf(value, script);
    const ranked: Ranked[] = [];
    codes.forEach((code, j) => {
      if (allowed.has(code)) ranked.push([code, distances[j]!]);
    });
    if (ranked.length === 0) return und();
    ranked.sort((a, b) => a[1] - b[1]);
    const min = ranked[0]![1];
    const max = value.length * MISSING - min;
    for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
    return ranked;
  };
}
