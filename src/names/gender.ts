import type { Gender } from './titles.js';

/**
 * Surname endings whose grammar agrees with the bearer, in the languages where
 * it does: Czech and Slovak -ová and adjectival -á are a woman's (Nováková,
 * Černá, Kowalská), adjectival -ý a man's (Černý, Kowalský); Polish -ska,
 * -cka, -dzka a woman's and -ski, -cki, -dzki a man's. Noun surnames (Novák,
 * Nowak, Šimko, Svoboda) say nothing, and a given name is never read for
 * gender: "Anna Nowak" stays unknown.
 */
const ENDINGS: readonly (readonly [RegExp, Gender])[] = [
  [/\p{L}{2}(?:ová|á)$/iu, 'female'],
  [/\p{L}{2}ý$/iu, 'male'],
  [/\p{L}(?:sk|ck|dzk)a$/iu, 'female'],
  [/\p{L}(?:sk|ck|dzk)i$/iu, 'male'],
];

/**
 * Slovak adjectival surnames whose endings the rhythmic law shortens after a
 * long syllable: Čierna/Čierny, not -á/-ý. No ending tells them apart from
 * masculine noun surnames of the same shape (Vrána, Bláha, Sláma; Hungarian
 * Nagy is either), so only these stems are read: adjectives that are common
 * surnames, each with both forms; lower case, with their marks.
 */
const SHORTENED_STEMS = new Set(['čiern', 'biel', 'krásn', 'múdr', 'krátk', 'vážn', 'rýchl']);
const SHORTENED = /^(\p{L}+)([ay])$/u;

/** Drafts in these languages read the surname's grammatical gender (the endings above are theirs). */
const LANGUAGES = new Set(['pl', 'cs', 'sk']);

/** The gender a surname's own form states ("Nováková": female), for a draft in `language`; undefined when it states none. */
export function surnameGender(familyName: string, language: string): Gender | undefined {
  if (!LANGUAGES.has(language)) return undefined;
  // A double surname agrees in each part; its last part speaks for it ("Nováková-Dvořáková").
  const last = familyName.trim().split(/[\s-]+/).pop() ?? '';
  for (const [ending, gender] of ENDINGS) if (ending.test(last)) return gender;
  const short = SHORTENED.exec(last.normalize('NFC').toLocaleLowerCase('sk'));
  if (short && SHORTENED_STEMS.has(short[1]!)) return short[2] === 'a' ? 'female' : 'male';
  return undefined;
}
