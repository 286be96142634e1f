/**
 * Uzbek is written in Latin and in Cyrillic. Matching runs on the Latin
 * form; suggestions for a Cyrillic draft are written back in Cyrillic.
 */

export const CYRILLIC = /[\u0400-\u04ff]/;

const TO_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ғ: "g'", д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  қ: 'q', л: 'l', м: 'm', н: 'n', о: 'o', ў: "o'", п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'x', ҳ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sh', ъ: "'", ь: '', ы: 'i', э: 'e', ю: 'yu', я: 'ya',
};
const SOFT = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ў', 'э', 'ю', 'я', 'ъ', 'ь']);

/** Lower-case Uzbek Cyrillic to Latin ("ўзбек" → "o'zbek"); е is "ye" at a word start and after a vowel. */
export function latinFromCyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    if (c === 'е') out += i === 0 || SOFT.has(word[i - 1]!) ? 'ye' : 'e';
    else out += TO_LATIN[c] ?? c;
  }
  return out;
}

const DIGRAPHS: Record<string, string> = { "o'": 'ў', "g'": 'ғ', sh: 'ш', ch: 'ч', yo: 'ё', yu: 'ю', ya: 'я', ye: 'е' };
const LETTERS: Record<string, string> = {
  a: 'а', b: 'б', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н',
  o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з', "'": 'ъ',
};

/** Uzbek Latin text to Cyrillic, keeping capitals; a word-initial e is э ("eshik" → "эшик"). */
export function cyrillicFromLatin(text: string): string {
  const src = text.replace(/[ʻ’‘`ʼ]/g, "'");
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const pair = src.slice(i, i + 2);
    const lowerPair = pair.toLowerCase();
    let cyr: string | undefined;
    let take = 1;
    if (DIGRAPHS[lowerPair]) {
      cyr = DIGRAPHS[lowerPair];
      take = 2;
    } else {
      const c = src[i]!.toLowerCase();
      const wordStart = i === 0 || !/\p{L}|'/u.test(src[i - 1]!);
      cyr = c === 'e' && wordStart ? 'э' : LETTERS[c];
      // An apostrophe that is not part of oʻ/gʻ and not between letters is punctuation.
      if (c === "'" && (wordStart || !/\p{L}/u.test(src[i + 1] ?? ''))) cyr = "'";
    }
    if (cyr === undefined) {
      out += src[i];
      continue;
    }
    out += src[i] !== src[i]!.toLowerCase() ? cyr.toUpperCase() : cyr;
    i += take - 1;
  }
  return out;
}
