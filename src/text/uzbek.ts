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
  o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', x: 'х', y: 'й', z: 'з',
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** The turned comma of oʻ/gʻ as typed: ʻ, ‘, `, ’ or a plain apostrophe. */
const TURNED_COMMA = /[ʻ‘`’']/;
const LETTER = /\p{L}/u;

/**
 * Uzbek Latin text to Cyrillic, keeping capitals. oʻ gʻ sh ch are one letter
 * (ў ғ ш ч) and yo yu ya ye are ё ю я е, except before oʻ ("yoʻq" → "йўқ");
 * e is э at a word start and after a vowel ("eshik" → "эшик", "poeziya" →
 * "поэзия"); the tutuq belgisi between letters is ъ ("maʼlumot" → "маълумот"),
 * and the apostrophe that keeps s and h apart is dropped ("Isʼhoq" → "Исҳоқ").
 */
export function cyrillicFromLatin(text: string): string {
  let out = '';
  const at = (k: number) => text[k] ?? '';
  const lower = (k: number) => at(k).toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const l = c.toLowerCase();
    const upper = c !== l;
    // All capitals ("YOʻL") keep a digraph's second letter's case too; "Sh" is one capital letter.
    const put = (cyr: string) => (out += upper ? cyr.toUpperCase() : cyr);
    const wordStart = i === 0 || !(LETTER.test(at(i - 1)) || TURNED_COMMA.test(at(i - 1)) || at(i - 1) === 'ʼ');
    if ((l === 'o' || l === 'g') && TURNED_COMMA.test(at(i + 1)) && at(i + 1) !== 'ʼ') {
      put(DIGRAPHS[`${l}'`]!);
      i++;
      continue;
    }
    if (l === 'y' && 'oaue'.includes(lower(i + 1)) && lower(i + 1) !== '' && !(lower(i + 1) === 'o' && TURNED_COMMA.test(at(i + 2)) && at(i + 2) !== 'ʼ')) {
      put(DIGRAPHS[`y${lower(i + 1)}`]!);
      i++;
      continue;
    }
    if ((l === 's' || l === 'c') && lower(i + 1) === 'h') {
      put(DIGRAPHS[`${l}h`]!);
      i++;
      continue;
    }
    if (l === 'e') {
      put(wordStart || VOWELS.has(lower(i - 1)) ? 'э' : 'е');
      continue;
    }
    if (c === "'" || c === 'ʼ' || c === '’') {
      // Between letters it is the tutuq belgisi (ъ), except between s and h; elsewhere punctuation.
      const between = LETTER.test(at(i - 1)) && LETTER.test(at(i + 1));
      if (between && lower(i - 1) === 's' && lower(i + 1) === 'h') continue;
      out += between ? (at(i + 1) !== at(i + 1).toLowerCase() && at(i - 1) !== at(i - 1).toLowerCase() ? 'Ъ' : 'ъ') : c;
      continue;
    }
    const cyr = LETTERS[l];
    if (cyr === undefined) out += c;
    else put(cyr);
  }
  return out;
}
