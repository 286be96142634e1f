import { Flags, type FlagFormat } from './flags.js';

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
   * Whether the stem fits the rule's condition, at its end for a suffix, at its start for a prefix.
   * The stem is read without being built: `w.slice(0, cut) + strip` for a suffix, `strip + w.slice(cut)` for a prefix.
   */
  fits: (w: string, cut: number, strip: string) => boolean;
}

/** Affixes that add the same text and strip the same text: one dictionary lookup serves them all. */
export interface AffixGroup {
  strip: string;
  affixes: Affix[];
  /** Whether one of them may be the outer suffix of a twofold one (its flag is in some continuation class). */
  twofold: boolean;
}

export interface AffixIndex {
  /** By the text the affix adds ('' for rules that only strip). */
  byAdd: Map<string, AffixGroup[]>;
  longestAdd: number;
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
  keyRows: string[];
  rep: Rep[];
  /** MAP groups: characters (or strings) that stand for one another, as letters with and without diacritics. */
  map: string[][];
  iconv: [string, string][];
  oconv: [string, string][];
  /** Characters removed from words and affixes before anything else. */
  ignore: string;
  /** Whether an affix may strip a whole stem (FULLSTRIP). */
  fullStrip: boolean;
  /** Where a word that fails as a whole is broken and checked in parts (BREAK; default "-"). */
  breaks: string[];
}

const DEFAULT_KEY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Reads the text of an .aff file. */
export function parseAff(text: string): AffixData {
  const data: AffixData = {
    flags: new Flags(),
    prefixes: { byAdd: new Map(), longestAdd: 0 },
    suffixes: { byAdd: new Map(), longestAdd: 0 },
    circumfixSuffixes: { byAdd: new Map(), longestAdd: 0 },
    continued: new Set(),
    forbidden: '',
    noSuggest: '',
    needAffix: '',
    keepCase: '',
    onlyInCompound: '',
    circumfix: '',
    tryChars: '',
    keyRows: DEFAULT_KEY,
    rep: [],
    map: [],
    iconv: [],
    oconv: [],
    ignore: '',
    fullStrip: false,
    breaks: ['-'],
  };
  const lines = text.split(/\r?\n/);
  // Flag values (FORBIDDENWORD q) are read once FLAG is known, which may come later in the file.
  const flagLines: [string, string][] = [];
  const affixLines: string[][] = [];
  /** Tables whose header line carries a count (REP 15) and whose rows repeat the keyword. */
  const counted = new Set(['REP', 'MAP', 'ICONV', 'OCONV', 'AF', 'BREAK']);
  const seenHeader = new Set<string>();
  let breaks: string[] | undefined;
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
        data.flags.format = f[1] as FlagFormat;
        break;
      case 'AF':
        flagLines.push(['AF', f[1] ?? '']);
        break;
      case 'PFX':
      case 'SFX':
        affixLines.push(f);
        break;
      case 'FORBIDDENWORD':
      case 'NOSUGGEST':
      case 'NEEDAFFIX':
      case 'PSEUDOROOT':
      case 'KEEPCASE':
      case 'ONLYINCOMPOUND':
      case 'CIRCUMFIX':
        flagLines.push([key, f[1] ?? '']);
        break;
      case 'TRY':
        data.tryChars = f[1] ?? '';
        break;
      case 'KEY':
        data.keyRows = (f[1] ?? '').split('|').filter(Boolean);
        break;
      case 'REP':
        if (f[1] !== undefined && f[2] !== undefined) data.rep.push(rep(f[1], f[2]));
        break;
      case 'MAP':
        if (f[1]) data.map.push(mapGroup(f[1]));
        break;
      case 'ICONV':
      case 'OCONV':
        if (f[1] !== undefined && f[2] !== undefined) data[key === 'ICONV' ? 'iconv' : 'oconv'].push([f[1], f[2]]);
        break;
      case 'IGNORE':
        data.ignore = f[1] ?? '';
        break;
      case 'FULLSTRIP':
        data.fullStrip = true;
        break;
      case 'BREAK':
        if (f[1] !== undefined) (breaks ??= []).push(f[1]);
        break;
    }
  }
  if (breaks) data.breaks = breaks.map((b) => b.replace(/^\^|\$$/g, '')).filter(Boolean);
  for (const [key, value] of flagLines) {
    if (key === 'AF') data.flags.aliases.push(data.flags.parse(value));
    else assignFlag(data, key, data.flags.one(value));
  }
  readAffixes(data, affixLines);
  for (const groups of [...data.suffixes.byAdd.values(), ...data.circumfixSuffixes.byAdd.values()]) for (const g of groups) g.twofold = g.affixes.some((a) => data.continued.has(a.flag));
  return data;
}

function assignFlag(data: AffixData, key: string, flag: string): void {
  if (key === 'FORBIDDENWORD') data.forbidden = flag;
  else if (key === 'NOSUGGEST') data.noSuggest = flag;
  else if (key === 'NEEDAFFIX' || key === 'PSEUDOROOT') data.needAffix = flag;
  else if (key === 'KEEPCASE') data.keepCase = flag;
  else if (key === 'ONLYINCOMPOUND') data.onlyInCompound = flag;
  else if (key === 'CIRCUMFIX') data.circumfix = flag;
}

/** `REP f ph`, with `_` for a space and ^ / $ anchoring the pattern. */
function rep(from: string, to: string): Rep {
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

function readAffixes(data: AffixData, lines: string[][]): void {
  const headers = new Map<string, { cross: boolean; left: number }>();
  const remove = (s: string) => (data.ignore ? [...s].filter((c) => !data.ignore.includes(c)).join('') : s);
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
    const cont = slash >= 0 ? data.flags.field(addRaw.slice(slash + 1)) : '';
    for (const c of cont) data.continued.add(c);
    const affix: Affix = {
      flag: data.flags.one(flagRaw),
      cross: header.cross,
      strip: remove(zero(stripRaw)),
      add,
      cont,
      fits: condition(condRaw.startsWith('#') ? '.' : condRaw, kind === 'SFX'),
    };
    index(kind === 'SFX' ? data.suffixes : data.prefixes, affix);
    if (kind === 'SFX' && data.circumfix && cont.includes(data.circumfix)) index(data.circumfixSuffixes, affix);
  }
}

function index(into: AffixIndex, affix: Affix): void {
  let groups = into.byAdd.get(affix.add);
  if (!groups) into.byAdd.set(affix.add, (groups = []));
  let group = groups.find((g) => g.strip === affix.strip);
  if (!group) groups.push((group = { strip: affix.strip, affixes: [], twofold: false }));
  group.affixes.push(affix);
  into.longestAdd = Math.max(into.longestAdd, affix.add.length);
}

const zero = (s: string) => (s === '0' ? '' : s);

const ANY = () => true;

/**
 * A condition ("[^aeiou]y", ".", "[^c]e") compiled to a test on the stem's end
 * (suffix) or start (prefix): one character or character class per position.
 */
export function condition(spec: string, atEnd: boolean): Affix['fits'] {
  if (spec === '.') return ANY;
  // Character codes, not one-character strings: reading w[i] allocates for letters past Latin-1 (č, ł, ő).
  const positions: { codes: number[]; negated: boolean; any: boolean }[] = [];
  const codes = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i]!;
    if (c === '[') {
      const close = spec.indexOf(']', i);
      const body = spec.slice(i + 1, close < 0 ? spec.length : close);
      const negated = body.startsWith('^');
      positions.push({ codes: codes(negated ? body.slice(1) : body), negated, any: false });
      i = close < 0 ? spec.length : close;
    } else positions.push({ codes: codes(c), negated: false, any: c === '.' });
  }
  const n = positions.length;
  const test = (k: number, code: number) => {
    const p = positions[k]!;
    return p.any || p.codes.includes(code) !== p.negated;
  };
  if (atEnd) {
    return (w, cut, strip) => {
      const length = cut + strip.length;
      if (length < n) return false;
      for (let k = 0; k < n; k++) {
        const i = length - n + k;
        if (!test(k, i < cut ? w.charCodeAt(i) : strip.charCodeAt(i - cut))) return false;
      }
      return true;
    };
  }
  return (w, cut, strip) => {
    if (strip.length + w.length - cut < n) return false;
    for (let k = 0; k < n; k++) if (!test(k, k < strip.length ? strip.charCodeAt(k) : w.charCodeAt(cut + k - strip.length))) return false;
    return true;
  };
}
