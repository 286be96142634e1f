import { edgeOf, indexByEdge, readCondition, type Condition, type EdgeIndex } from './condition.js';
import { Flags, has, type FlagFormat } from './flags.js';

/**
 * A Hunspell affix file (.aff), read into what checking and suggesting need.
 * Affix rules are indexed by the text they add, so a word is checked by
 * stripping the affixes it ends (or starts) with, not by expanding every form
 * of every stem at load.
 */

/** One SFX or PFX line: `SFX A y ies [^aeiou]y` turns "fly" into "flies". */
export interface Affix {
  /** The rule's flag (the stem must carry it, unless an outer affix's continuation grants it). */
  flag: string;
  /** Whether it combines with an affix of the other kind (the header's Y/N). */
  cross: boolean;
  /** Removed from the stem before `add` is added ("y"). */
  strip: string;
  add: string;
  /** Continuation flags: affixes allowed on top of this one, and CIRCUMFIX / NEEDAFFIX / FORBIDDENWORD markers. */
  cont: string;
  /**
   * What the stem must end with (suffix) or start with (prefix), tested by `fits` on the stem read without
   * being built: `w.slice(0, cut) + strip` for a suffix, `strip + w.slice(cut)` for a prefix.
   */
  condition: Condition;
}

/** Affixes that add the same text and strip the same text: one dictionary lookup serves them all. */
export interface AffixGroup {
  strip: string;
  affixes: Affix[];
  /** What all their conditions need next to the cut (`edgeOf`): a word that does not fit it fits none of them. */
  edge: Condition;
  /**
   * Where in `affixes` are the ones that may be the outer suffix of a twofold one (their flag is in some
   * continuation class): when the stem is no word, the search goes on from these alone. Numbers in a typed array,
   * so that groups have one shape whether a dictionary has twofold suffixes or not.
   */
  outer: Int32Array;
}

export interface AffixIndex {
  /** By the text the affix adds ('' for rules that only strip). */
  byAdd: Map<string, AffixGroup[]>;
  longestAdd: number;
  /**
   * The same groups in a trie of the added text read from the word's edge
   * inwards (a suffix's last character first, a prefix's first): a word walks
   * it character by character and meets only the rules whose text it ends
   * (starts) with, no slice of it is built, and the walk stops where no rule
   * goes on.
   */
  tree: AffixNode;
  /** Sub-indexes of the rules whose continuation class holds a flag (`continuing`), made at load. */
  continuing: Map<string, AffixIndex>;
}

export interface AffixNode {
  /** The groups whose added text is the path to this node. */
  groups: AffixGroup[] | undefined;
  /** The same groups by the character next to the cut (the word's character before a suffix, after a prefix). */
  edges: EdgeIndex<AffixGroup> | undefined;
  /** By the next character's code, one step further from the edge. */
  next: Map<number, AffixNode> | undefined;
}

export interface Rep {
  from: string;
  to: string;
  /** ^ and $ in the table: the pattern must start / end the word. */
  atStart: boolean;
  atEnd: boolean;
}

export interface AffixData {
  flags: Flags;
  prefixes: AffixIndex;
  suffixes: AffixIndex;
  /** The suffixes that carry CIRCUMFIX: the only ones a circumfix prefix combines with. */
  circumfixSuffixes: AffixIndex;
  /** Flags that appear in some affix's continuation class (only those can be the outer suffix of a twofold one). */
  continued: Set<string>;
  forbidden: string;
  noSuggest: string;
  needAffix: string;
  keepCase: string;
  onlyInCompound: string;
  circumfix: string;
  /** Characters to try in one-edit suggestions, most frequent first. */
  tryChars: string;
  /** Keyboard rows (KEY, else Hunspell's QWERTY default): neighbours are likely slips. */
  keyRows: readonly string[];
  rep: readonly Rep[];
  /** MAP groups: characters (or strings) that stand for one another, as letters with and without diacritics. */
  map: readonly string[][];
  iconv: readonly [string, string][];
  oconv: readonly [string, string][];
  /** Characters removed from words and affixes before anything else. */
  ignore: string;
  /** Whether an affix may strip a whole stem (FULLSTRIP). */
  fullStrip: boolean;
  /** Where a word that fails as a whole is broken and checked in parts (BREAK; default "-"). */
  breaks: readonly string[];
}

const DEFAULT_KEY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/**
 * Reads the text of an .aff file. Settings are gathered first and the result
 * is built once, never written after: the checker's hot code is compiled
 * against the shape of these objects, and a field first written after its
 * object was made (a CIRCUMFIX only the Czech file has) would throw that code
 * away in the middle of checking.
 */
export function parseAff(text: string): AffixData {
  let format: FlagFormat = 'char';
  let tryChars = '';
  let keyRows = DEFAULT_KEY;
  let ignore = '';
  let fullStrip = false;
  let breaks: string[] | undefined;
  const rep: Rep[] = [];
  const map: string[][] = [];
  const iconv: [string, string][] = [];
  const oconv: [string, string][] = [];
  const lines = text.split(/\r?\n/);
  // Flag values (FORBIDDENWORD q) are read once FLAG is known, which may come later in the file.
  const flagLines: [string, string][] = [];
  const affixLines: string[][] = [];
  /** Tables whose header line carries a count (REP 15) and whose rows repeat the keyword. */
  const counted = new Set(['REP', 'MAP', 'ICONV', 'OCONV', 'AF', 'BREAK']);
  const seenHeader = new Set<string>();
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split(/\s+/);
    const key = f[0]!;
    if (counted.has(key) && !seenHeader.has(key) && /^\d+$/.test(f[1] ?? '')) {
      seenHeader.add(key);
      continue;
    }
    switch (key) {
      case 'FLAG':
        format = f[1] as FlagFormat;
        break;
      case 'AF':
      case 'FORBIDDENWORD':
      case 'NOSUGGEST':
      case 'NEEDAFFIX':
      case 'PSEUDOROOT':
      case 'KEEPCASE':
      case 'ONLYINCOMPOUND':
      case 'CIRCUMFIX':
        flagLines.push([key, f[1] ?? '']);
        break;
      case 'PFX':
      case 'SFX':
        affixLines.push(f);
        break;
      case 'TRY':
        tryChars = f[1] ?? '';
        break;
      case 'KEY':
        keyRows = (f[1] ?? '').split('|').filter(Boolean);
        break;
      case 'REP':
        if (f[1] !== undefined && f[2] !== undefined) rep.push(readRep(f[1], f[2]));
        break;
      case 'MAP':
        if (f[1]) map.push(mapGroup(f[1]));
        break;
      case 'ICONV':
      case 'OCONV':
        if (f[1] !== undefined && f[2] !== undefined) (key === 'ICONV' ? iconv : oconv).push([f[1], f[2]]);
        break;
      case 'IGNORE':
        ignore = f[1] ?? '';
        break;
      case 'FULLSTRIP':
        fullStrip = true;
        break;
      case 'BREAK':
        if (f[1] !== undefined) (breaks ??= []).push(f[1]);
        break;
    }
  }
  const flags = new Flags(format);
  const marks = new Map<string, string>();
  for (const [key, value] of flagLines) {
    if (key === 'AF') flags.aliases.push(flags.parse(value));
    else marks.set(key === 'PSEUDOROOT' ? 'NEEDAFFIX' : key, flags.one(value));
  }
  const circumfix = marks.get('CIRCUMFIX') ?? '';
  const { prefixes, suffixes, continued } = readAffixes(affixLines, flags, ignore);
  const suffixIndex = indexOf(suffixes, true, continued);
  const circumfixSuffixes = indexOf(circumfix ? suffixes.filter((a) => a.cont.includes(circumfix)) : [], true, continued);
  // The inner indexes of twofold suffixes are made now, not while the first word that needs one waits.
  for (const flag of new Set(suffixes.map((a) => a.flag).filter((f) => continued.has(f)))) {
    continuing(suffixIndex, flag);
    continuing(circumfixSuffixes, flag);
  }
  return {
    flags,
    prefixes: indexOf(prefixes, false, continued),
    suffixes: suffixIndex,
    circumfixSuffixes,
    continued,
    forbidden: marks.get('FORBIDDENWORD') ?? '',
    noSuggest: marks.get('NOSUGGEST') ?? '',
    needAffix: marks.get('NEEDAFFIX') ?? '',
    keepCase: marks.get('KEEPCASE') ?? '',
    onlyInCompound: marks.get('ONLYINCOMPOUND') ?? '',
    circumfix,
    tryChars,
    keyRows: fixed(keyRows),
    rep: fixed(rep),
    map: fixed(map),
    iconv: fixed(iconv),
    oconv: fixed(oconv),
    ignore,
    fullStrip,
    breaks: fixed(breaks ? breaks.map((b) => b.replace(/^\^|\$$/g, '')).filter(Boolean) : ['-']),
  };
}

/** `REP f ph`, with `_` for a space and ^ / $ anchoring the pattern. */
function readRep(from: string, to: string): Rep {
  const atStart = from.startsWith('^');
  const atEnd = from.endsWith('$') && from.length > 1;
  const core = from.slice(atStart ? 1 : 0, atEnd ? -1 : undefined);
  return { from: core.replace(/_/g, ' '), to: to.replace(/_/g, ' '), atStart, atEnd };
}

/** `MAP aá(ch)` → ['a', 'á', 'ch']. */
function mapGroup(spec: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] === '(') {
      const close = spec.indexOf(')', i);
      if (close > i) {
        out.push(spec.slice(i + 1, close));
        i = close;
        continue;
      }
    }
    out.push(Array.from(spec.slice(i))[0]!);
    if (out[out.length - 1]!.length === 2) i++;
  }
  return out;
}

/** The PFX and SFX rules in the file's order, and the flags some rule's continuation class holds. */
function readAffixes(lines: string[][], flags: Flags, ignore: string): { prefixes: Affix[]; suffixes: Affix[]; continued: Set<string> } {
  const headers = new Map<string, { cross: boolean; left: number }>();
  const remove = (s: string) => (ignore ? [...s].filter((c) => !ignore.includes(c)).join('') : s);
  const prefixes: Affix[] = [];
  const suffixes: Affix[] = [];
  const continued = new Set<string>();
  for (const f of lines) {
    const kind = f[0] as 'PFX' | 'SFX';
    const id = `${kind} ${f[1]}`;
    const header = headers.get(id);
    if (!header || header.left === 0) {
      headers.set(id, { cross: f[2] === 'Y', left: Number(f[3] ?? 0) });
      continue;
    }
    header.left--;
    const [, flagRaw = '', stripRaw = '0', addRaw = '0', condRaw = '.'] = f;
    const slash = addRaw.indexOf('/');
    const add = remove(zero(slash >= 0 ? addRaw.slice(0, slash) : addRaw));
    const cont = slash >= 0 ? flags.field(addRaw.slice(slash + 1)) : '';
    for (const c of cont) continued.add(c);
    const strip = remove(zero(stripRaw));
    (kind === 'SFX' ? suffixes : prefixes).push({
      flag: flags.one(flagRaw),
      cross: header.cross,
      strip,
      add,
      cont,
      condition: readCondition(condRaw.startsWith('#') ? '.' : condRaw, kind === 'SFX', strip),
    });
  }
  return { prefixes, suffixes, continued };
}

/** Rules in groups by added text, then by strip, each in the order of its first rule. */
function indexOf(affixes: readonly Affix[], suffix: boolean, continued: ReadonlySet<string>): AffixIndex {
  const byStrip = new Map<string, Map<string, Affix[]>>();
  for (const a of affixes) {
    let strips = byStrip.get(a.add);
    if (!strips) byStrip.set(a.add, (strips = new Map()));
    const list = strips.get(a.strip);
    if (list) list.push(a);
    else strips.set(a.strip, [a]);
  }
  const byAdd = new Map<string, AffixGroup[]>();
  for (const [add, strips] of byStrip) byAdd.set(add, [...strips.values()].map((list) => group(list, continued)));
  return planted(byAdd, suffix);
}

function group(affixes: Affix[], continued: ReadonlySet<string>): AffixGroup {
  return {
    strip: affixes[0]!.strip,
    affixes,
    edge: edgeOf(affixes.map((a) => a.condition)),
    outer: Int32Array.from(affixes.keys()).filter((i) => continued.has(affixes[i]!.flag)),
  };
}

/** The index of these groups, with its trie; a node shares the group list of its text, so groups keep their order. */
function planted(byAdd: Map<string, AffixGroup[]>, suffix: boolean): AffixIndex {
  const tree: AffixNode = { groups: undefined, edges: undefined, next: undefined };
  let longestAdd = 0;
  for (const [add, groups] of byAdd) {
    let node = tree;
    for (let i = 0; i < add.length; i++) {
      const code = add.charCodeAt(suffix ? add.length - 1 - i : i);
      node.next ??= new Map();
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { groups: undefined, edges: undefined, next: undefined }));
      node = child;
    }
    node.groups = groups;
    node.edges = indexByEdge(groups);
    longestAdd = Math.max(longestAdd, add.length);
  }
  return { byAdd, longestAdd, tree, continuing: new Map() };
}

/**
 * The suffixes of `from` whose continuation class holds `flag` (the only ones
 * an outer suffix with that flag goes on top of), groups in the same order:
 * the inner search of a twofold suffix walks this small index, not every rule.
 */
export function continuing(from: AffixIndex, flag: string): AffixIndex {
  let sub = from.continuing.get(flag);
  if (sub) return sub;
  const byAdd = new Map<string, AffixGroup[]>();
  for (const [add, groups] of from.byAdd) {
    const kept = groups.map((g) => g.affixes.filter((a) => has(a.cont, flag))).filter((affixes) => affixes.length > 0);
    // An inner suffix is never itself an outer one (twofold only goes one level deep).
    if (kept.length > 0) byAdd.set(add, kept.map((affixes) => group(affixes, EMPTY)));
  }
  sub = planted(byAdd, true);
  from.continuing.set(flag, sub);
  return sub;
}

const EMPTY: ReadonlySet<string> = new Set();

const zero = (s: string) => (s === '0' ? '' : s);

/**
 * A table frozen: an empty and a full one then have the same kind of
 * elements, so a dictionary without ICONV (or with MAP) after one with it does
 * not change the shape the checker's compiled code expects.
 */
const fixed = <T>(list: T[]): readonly T[] => Object.freeze(list);
