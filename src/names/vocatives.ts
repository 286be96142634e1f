import type { Gender } from './titles.js';

/**
 * A language's vocative of a name part ("Novák" → "Nováku"): `surname` tells a
 * family name from a given name. A name it cannot decline comes back as given.
 */
export type Vocative = (name: string, gender: Gender, surname: boolean) => string;

/**
 * Vocatives by language, as the coaches created so far brought them (each
 * language module carries its own, so a bundle without Czech has no Czech
 * declension). Replaced, never changed in place: a cache keyed on the map
 * knows when a language was added.
 */
let registered: ReadonlyMap<string, Vocative> = new Map();

/** The first coach to bring a language's vocative sets it, as for locales (src/data/locales.ts). */
export function registerVocative(language: string, vocative: Vocative | undefined): void {
  if (vocative === undefined || registered.has(language)) return;
  registered = new Map([...registered, [language, vocative]]);
}

/** The vocatives registered so far; a language without one keeps names as written. */
export function vocatives(): ReadonlyMap<string, Vocative> {
  return registered;
}
