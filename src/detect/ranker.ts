/**
 * franc's ranking (trigram distances to each language's 300 most common
 * trigrams, on the text's most used script) computed over tables built once
 * from franc's own data: one lookup per distinct trigram of the text gives its
 * rank in every candidate language at once, where franc looks each trigram up
 * in each language's dictionary. The profile of the last text (its script and
 * trigram counts, src/detect/text-profile.ts) is kept, so detection's two
 * questions on one draft (ours only, ours and the common others) scan it once.
 * Same input, same numbers as `francAll` (tests/detect-ranker.test.ts compares them).
 */

import { makeProfiler, MAX_LENGTH, type TextProfile } from './text-profile.js';
import { trigramHash, TrigramRows, type TrigramCounts } from './trigram-table.js';

/** A language code with franc's normalised score (1 for the nearest). */
export type Ranked = [string, number];
/** `francAll`'s contract for the options detection uses; franc's own function fits it. */
export type Rank = (value: string, options: { only: string[]; minLength: number }) => Ranked[];

/** franc's data: per script, per language, its trigrams most common first, joined by "|". */
export type TrigramData = Record<string, Record<string, string>>;

/** The distance a trigram adds when a language's model lacks it. */
const MISSING = 300;
/** franc's answer when it cannot tell (a fresh list: callers may change it). */
const und = (): Ranked[] => [['und', 1]];

interface ScriptTable {
  /** The candidate languages written in this script, in franc's data order (its tie order). */
  codes: string[];
  /** Trigram → the range of `entries` for the languages whose model has it. */
  rows: TrigramRows;
  /** Per entry: which language (an index into `codes`, the high 16 bits) and the trigram's rank in its model (the low 16). */
  entries: Int32Array;
  /** Scratch: the distance to each of `codes`. */
  distances: Int32Array;
}

function buildTable(languages: Record<string, string>, candidates: ReadonlySet<string>): ScriptTable {
  const codes = Object.keys(languages).filter((code) => candidates.has(code));
  const byTrigram = new Map<string, number[]>();
  codes.forEach((code, j) => {
    const seen = new Set<string>();
    languages[code]!.split('|').forEach((trigram, rank) => {
      // A model entry of another length never equals a slice of three (as in franc); one listed twice counts at its first place.
      if (trigram.length !== 3 || seen.has(trigram)) return;
      seen.add(trigram);
      let entries = byTrigram.get(trigram);
      if (!entries) byTrigram.set(trigram, (entries = []));
      entries.push((j << 16) | rank);
    });
  });
  // Most trigrams are in two or three of the models: a sparse row per trigram, not a rank for every language.
  const rows = new TrigramRows(byTrigram.size);
  const entries = new Int32Array([...byTrigram.values()].flat());
  let at = 0;
  for (const [trigram, list] of byTrigram) {
    rows.set(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2), at, (at += list.length));
  }
  return { codes, rows, entries, distances: new Int32Array(codes.length) };
}

/** The distance (franc's sum over the text's distinct trigrams) to each language of `table`. */
function distancesOf(table: ScriptTable, trigrams: TrigramCounts): Int32Array {
  const { rows, entries, distances } = table;
  const { data, slots, distinct } = trigrams;
  const found = rows.data;
  // Every distinct trigram adds MISSING to every language, less what the languages whose model has it save.
  distances.fill(distinct * MISSING);
  for (let k = 0; k < distinct; k++) {
    const slot = slots[k]!;
    const a = data[slot + 1]!;
    const rest = data[slot + 2]!;
    const row = rows.find(a, rest, trigramHash(a, rest >>> 16, rest & 0xffff));
    if (row === -1) continue;
    const count = data[slot + 3]!;
    for (let at = found[row + 2]!, end = found[row + 3]!; at < end; at++) {
      const entry = entries[at]!;
      distances[entry >>> 16]! += Math.abs(count - (entry & 0xffff) - 1) - MISSING;
    }
  }
  return distances;
}

/**
 * A franc-compatible `rank` over `candidates` only (ISO 639-3 codes); asking
 * about a language outside them is an error, since franc would answer for it.
 */
export function makeRanker(data: TrigramData, expressions: Record<string, RegExp>, candidates: readonly string[]): Rank {
  const wanted = new Set(candidates);
  /** Per list of languages asked about, its own tables: ranking only ours looks up five languages per trigram, not thirty. */
  const views = new WeakMap<string[], { allowed: Set<string>; tables: Map<string, ScriptTable> }>();
  const viewOf = (only: string[]) => {
    let view = views.get(only);
    if (!view) {
      const unknown = only.filter((code) => !wanted.has(code));
      if (unknown.length > 0) throw new Error(`not among the ranker's candidates: ${unknown.join(', ')}`);
      views.set(only, (view = { allowed: new Set(only), tables: new Map() }));
    }
    return view;
  };
  const tableOf = (view: { allowed: Set<string>; tables: Map<string, ScriptTable> }, script: string) => {
    let table = view.tables.get(script);
    if (!table) view.tables.set(script, (table = buildTable(data[script]!, view.allowed)));
    return table;
  };
  const profile = makeProfiler(expressions);
  let last: { value: string; profile: TextProfile } | undefined;

  return (text, { only, minLength }) => {
    if (!text || text.length < minLength) return und();
    const view = viewOf(only);
    const value = text.slice(0, MAX_LENGTH);
    if (last?.value !== value) last = { value, profile: profile(value) };
    const { script, share, trigrams } = last.profile;
    // A script with one language (Han, Hangul, Thai …) names it outright.
    if (!(script in data)) return share > 0 && view.allowed.has(script) ? [[script, 1]] : und();
    const table = tableOf(view, script);
    if (table.codes.length === 0) return und();
    const distances = distancesOf(table, trigrams);
    // Nearest first, ties in data order (franc's stable sort): an insertion sort of a handful of languages.
    const ranked: Ranked[] = [];
    table.codes.forEach((code, j) => {
      let at = ranked.length;
      for (; at > 0 && ranked[at - 1]![1] > distances[j]!; at--) ranked[at] = ranked[at - 1]!;
      ranked[at] = [code, distances[j]!];
    });
    const min = ranked[0]![1];
    const max = value.length * MISSING - min;
    for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
    return ranked;
  };
}
