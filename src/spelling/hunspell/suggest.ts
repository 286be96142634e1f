import { capType, initCap, type HunspellDictionary } from './checker.js';

/**
 * Corrections in Hunspell's order of likelihood: the dictionary's own REP
 * table (common misspellings), MAP (a letter for its accented kin), swapped
 * neighbours, a keyboard neighbour, an extra letter, a missing letter, a moved
 * letter, a wrong letter (TRY characters), a doubled pair, and two words run
 * together. Every candidate is checked by the dictionary; none is a form the
 * dictionary marks NOSUGGEST.
 */
export function suggestions(dict: HunspellDictionary, word: string, max: number): string[] {
  const type = capType(word);
  // Candidates are made from the lower-case word when case is only the sentence's (Capitalised) or shouting.
  const w = type === 'init' || type === 'all' ? word.toLowerCase() : word;
  const out: string[] = [];
  const seen = new Set<string>([w]);
  // A few more than asked for, so that the ranking below has some to choose from.
  const full = () => out.length >= max * 3;
  const offer = (candidate: string): boolean => {
    if (seen.has(candidate)) return full();
    seen.add(candidate);
    if (accepts(dict, candidate)) out.push(restoreCase(candidate, type));
    return full();
  };
  const chars = Array.from(w);
  const tryChars = tryAlphabet(dict.aff.tryChars, w);
  const generators: (() => Iterable<string>)[] = [
    () => (type === 'none' ? [initCap(w), w.toUpperCase()] : []),
    () => replacements(dict, w),
    () => mapped(dict.aff.map, w),
    () => swaps(chars),
    () => keyNeighbours(dict.aff.keyRows, chars),
    () => deletions(chars),
    () => insertions(chars, tryChars),
    () => moves(chars),
    () => substitutions(chars, tryChars),
    () => doubledPairs(chars),
  ];
  generate: for (const make of generators) {
    for (const candidate of make()) if (offer(candidate)) break generate;
  }
  if (!full()) {
    for (const pair of twoWords(dict, w)) {
      if (seen.has(pair)) continue;
      seen.add(pair);
      out.push(restoreCase(pair, type));
      if (full()) break;
    }
  }
  return rank(out, word).slice(0, max);
}

/**
 * Hunspell's order, except that a candidate keeping the word's first letter
 * comes first: typists rarely get the first letter wrong ("adress" is
 * "address" before "dress"). The sort is stable.
 */
function rank(candidates: string[], word: string): string[] {
  const first = word.charAt(0).toLowerCase();
  const changed = (c: string) => (c.charAt(0).toLowerCase() === first ? 0 : 1);
  return candidates.map((c, i) => ({ c, i, k: changed(c) })).sort((a, b) => a.k - b.k || a.i - b.i).map((x) => x.c);
}

function accepts(dict: HunspellDictionary, candidate: string): boolean {
  if (candidate.includes(' ')) return candidate.split(' ').every((part) => part !== '' && dict.suggestable(part));
  return dict.suggestable(candidate);
}

function restoreCase(candidate: string, type: ReturnType<typeof capType>): string {
  if (type === 'init') return initCap(candidate);
  if (type === 'all') return candidate.toUpperCase();
  return candidate;
}

/** The TRY characters that are letters (one Czech file lists keyboard rows with punctuation there), plus the word's own. */
function tryAlphabet(tryChars: string, word: string): string[] {
  const letters = new Set<string>();
  for (const c of tryChars) if (/\p{L}/u.test(c) && c === c.toLowerCase()) letters.add(c);
  for (const c of word.toLowerCase()) if (/\p{L}/u.test(c)) letters.add(c);
  return [...letters];
}

function* replacements(dict: HunspellDictionary, w: string): Iterable<string> {
  for (const r of dict.aff.rep) {
    if (r.from === '') continue;
    for (let at = w.indexOf(r.from); at >= 0; at = w.indexOf(r.from, at + 1)) {
      if (r.atStart && at !== 0) break;
      if (r.atEnd && at + r.from.length !== w.length) continue;
      yield w.slice(0, at) + r.to + w.slice(at + r.from.length);
    }
  }
}

/** Each character (or string) of a MAP group swapped for its kin, one place at a time, then two places. */
function* mapped(groups: readonly string[][], w: string): Iterable<string> {
  const once = (text: string): string[] => {
    const out: string[] = [];
    for (const group of groups) {
      for (const from of group) {
        for (let at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + 1)) {
          for (const to of group) if (to !== from) out.push(text.slice(0, at) + to + text.slice(at + from.length));
        }
      }
    }
    return out;
  };
  const first = once(w);
  yield* first;
  // Chat drops every diacritic of a word ("zalozenie" for "założenie"): two places cover most words.
  if (w.length <= 20) for (const one of first) yield* once(one);
}

function* swaps(chars: readonly string[]): Iterable<string> {
  for (let i = 0; i + 1 < chars.length; i++) {
    const c = [...chars];
    [c[i], c[i + 1]] = [c[i + 1]!, c[i]!];
    yield c.join('');
  }
  // Two letters apart swapped ("recieve" is adjacent; "ahve" too; "tset" is not).
  for (let i = 0; i + 2 < chars.length; i++) {
    const c = [...chars];
    [c[i], c[i + 2]] = [c[i + 2]!, c[i]!];
    yield c.join('');
  }
}

function* keyNeighbours(rows: readonly string[], chars: readonly string[]): Iterable<string> {
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    for (const row of rows) {
      for (let at = row.indexOf(ch); at >= 0; at = row.indexOf(ch, at + 1)) {
        for (const n of [row[at - 1], row[at + 1]]) if (n) yield [...chars.slice(0, i), n, ...chars.slice(i + 1)].join('');
      }
    }
  }
}

function* deletions(chars: readonly string[]): Iterable<string> {
  for (let i = 0; i < chars.length; i++) yield [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
}

function* insertions(chars: readonly string[], alphabet: readonly string[]): Iterable<string> {
  for (const a of alphabet) for (let i = 0; i <= chars.length; i++) yield [...chars.slice(0, i), a, ...chars.slice(i)].join('');
}

function* moves(chars: readonly string[]): Iterable<string> {
  for (let i = 0; i < chars.length; i++) {
    for (let d = 2; d <= 4; d++) {
      for (const to of [i + d, i - d]) {
        if (to < 0 || to >= chars.length) continue;
        const c = [...chars];
        const [moved] = c.splice(i, 1);
        c.splice(to, 0, moved!);
        yield c.join('');
      }
    }
  }
}

function* substitutions(chars: readonly string[], alphabet: readonly string[]): Iterable<string> {
  for (const a of alphabet) {
    for (let i = 0; i < chars.length; i++) if (chars[i] !== a) yield [...chars.slice(0, i), a, ...chars.slice(i + 1)].join('');
  }
}

/** "vacacation" → "vacation": a pair of letters typed twice. */
function* doubledPairs(chars: readonly string[]): Iterable<string> {
  for (let i = 0; i + 3 < chars.length; i++) {
    if (chars[i] === chars[i + 2] && chars[i + 1] === chars[i + 3]) yield [...chars.slice(0, i + 2), ...chars.slice(i + 4)].join('');
  }
}

/** "alot" → "a lot": both halves words of their own (single letters only where the dictionary has them). */
function* twoWords(dict: HunspellDictionary, w: string): Iterable<string> {
  for (let i = 1; i < w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (dict.suggestable(a) && dict.suggestable(b)) yield `${a} ${b}`;
  }
}
