import { fold } from '../text/fold.js';

/**
 * Hints at a draft's language that franc's trigrams miss on short text: letters and everyday words that only
 * one of the pack languages has. One pass over the text reads them all, and counts its letters on the way;
 * words of ASCII letters (nearly every word of an English draft) are looked up without making a string.
 */

/** The languages hints vote for. */
const LANGUAGES = ['en', 'pl', 'cs', 'sk', 'uz'] as const;
const UZ = LANGUAGES.indexOf('uz');

/** Letters that only one of the pack languages uses: Uzbek Cyrillic in lower case, the others in either case. */
const LETTER_HINTS: Record<string, string> = { uz: 'ўқғҳ', cs: 'ěřůĚŘŮ', sk: 'äôĺľŕÄÔĹĽŔ', pl: 'ąęłńśźżćĄĘŁŃŚŹŻĆ' };
/** Uzbek oʻ and gʻ: the turned comma (itself a letter) after O, o, G or g also tells Uzbek. */
const TURNED_COMMA = 0x2bb;
const isOG = (c: number) => c === 0x4f || c === 0x6f || c === 0x47 || c === 0x67;

/**
 * Everyday words that only one of the pack languages has, compared without
 * diacritics (chat drops them): Czech and Slovak share most of their
 * spelling, so "jsme/sme", "jak/ako", "pro/pre" tell them apart where franc
 * cannot on a short draft.
 */
const WORD_HINTS: Record<(typeof LANGUAGES)[number], readonly string[]> = {
  en: ['the', 'and', 'you', 'your', 'we', 'is', 'are', 'for', 'please', 'thanks', 'our', 'will', 'this', 'that', 'with', 'have', 'can', 'it', 'of'],
  pl: ['sie', 'jest', 'w', 'dla', 'czy', 'juz', 'moze', 'bardzo', 'dziekujemy', 'dziekuje', 'prosze', 'przez', 'jestesmy', 'panstwa', 'mozemy', 'niestety', 'zamowienie', 'zamowienia', 'tydzien', 'jutro', 'ktory', 'ktora', 'wyslemy', 'moga', 'mozecie', 'dzisiaj', 'dzis'],
  cs: ['se', 'jsme', 'jsem', 'jste', 'jsou', 'jak', 'nebo', 'pro', 'kdyz', 'byl', 'byla', 'ktery', 'ktera', 'ktere', 'dekujeme', 'dekuji', 'jeste', 'zitra', 'penize', 'neni', 'muzeme', 'bohuzel', 'tyden', 'tydne', 'take', 'vase', 'muzete', 'poslete', 'konce', 'e-mailem', 'priloze', 'tohoto', 'casem', 'prijde', 'obnoveni', 'proverim', 'mela', 'meli', 'hodin', 'stale', 'zkontrolujeme', 'vcera'],
  sk: ['sa', 'sme', 'som', 'ste', 'su', 'ako', 'alebo', 'aj', 'pre', 'ked', 'bol', 'bola', 'ktory', 'ktora', 'ktore', 'dakujeme', 'dakujem', 'este', 'zajtra', 'peniaze', 'mozeme', 'bohuzial', 'tyzden', 'tyzdna', 'tiez', 'vasu', 'vasa', 'mozete', 'poslite', 'konca', 'e-mailom', 'prilohe', 'tohto', 'casom', 'pride', 'prist', 'obnovenie', 'preverim', 'mali', 'hodin', 'stale', 'skontrolujeme', 'vcera'],
  uz: ['va', 'bu', 'uchun', 'bilan', 'siz', 'biz', 'sizning', 'emas', 'ham', 'yoki', 'kerak', 'rahmat', 'iltimos', 'sizga', 'bizning', 'qilib', 'bor', "yo'q", 'yoq', 'uzr'],
};

/**
 * Uzbek's agglutinated endings ("pochtangizga", "yuborildi", "qilyapmiz",
 * "kutilmoqda"): a word of letters only, two or more before one of them, is
 * Uzbek, with or without the ʻ marks that chat drops, where franc alone may
 * guess a language it has no packs for.
 */
const UZBEK_ENDINGS = ['ngiz', 'ngizga', 'ngizni', 'ngizning', 'ngizdan', 'imiz', 'imizga', 'ildi', 'ilgan', 'moqda', 'yapmiz', 'yapti', 'ishingiz', 'sizlar', 'lari', 'laringiz'];
const UZBEK_ENDING = new RegExp(`^\\p{L}{2,}(?:${UZBEK_ENDINGS.join('|')})$`, 'u');

/** A word's hash as its letters come (FNV-1a over UTF-16 units). */
const step = (hash: number, c: number) => Math.imul(hash ^ c, 0x01000193);
const HASH_START = 0x811c9dc5 | 0;

/** The hint words by their folded spelling, each kept only where it is unique: one listed for two languages says nothing. */
class WordTable {
  readonly byWord = new Map<string, number>();
  private readonly words: string[];
  private readonly languages: Int8Array;
  private readonly mask: number;

  constructor(hints: Record<string, readonly string[]>) {
    const seen = new Map<string, number>();
    for (const words of Object.values(hints)) for (const w of words) seen.set(w, (seen.get(w) ?? 0) + 1);
    LANGUAGES.forEach((language, j) => {
      for (const w of hints[language]!) if (seen.get(w) === 1) this.byWord.set(w, j);
    });
    const size = 1 << (33 - Math.clz32(this.byWord.size));
    this.mask = size - 1;
    this.words = new Array<string>(size).fill('');
    this.languages = new Int8Array(size).fill(-1);
    for (const [word, j] of this.byWord) {
      let hash = HASH_START;
      for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
      let slot = hash & this.mask;
      while (this.languages[slot] !== -1) slot = (slot + 1) & this.mask;
      this.words[slot] = word;
      this.languages[slot] = j;
    }
  }

  /** The language of the word spelt by `units[0, length)` (with hash `hash`), or -1. */
  find(units: Uint16Array, length: number, hash: number): number {
    for (let slot = hash & this.mask; this.languages[slot] !== -1; slot = (slot + 1) & this.mask) {
      const word = this.words[slot]!;
      if (word.length !== length) continue;
      let i = 0;
      while (i < length && word.charCodeAt(i) === units[i]) i++;
      if (i === length) return this.languages[slot]!;
    }
    return -1;
  }
}
const WORDS = new WordTable(WORD_HINTS);

/** The language a word (as `fold` spells it) hints at, or -1. */
const languageOfFolded = (folded: string): number => WORDS.byWord.get(folded) ?? (UZBEK_ENDING.test(folded) ? UZ : -1);

/** The language a word hints at (`fold` spells it as the lookup needs), if any. */
export const wordHint = (word: string): string | undefined => LANGUAGES[languageOfFolded(fold(word))];

/** The last four letters of an ASCII word as one number; the endings' own rule most words out at once. */
const lastFour = (units: ArrayLike<number>, length: number) => ((units[length - 4]! * 128 + units[length - 3]!) * 128 + units[length - 2]!) * 128 + units[length - 1]!;
const ENDING_TAILS = new Set(UZBEK_ENDINGS.map((e) => lastFour([...e].map((c) => c.charCodeAt(0)), e.length)));

/** Whether `units[0, length)`, letters only, ends in an Uzbek ending after at least two letters (as UZBEK_ENDING tests). */
function uzbekEnding(units: Uint16Array, length: number): boolean {
  if (length < 6 || !ENDING_TAILS.has(lastFour(units, length))) return false;
  return UZBEK_ENDINGS.some((ending) => {
    const from = length - ending.length;
    if (from < 2) return false;
    for (let i = 0; i < ending.length; i++) if (units[from + i] !== ending.charCodeAt(i)) return false;
    return true;
  });
}

/** Per character: a letter (\p{L}), part of a word (a letter or an apostrophe), and the language it hints at (+1, in the bits above). */
const LETTER = 1;
const WORDISH = 2;
const HINT_SHIFT = 2;
function classify(char: string): number {
  const language = LANGUAGES.findIndex((l) => LETTER_HINTS[l]?.includes(char));
  const letter = /^\p{L}$/u.test(char);
  return (letter ? LETTER : 0) | (letter || char === "'" || char === '’' ? WORDISH : 0) | ((language + 1) << HINT_SHIFT);
}
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => classify(String.fromCharCode(c)));
const CLASS = new Map<number, number>();
const classOf = (code: number): number => {
  let found = CLASS.get(code);
  if (found === undefined) {
    found = classify(String.fromCodePoint(code));
    if (CLASS.size < 50_000) CLASS.set(code, found);
  }
  return found;
};

/** What the hints in a text tell. */
export interface Hints {
  /** The language the most hints point to, with its votes (two for its letters, one per word), when one leads. */
  lead: [string, number] | undefined;
  /** How many UTF-16 units of the text are letters (\p{L}). */
  letters: number;
}

const votes = new Int32Array(LANGUAGES.length);
const lettered = new Uint8Array(LANGUAGES.length);
/** The current word folded while it is ASCII letters and apostrophes: lower case, each apostrophe as ', none after o or g (as `fold` spells it). */
let key = new Uint16Array(64);

/** The hints in `text` (the draft without its template placeholders). */
export function readHints(text: string): Hints {
  votes.fill(0);
  lettered.fill(0);
  if (key.length < text.length) key = new Uint16Array(text.length);
  let letters = 0;
  let start = -1;
  let ascii = true;
  let length = 0;
  let hash = HASH_START;
  let apostrophe = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    let width = 1;
    let kind = 0;
    if (c >= 0 && c < 128) kind = ASCII_CLASS[c]!;
    else if (c >= 128) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) width = 2;
      kind = classOf(code);
      if (kind >> HINT_SHIFT) lettered[(kind >> HINT_SHIFT) - 1] = 1;
      if (c === TURNED_COMMA && i > 0 && isOG(text.charCodeAt(i - 1))) lettered[UZ] = 1;
    }
    if (kind & LETTER) letters += width;
    if (kind & WORDISH) {
      if (start < 0) (start = i), (ascii = true), (length = 0), (hash = HASH_START), (apostrophe = false);
      // `fold` gives every apostrophe a word can hold (' ’ ʼ ʻ) as ', and drops it after o or g.
      const unit = c < 128 ? c : c === 0x2019 || c === 0x2bc || c === TURNED_COMMA ? 0x27 : -1;
      if (unit === -1) ascii = false;
      else if (ascii) {
        const previous = unit === 0x27 && i > start ? text.charCodeAt(i - 1) | 0x20 : 0;
        if (previous !== 0x6f && previous !== 0x67) {
          if (unit === 0x27) apostrophe = true;
          const lower = unit >= 0x41 && unit <= 0x5a ? unit + 32 : unit;
          key[length++] = lower;
          hash = step(hash, lower);
        }
      }
    } else if (start >= 0) {
      let language: number;
      if (ascii) {
        language = WORDS.find(key, length, hash);
        if (language === -1 && !apostrophe && uzbekEnding(key, length)) language = UZ;
      } else {
        language = languageOfFolded(fold(text.slice(start, i)));
      }
      if (language !== -1) votes[language]!++;
      start = -1;
    }
    i += width - 1;
  }
  let best = -1;
  let tie = false;
  for (let j = 0; j < LANGUAGES.length; j++) {
    const total = votes[j]! + 2 * lettered[j]!;
    if (total === 0) continue;
    if (best === -1 || total > votes[best]! + 2 * lettered[best]!) (best = j), (tie = false);
    else if (total === votes[best]! + 2 * lettered[best]!) tie = true;
  }
  return { lead: best === -1 || tie ? undefined : [LANGUAGES[best]!, votes[best]! + 2 * lettered[best]!], letters };
}
