import { describe, expect, it } from 'vitest';
import { readHints, wordHint } from '../src/detect/hints.js';

/**
 * Words in every spelling chat gives them: cases, and each apostrophe a word can hold, also after o and g (Uzbek oʻ, gʻ;
 * the turned comma there is also a letter hint, so it is left to the next test).
 */
const spellings = (word: string) => {
  const cased = [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)];
  return cased.flatMap((w) => ["'", '’', 'ʼ', 'ʻ'].map((a) => w.replaceAll("'", a))).filter((w) => !/[og]ʻ/i.test(w));
};
const words = [
  'the', 'your', 'please', 'jsme', 'sme', 'jak', 'ako', 'dziekujemy', 'bilan', 'sizning', "yo'q", 'yoq', "o'zingiz", "bo'lingiz",
  "g'alaba", "xo'p", "o''z", "it's", "we're", "don't", "'tis", "ma'lumot", 'pochtangizga', 'yuborildi', 'kutilmoqda', 'qilyapmiz',
  "sog'lig'ingiz", "Og'ngiz", 'abngiz', 'ngiz', 'lari', 'qlari', "q'lari", 'laringiz', 'mOqda', 'theory', 'youre',
];

describe('hints', () => {
  it('look a word up as fold spells it, in any case and with any apostrophe', () => {
    const cases = words.flatMap(spellings);
    const read = cases.map((w) => readHints(w).lead);
    expect(read.map((lead) => lead?.[0])).toEqual(cases.map((w) => wordHint(w)));
    expect(read.filter(Boolean).every((lead) => lead![1] === 1)).toBe(true);
    // Enough of them hint for the comparison to mean something: English, Czech, Slovak, Polish and Uzbek words among them.
    expect(new Set(read.map((lead) => lead?.[0]))).toEqual(new Set(['en', 'cs', 'sk', 'pl', 'uz', undefined]));
  });

  it('give two votes for a letter only one language uses, one per word, and no lead on a tie', () => {
    expect(readHints('Děkujeme za trpělivost.').lead).toEqual(['cs', 3]);
    expect(readHints('Oʻzbekiston').lead).toEqual(['uz', 2]);
    expect(readHints('қўшимча').lead).toEqual(['uz', 2]);
    // The Uzbek Cyrillic letters hint in lower case only, as they always have.
    expect(readHints('ЎЗБЕКИСТОН').lead).toBeUndefined();
    expect(readHints('Ozbekiston').lead).toBeUndefined();
    expect(readHints('jsme sme').lead).toBeUndefined();
    expect(readHints('jsme sme jste').lead).toEqual(['cs', 2]);
    expect(readHints('').lead).toBeUndefined();
  });

  it('count the letters of a text in UTF-16 units', () => {
    const texts = ['', 'Hi there, 123!', 'Děkujeme 😊 za 𝐓𝐡𝐞 trpělivost', 'lone \ud800 and \udc00 halves', '您好，世界', "o'zbek ʻ ’ ʼ"];
    for (const text of texts) expect(readHints(text).letters, text).toBe(text.replace(/[^\p{L}]/gu, '').length);
  });
});
