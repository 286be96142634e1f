import { continuing, parseAff, type Affix, type AffixData, type AffixIndex } from './aff.js';
import { capType, initCap } from './case.js';
import { fits } from './condition.js';
import { extend, OFFSET, parseDic, type Stems } from './dic.js';
import { has } from './flags.js';
import { suggestions } from './suggest.js';

export { capType, initCap, type CapType } from './case.js';

/** A root found for a word: its flag set, or FORBIDDEN when the dictionary forbids the form. */
const FORBIDDEN = false;
/** Marks a hidden homonym that stands only for ALL CAPS forms (a code unit no flag format produces). */
const ONLY_UPCASE = '\uffff';
/** Hunspell's own limit on a word it corrects is about this long. */
const MAX_SUGGESTED_LENGTH = 60;
const NO_PREFIX: readonly (Affix | undefined)[] = [undefined];
type Root = string | typeof FORBIDDEN | undefined;

/**
 * A Hunspell dictionary that checks a word the way Hunspell does, by affix
 * stripping: for each suffix (and prefix, and both where the rules cross) the
 * word may end with, strip it, put back what the rule stripped, test the
 * rule's condition and look the stem up with the rule's flag. Loading reads
 * the stems into a hash table over the file's text and indexes the rules; no
 * form is generated.
 *
 * Supported: FLAG (char, long, num, UTF-8), AF aliases, PFX/SFX with cross
 * products, continuation classes (twofold suffixes, a suffix that allows a
 * prefix), CIRCUMFIX, NEEDAFFIX, FORBIDDENWORD, NOSUGGEST, KEEPCASE,
 * ONLYINCOMPOUND (such stems stand only inside compounds), ICONV/OCONV,
 * IGNORE, BREAK, FULLSTRIP, and TRY/KEY/REP/MAP for suggestions. Not
 * supported: compounding (COMPOUNDRULE, COMPOUNDFLAG: of the four shipped
 * dictionaries only English uses it, for ordinals like "21st", and numbers are
 * never checked), morphology (AM and the fields after a stem) and
 * COMPLEXPREFIXES.
 */
export class HunspellDictionary {
  /** Whether the hidden Capitalised homonyms of mixed-case and ALL CAPS stems are in `stems` (added on the first ALL CAPS word). */
  private hidden = false;
  /**
   * The hashes of every head of the word being stripped (`heads[i]`: its first i characters), one buffer for
   * the outer suffix search and one for the inner search of a twofold suffix, which runs while the outer's is in use.
   */
  private heads = [new Uint32Array(64), new Uint32Array(64)];

  constructor(
    readonly aff: AffixData,
    readonly stems: Stems,
  ) {}

  /** From the text of an .aff and a .dic file. */
  static parse(aff: string, dic: string): HunspellDictionary {
    const data = parseAff(aff);
    return new HunspellDictionary(data, parseDic(dic, data.flags, data.ignore));
  }

  /** Whether the word is spelled right, in the case it is written (a capitalised form of a lower-case word is right too). */
  correct(word: string): boolean {
    const w = this.input(word);
    return w === '' || this.cased(w) || this.broken(w);
  }

  /** A word that fails whole may be parts joined by a BREAK character ("e-mail-friendly", "-mailach"). */
  private broken(w: string): boolean {
    for (const b of this.aff.breaks) {
      if (!w.includes(b)) continue;
      const parts = w.split(b).filter((p) => p !== '');
      if (parts.length > 0 && parts.every((p) => this.cased(p))) return true;
    }
    return false;
  }

  /** Corrections for a misspelled word, best first (at most `max`); empty for a word spelled right. */
  suggest(word: string, max = 5): string[] {
    // Corrections are searched one edit away: the candidates of a longer "word" (a pasted hash, a run of letters) grow with its square.
    if (word.length > MAX_SUGGESTED_LENGTH || this.correct(word)) return [];
    return suggestions(this, this.input(word), max).map((s) => this.output(s));
  }

  /** The word as the dictionary reads it: ICONV applied, IGNORE characters removed. */
  input(word: string): string {
    let w = word;
    const { iconv, ignore } = this.aff;
    // Indexed: most dictionaries have no ICONV, and an iterator over the empty table costs on every word.
    for (let i = 0; i < iconv.length; i++) if (w.includes(iconv[i]![0])) w = w.split(iconv[i]![0]).join(iconv[i]![1]);
    if (ignore) w = [...w].filter((c) => !ignore.includes(c)).join('');
    return w;
  }

  output(word: string): string {
    let w = word;
    for (const [from, to] of this.aff.oconv) if (w.includes(from)) w = w.split(from).join(to);
    return w;
  }

  /** Hunspell's case rules: a Capitalised word may be a lower-case one; an ALL CAPS word may be any. */
  cased(w: string): boolean {
    const type = capType(w);
    const direct = this.root(w, type === 'init');
    if (direct === FORBIDDEN) return false;
    if (direct !== undefined) return true;
    if (type === 'none' || type === 'mixed') return false;
    const lower = w.toLowerCase();
    const small = this.root(lower, false);
    if (small === FORBIDDEN) return false;
    if (small !== undefined && !has(small, this.aff.keepCase)) return true;
    if (type === 'init') return false;
    this.addHidden();
    const init = this.root(initCap(lower), false);
    return init !== FORBIDDEN && init !== undefined && !has(init, this.aff.keepCase);
  }

  /** Whether `w`, exactly as written, may be suggested: a form of a stem not marked NOSUGGEST or forbidden. */
  suggestable(w: string): boolean {
    const r = this.root(w, capType(w) === 'init');
    return typeof r === 'string' && !has(r, this.aff.noSuggest);
  }

  /**
   * The flag set of the stem `w` is a form of (FORBIDDEN, or undefined when it
   * is none). `initial`: `w` is Capitalised as typed, so the hidden homonyms
   * that stand only for ALL CAPS forms do not count.
   */
  root(w: string, initial = false): Root {
    const list = this.stems.get(w);
    if (list !== undefined) {
      if (has(list[0]!, this.aff.forbidden)) return FORBIDDEN;
      for (const h of list) if (!has(h, this.aff.needAffix) && !has(h, this.aff.onlyInCompound) && !(initial && has(h, ONLY_UPCASE))) return h;
    }
    return this.suffixed(w, undefined, undefined, initial) ?? this.prefixed(w, initial);
  }

  /**
   * `w` as stem + suffix. With `prefix`: the stem must also take that prefix
   * (cross product). With `outer`: `w` is what is left of a word after its
   * outer suffix, and the suffix found here must allow it (twofold suffixes);
   * `suffixes` is then only the rules whose continuation allows it.
   */
  private suffixed(w: string, prefixes: readonly Affix[] | undefined, outer: Affix | undefined, initial: boolean, suffixes = this.aff.suffixes): Root {
    const { circumfix, fullStrip, needAffix } = this.aff;
    const len = w.length;
    const longest = Math.min(suffixes.longestAdd, fullStrip ? len : len - 1);
    let heads: Uint32Array | undefined;
    // The rules whose added text ends the word, shortest first, read off the trie from the word's last character.
    let node = suffixes.tree;
    for (let k = 0; k <= longest; k++) {
      if (k > 0) {
        const next = node.next?.get(w.charCodeAt(len - k));
        if (!next) break;
        node = next;
      }
      const edges = node.edges;
      if (!edges) continue;
      heads ??= this.headHashes(w, outer ? 1 : 0);
      const cut = len - k;
      // When no stem starts with the head, no stem is head + strip: only a twofold suffix may go on (from a shorter head).
      const headKnown = cut === 0 || this.stems.startsSome(heads[cut]!);
      if (!headKnown && outer) continue;
      // The groups whose edge fits the character before the cut (a cut at the start: all, tested one by one).
      const groups = cut > 0 ? (edges.byCode.get(w.charCodeAt(cut - 1)) ?? edges.other) : node.groups!;
      // Indexed loops, not for-of: the checker runs uncompiled until the engine has compiled it, and an iterator costs there.
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g]!;
        if (!headKnown && group.outer.length === 0) continue;
        const edge = group.edge;
        if (cut === 0 && edge.need !== 0 && !fits(edge, w, cut)) continue;
        // The stem head + strip is looked up without being built; most are no word, and only a twofold suffix then needs the group's rules.
        const strip = group.strip;
        const entry = headKnown ? this.stems.find(extend(heads[cut]!, strip, 0, strip.length), w, 0, cut, strip, 0, strip.length) : undefined;
        // Without a stem only a twofold suffix can go on, from the stem it leaves.
        const only = entry === undefined ? group.outer : undefined;
        if (only && (outer || only.length === 0)) continue;
        const affixes = group.affixes;
        let base: string | undefined;
        for (let i = 0, n = only ? only.length : affixes.length; i < n; i++) {
          const s = affixes[only ? only[i]! : i]!;
          if (prefixes && !s.cross) continue;
          if (outer && !has(s.cont, outer.flag)) continue;
          if (s.condition.need !== 0 && !fits(s.condition, w, cut)) continue;
          // A suffix marked NEEDAFFIX is never the last affix.
          if (!prefixes && !outer && has(s.cont, needAffix)) continue;
          if (entry !== undefined) {
            const ps = prefixes ?? NO_PREFIX;
            for (let j = 0; j < ps.length; j++) {
              const p = ps[j];
              // A circumfix suffix comes only with a circumfix prefix, and the other way round.
              if (has(s.cont, circumfix) !== (p !== undefined && has(p.cont, circumfix))) continue;
              const found = this.stemWith(entry, s, p, initial);
              if (found !== undefined) return found;
            }
          }
          if (!outer && this.aff.continued.has(s.flag)) {
            // The inner suffix must end the stem this one leaves (head + strip), which is built only if one does.
            const inner = continuing(suffixes, s.flag);
            if (!endsWithSome(inner, w, 0, cut, strip)) continue;
            const found = this.suffixed((base ??= w.slice(0, cut) + strip), prefixes, s, initial, inner);
            if (found !== undefined) return found;
          }
        }
      }
    }
    return undefined;
  }

  /** `heads[i]` is the hash of w.slice(0, i), in the buffer of one search depth. */
  private headHashes(w: string, depth: number): Uint32Array {
    let heads = this.heads[depth]!;
    if (heads.length <= w.length) heads = this.heads[depth] = new Uint32Array(w.length * 2 + 1);
    let h = OFFSET;
    heads[0] = h;
    for (let i = 0; i < w.length; i++) heads[i + 1] = h = Math.imul(h ^ w.charCodeAt(i), 0x01000193) >>> 0;
    return heads;
  }

  private prefixed(w: string, initial: boolean): Root {
    const { prefixes, suffixes, circumfixSuffixes, circumfix, fullStrip, needAffix } = this.aff;
    const len = w.length;
    const longest = Math.min(prefixes.longestAdd, fullStrip ? len : len - 1);
    let node = prefixes.tree;
    for (let k = 0; k <= longest; k++) {
      if (k > 0) {
        const next = node.next?.get(w.charCodeAt(k - 1));
        if (!next) break;
        node = next;
      }
      const edges = node.edges;
      if (!edges) continue;
      const groups = k < len ? (edges.byCode.get(w.charCodeAt(k)) ?? edges.other) : node.groups!;
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g]!;
        const edge = group.edge;
        if (k === len && edge.need !== 0 && !fits(edge, w, k)) continue;
        const strip = group.strip;
        const entry = this.stems.find(extend(extend(OFFSET, strip, 0, strip.length), w, k, len), strip, 0, strip.length, w, k, len);
        let crossing: Affix[] | undefined;
        let circumfixed: Affix[] | undefined;
        const affixes = group.affixes;
        for (let j = 0; j < affixes.length; j++) {
          const p = affixes[j]!;
          if (p.condition.need !== 0 && !fits(p.condition, w, k)) continue;
          const alone = !has(p.cont, circumfix) && !has(p.cont, needAffix);
          if (alone && entry !== undefined) {
            const found = this.stemWith(entry, p, undefined, initial);
            if (found !== undefined) return found;
          }
          if (p.cross) {
            const circumfixing = has(p.cont, circumfix);
            const list = withAffix(circumfixing ? circumfixed : crossing, p);
            if (circumfixing) circumfixed = list;
            else crossing = list;
          }
        }
        // One pass over the suffixes serves every prefix of the group; a circumfix prefix needs only the circumfix suffixes.
        // Both from one call: a call that only Czech's circumfix prefixes reach would throw out the compiled search on first use.
        for (let c = 0; c < 2; c++) {
          const list = c === 0 ? crossing : circumfixed;
          if (!list) continue;
          const both = this.crossed(w, k, strip, list, initial, c === 0 ? suffixes : circumfixSuffixes);
          if (both !== undefined) return both;
        }
      }
    }
    return undefined;
  }

  /** The rest of a word after a prefix (`strip` + w.slice(k)) as stem + suffix, built only when some suffix ends it. */
  private crossed(w: string, k: number, strip: string, prefixes: readonly Affix[], initial: boolean, suffixes: AffixIndex): Root {
    if (!endsWithSome(suffixes, strip, 0, strip.length, w, k)) return undefined;
    return this.suffixed(strip + w.slice(k), prefixes, undefined, initial, suffixes);
  }

  /** The homonym of a stem that takes the affix (and the prefix, unless the affix itself allows it). */
  private stemWith(entry: readonly string[], affix: Affix, prefix: Affix | undefined, initial: boolean): Root {
    for (let i = 0; i < entry.length; i++) {
      const h = entry[i]!;
      if (!has(h, affix.flag) || (initial && has(h, ONLY_UPCASE))) continue;
      if (prefix && !has(h, prefix.flag) && !has(affix.cont, prefix.flag)) continue;
      if (has(h, this.aff.onlyInCompound)) continue;
      return has(h, this.aff.forbidden) ? FORBIDDEN : h;
    }
    return undefined;
  }

  /**
   * Hunspell's hidden homonyms: "FAQ/SM" and "iPhone" also stand as "Faq" and
   * "Iphone", flagged ONLY_UPCASE, so that "FAQS" and "IPHONE" are right and
   * "Faqs" is not.
   */
  private addHidden(): void {
    if (this.hidden) return;
    this.hidden = true;
    const extra: [string, string][] = [];
    for (const [stem, h, type] of this.stems.capitalised()) {
      if ((type === 'all' && h === '') || has(h, this.aff.forbidden)) continue;
      extra.push([initCap(stem.toLowerCase()), h + ONLY_UPCASE]);
    }
    for (const [stem, set] of extra) this.stems.add(stem, set);
  }
}

/**
 * `list` with the affix added (a new list if there is none). Both lists of
 * `prefixed` are made here, by one call from one array literal: the engine
 * learns per literal what its arrays hold and per call what it calls, and a
 * literal or a call first reached by Czech's circumfix prefixes threw out the
 * compiled search in the middle of checking.
 */
function withAffix(list: Affix[] | undefined, affix: Affix): Affix[] {
  const out = list ?? [];
  out.push(affix);
  return out;
}

/**
 * Whether some suffix of the index may end the word `a.slice(aFrom, aTo) +
 * b.slice(bFrom)`, read off the trie from its last character without building it.
 */
function endsWithSome(suffixes: AffixIndex, a: string, aFrom: number, aTo: number, b: string, bFrom = 0): boolean {
  const aLength = aTo - aFrom;
  const length = aLength + b.length - bFrom;
  let node = suffixes.tree;
  for (let k = 1; node.groups === undefined; k++) {
    // No rule adds more than the whole word.
    if (k > length || k > suffixes.longestAdd) return false;
    const i = length - k;
    const next = node.next?.get(i >= aLength ? b.charCodeAt(bFrom + i - aLength) : a.charCodeAt(aFrom + i));
    if (!next) return false;
    node = next;
  }
  return true;
}
