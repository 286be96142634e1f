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
  /** Trigram (as `key` gives it) → its row: the languages whose model has it, at `from[row]` up to `from[row + 1]`. */
  rows: Map<number, number>;
  from: Int32Array;
  /** Per entry: which language (an index into `codes`) and the trigram's rank in its model. */
  language: Uint8Array;
  rank: Int16Array;
  /** Scratch: the current text's count of each row's trigram (zeroed again after each text). */
  counts: Int32Array;
}

function buildTable(languages: Record<string, string>, candidates: ReadonlySet<string>): ScriptTable {
  const codes = Object.keys(languages).filter((code) => candidates.has(code));
  const byTrigram = new Map<number, [number, number][]>();
  codes.forEach((code, j) => {
    const seen = new Set<number>();
    languages[code]!.split('|').forEach((trigram, rank) => {
      // A model entry of another length never equals a slice of three (as in franc); one listed twice counts at its first place.
      if (trigram.length !== 3 || seen.has(key(trigram, 0))) return;
      seen.add(key(trigram, 0));
      let entries = byTrigram.get(key(trigram, 0));
      if (!entries) byTrigram.set(key(trigram, 0), (entries = []));
      entries.push([j, rank]);
    });
  });
  // Most trigrams are in two or three of the models: a sparse row per trigram, not a rank for every language.
  const rows = new Map<number, number>();
  const from = new Int32Array(byTrigram.size + 1);
  const size = [...byTrigram.values()].reduce((n, entries) => n + entries.length, 0);
  const language = new Uint8Array(size);
  const rank = new Int16Array(size);
  let at = 0;
  for (const [trigram, entries] of byTrigram) {
    rows.set(trigram, rows.size);
    for (const [j, r] of entries) (language[at] = j), (rank[at] = r), at++;
    from[rows.size] = at;
  }
  return { codes, rows, from, language, rank, counts: new Int32Array(rows.size) };
}

/**
 * The three UTF-16 code units of `text` from `at` as one number, so no string is made per trigram: a small
 * integer when all three are below U+0400 (Latin, Greek), the fast kind of Map key; a negative one otherwise.
 */
function key(text: string, at: number): number {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : -((a * 65536 + b) * 65536 + c) - 1;
}

/** franc's cleaning: ASCII punctuation, symbols and digits become spaces; white space collapsed; lower case; padded. */
const cleaned = (value: string): string => ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;

/** The ASCII characters an expression matches. */
function asciiOnly(expression: RegExp): string {
  const once = new RegExp(expression.source, expression.flags.replace('g', ''));
  let matched = '';
  for (let c = 0; c < 128; c++) if (once.test(String.fromCharCode(c))) matched += String.fromCharCode(c);
  return matched;
}

/**
 * A franc-compatible `rank` over `candidates` only (ISO 639-3 codes); asking
 * about a language outside them is an error, since franc would answer for it.
 */
export function makeRanker(data: TrigramData, expressions: Record<string, RegExp>, candidates: readonly string[]): Rank {
  const wanted = new Set(candidates);
  /**
   * Per list of languages asked about, its own tables: ranking only ours looks up five languages per
   * trigram, not thirty. The distances of the last text are kept, and serve a later question on the
   * same text whose languages they cover.
   */
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
  let last: { value: string; script: string; table: ScriptTable; distances: Int32Array } | undefined;

  // franc's expressions match single characters; only one (Latin) matches any ASCII ones, and those are its letters.
  const asciiScript = Object.keys(expressions).find((script) => /^[A-Za-z]+$/.test(asciiOnly(expressions[script]!)));
  const oneAsciiScript = asciiScript !== undefined && Object.keys(expressions).every((script) => script === asciiScript || asciiOnly(expressions[script]!) === '');

  /** The script whose characters the value has most of (the first in franc's order on a tie), and its share. */
  function topScript(value: string): [string, number] {
    // ASCII is counted once, for its one script; the expressions run over the rest only (ASCII runs become a NUL,
    // which no expression matches, so no surrogate pair is made up).
    const asciiLetters = oneAsciiScript ? value.length - value.replace(/[A-Za-z]+/g, '').length : 0;
    const rest = oneAsciiScript ? value.replace(/[\x00-\x7f]+/g, '\0') : value;
    let top: [string, number] = ['', -1];
    for (const [script, expression] of Object.entries(expressions)) {
      const count = (rest === '\0' ? 0 : (rest.match(expression)?.length ?? 0)) + (script === asciiScript ? asciiLetters : 0);
      const share = count / value.length || 0;
      if (share > top[1]) top = [script, share];
    }
    return top;
  }

  const unknown = new Set<number>();
  /** Distances to the languages of `table` (the last text's, when they cover them). */
  function distancesOf(value: string, script: string, table: ScriptTable): { table: ScriptTable; distances: Int32Array } {
    if (last && last.value === value && last.script === script && (last.table === table || table.codes.every((c) => last!.table.codes.includes(c)))) return last;
    const { codes, rows, from, language, rank, counts } = table;
    const text = cleaned(value);
    // Count the trigrams by row; those no model has only add to the number of distinct trigrams.
    const touched: number[] = [];
    unknown.clear();
    for (let i = 0; i + 3 <= text.length; i++) {
      const trigram = key(text, i);
      const row = rows.get(trigram);
      if (row === undefined) unknown.add(trigram);
      else if (counts[row]!++ === 0) touched.push(row);
    }
    // Every distinct trigram adds MISSING to every language, less what the languages whose model has it save.
    const distances = new Int32Array(codes.length).fill((touched.length + unknown.size) * MISSING);
    for (const row of touched) {
      const count = counts[row]!;
      counts[row] = 0;
      for (let at = from[row]!, end = from[row + 1]!; at < end; at++) distances[language[at]!]! += Math.abs(count - rank[at]! - 1) - MISSING;
    }
    last = { value, script, table, distances };
    return last;
  }

  return (text, { only, minLength }) => {
    if (!text || text.length < minLength) return und();
    const view = viewOf(only);
    const value = text.slice(0, MAX_LENGTH);
    const [script, share] = topScript(value);
    // A script with one language (Han, Hangul, Thai …) names it outright.
    if (!(script in data)) return share > 0 && view.allowed.has(script) ? [[script, 1]] : und();
    const { table, distances } = distancesOf(value, script, tableOf(view, script));
    const ranked: Ranked[] = [];
    table.codes.forEach((code, j) => {
      if (view.allowed.has(code)) ranked.push([code, distances[j]!]);
    });
    if (ranked.length === 0) return und();
    ranked.sort((a, b) => a[1] - b[1]);
    const min = ranked[0]![1];
    const max = value.length * MISSING - min;
    for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
    return ranked;
  };
}
