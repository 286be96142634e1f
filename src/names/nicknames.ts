import data from './nicknames.json' with { type: 'json' };
import { fold } from '../text/fold.js';
import { vocatives, type Vocative } from './vocatives.js';

type Table = Record<string, Partial<Record<'en' | 'pl' | 'cs' | 'sk' | 'uz', string[]>>>;
const NAMES = data.names as Table;
const EVERYDAY: ReadonlySet<string> = new Set(data.everyday);

let index: Map<string, ReadonlySet<string>> | undefined;
/** The registered vocatives the index was built with: a coach that brings another language rebuilds it. */
let indexed: ReadonlyMap<string, Vocative> | undefined;

/** Folded nickname keys per folded formal name, with the Polish and Czech vocatives of each diminutive (Kasiu, Honzo) once those languages are registered. */
function build(declension: ReadonlyMap<string, Vocative>): Map<string, ReadonlySet<string>> {
  const pl = declension.get('pl');
  const cs = declension.get('cs');
  const out = new Map<string, ReadonlySet<string>>();
  for (const [name, byLanguage] of Object.entries(NAMES)) {
    const keys = new Set<string>();
    for (const [language, list] of Object.entries(byLanguage)) {
      for (const nick of list ?? []) {
        keys.add(fold(nick));
        if (language === 'pl' && pl) keys.add(fold(pl(nick, 'male', false)));
        if (language === 'cs' && cs && /a$/.test(nick)) keys.add(fold(cs(nick, 'female', false)));
      }
    }
    keys.delete(name);
    out.set(name, keys);
  }
  return out;
}

const NONE: ReadonlySet<string> = new Set();

/** Folded nicknames and diminutives of a given name ("Robert" → bob, bobby, rob...), never the name itself. */
export function nicknamesOf(givenName: string): ReadonlySet<string> {
  const declension = vocatives();
  if (!index || indexed !== declension) [index, indexed] = [build(declension), declension];
  return index.get(fold(givenName)) ?? NONE;
}

/** A nickname that is also an everyday word ("bill", "will", "vláda"): only a capitalised word inside a sentence is the name. */
export function isEverydayWord(key: string): boolean {
  return EVERYDAY.has(key);
}
