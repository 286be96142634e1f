import { fold } from '../text/fold.js';

/** What a caller's `audience.title` tells: the gender it implies, if any. Never inferred from a name. */
export type Gender = 'male' | 'female';

/** Folded titles without their final dot, in the languages customers write them in (Uzbek aka/opa after the name too). */
const MALE = ['mr', 'sir', 'pan', 'pane', 'panie', 'pana', 'pán', 'herr', 'monsieur', 'm', 'senor', 'sr', 'signor', 'sig', 'senhor', 'meneer', 'dhr', 'janob', 'aka', 'gospodin'];
const FEMALE = ['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'mlle', 'pani', 'paní', 'frau', 'senora', 'sra', 'senorita', 'srta', 'signora', 'sig.ra', 'senhora', 'mevrouw', 'mevr', 'xonim', 'opa', 'gospozha'];

const GENDER = new Map<string, Gender>([...MALE.map((t) => [fold(t), 'male'] as const), ...FEMALE.map((t) => [fold(t), 'female'] as const)]);

/** English titles written as the caller gave them ("Mrs.", "Dr."); others are translated by gender. */
const ENGLISH = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'rev', 'lord', 'lady', 'dame']);

export function titleKey(title: string): string {
  return fold(title.trim()).replace(/\.$/, '');
}

export function genderOf(title: string | undefined): Gender | undefined {
  return title === undefined ? undefined : GENDER.get(titleKey(title));
}

/** The title for an English draft: an English title as given, else "Mr."/"Ms." by the gender the title names. */
export function englishTitle(title: string): string | undefined {
  const key = titleKey(title);
  if (ENGLISH.has(key)) return title.trim();
  const gender = GENDER.get(key);
  return gender === 'male' ? 'Mr.' : gender === 'female' ? 'Ms.' : undefined;
}

/** Polite forms written with a capital in letters (folded keys): "Pani", "Państwo", "Vám", "Vaše". */
const POLITE_CAPITALS = new Set(
  'pan pani pana panu panem pania panstwo panstwa panstwu panstwem wy vy vam vas vase vasi vaseho vasemu vasim vasich vasimi vasem vasa vasho vasmu vasej vasu vasom'.split(' '),
);

/** Whether a folded word is a polite form of address, capitalised in letters but no name ("Děkujeme Vám", "Dziękuję Pani"). */
export function isPoliteForm(key: string): boolean {
  return POLITE_CAPITALS.has(key);
}
