/**
 * Folding turns a word into its matching key: lower case, no diacritics, one
 * apostrophe. Chat is often typed without diacritics ("nemozeme" for
 * "nemôžeme") and with whatever apostrophe the keyboard gives (Uzbek oʻ o' o’).
 */

// Letters that carry no combining mark under NFD, so stripping marks misses them.
const EXTRA: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', ı: 'i', ħ: 'h', ŧ: 't' };
const APOSTROPHES = /['’‘ʼʻ`´]/g;
const MARKS = /\p{M}+/gu;
const EXTRA_RE = /[łđøıħŧ]/g;
const ASCII = /^[\x20-\x7e]*$/;

// Drafts reuse a small vocabulary, and an editor re-sends the same words on every keystroke.
const CACHE = new Map<string, string>();
const MAX_CACHED = 50_000;

export function fold(word: string): string {
  let key = CACHE.get(word);
  if (key === undefined) {
    key = compute(word);
    if (CACHE.size < MAX_CACHED) CACHE.set(word, key);
  }
  return key;
}

function compute(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase().replace(APOSTROPHES, "'");
  const lower = word.toLowerCase();
  return (CYRILLIC.test(lower) ? latinFromCyrillic(lower) : lower)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(APOSTROPHES, "'")
    .normalize('NFC');
}

/**
 * Uzbek Cyrillic to the Uzbek Latin alphabet, so Cyrillic drafts match the
 * Latin patterns ("ўзбек" → "o'zbek"). Offsets never change: only the
 * matching key is transliterated, the draft is not.
 */
const CYRILLIC = /[\u0400-\u04ff]/;
const TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: "g'", д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  қ: 'q', л: 'l', м: 'm', н: 'n', о: 'o', ў: "o'", п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'x', ҳ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: "'", ь: '', ы: 'i', э: 'e', ю: 'yu', я: 'ya',
};
const VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ў', 'э', 'ю', 'я', 'ъ', 'ь']);

function latinFromCyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    // е is "ye" at the start of a word and after a vowel or sign ("етказиб" → "yetkazib"), else "e".
    if (c === 'е') out += i === 0 || VOWELS.has(word[i - 1]!) ? 'ye' : 'e';
    else out += TO_LATIN[c] ?? c;
  }
  return out;
}
