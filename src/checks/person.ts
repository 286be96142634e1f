import type { Draft } from './context.js';
import { memo } from '../match/memo.js';
import type { Token } from '../text/tokenize.js';

/** Who the agent writes as: one person ("sprawdzę", "děkuji") or the team ("sprawdzimy", "děkujeme"). */
export type Person = 'I' | 'we';

interface PersonWords {
  /**
   * Folded words that show one person alone (verbs and pronouns). Never "proszę"/"prosím" (also a plain "please"), nor
   * words that fold into another: cs/sk "nás" is also the possessive "náš" ("our warehouse" is said in a letter in the first
   * person singular too), pl "ja" also "ją".
   */
  I: ReadonlySet<string>;
  we: ReadonlySet<string>;
  /** Endings (in lower case, marks kept) that only that person's verb forms take. */
  iEndings?: RegExp;
  weEndings?: RegExp;
  /** The endings are read on the matching key: Uzbek, whose Cyrillic drafts are read in Latin. */
  endingsOnKey?: boolean;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/**
 * First-person forms of the verbs support replies use most, by language. Endings only where no common noun takes them:
 * Polish past "-łem/-łam" vs "-liśmy/-łyśmy"; Czech and Slovak present "-eme/-íme/-áme" (with their marks: a folded
 * "systeme" is the Slovak "v systéme"); Uzbek "-aman/-dim" vs "-amiz/-dik" (never the possessive "-imiz": "do'konimiz").
 */
const PERSON_WORDS: Record<string, PersonWords> = {
  pl: {
    I: words('mnie mi jestem bede mam wiem moge dziekuje przepraszam rozumiem sprawdze wysle odezwe zajme zapraszam informuje przesylam potwierdzam pomoge zrobie napisze przekaze zadzwonie wroce zwroce zalatwie dopilnuje zglosze'),
    we: words('my nam nas jestesmy bedziemy mamy wiemy mozemy dziekujemy przepraszamy rozumiemy sprawdzimy wyslemy odezwiemy zajmiemy zapraszamy informujemy przesylamy potwierdzamy pomozemy zrobimy napiszemy przekazemy zadzwonimy wrocimy zwrocimy zalatwimy dopilnujemy zglosimy prosimy damy'),
    iEndings: /\p{L}{3}(?:łem|łam)$/u,
    weEndings: /\p{L}{3}(?:liśmy|łyśmy)$/u,
  },
  cs: {
    I: words('ja mne mi jsem budu mam vim muzu mohu dekuji dekuju omlouvam rozumim zkontroluji zkontroluju poslu ozvu preposlu zaridim overim pomuzu'),
    we: words('my nam jsme budeme mame vime muzeme dekujeme omlouvame rozumime zkontrolujeme posleme ozveme preposleme zaridime overime pomuzeme prosime'),
    weEndings: /\p{L}{2}(?:eme|íme|áme|ujeme)$/u,
  },
  sk: {
    I: words('ja mna mne mi som budem mam viem mozem dakujem ospravedlnujem rozumiem skontrolujem poslem ozvem preposlem vybavim overim pomozem'),
    we: words('my nam sme budeme mame vieme mozeme dakujeme ospravedlnujeme rozumieme skontrolujeme posleme ozveme preposleme vybavime overime pomozeme prosime'),
    weEndings: /\p{L}{2}(?:eme|íme|áme|ujeme)$/u,
  },
  // Uzbek person endings: "-man" (tushunaman, so'rayman), past "-dim" vs "-miz" (tushunamiz), past "-dik" (yubordik).
  uz: {
    I: words('men meni menga mendan'),
    we: words('biz bizni bizga bizdan'),
    iEndings: /\p{L}{3}(?:aman|yman|dim)$/u,
    weEndings: /\p{L}{3}(?:amiz|ymiz|dik)$/u,
    endingsOnKey: true,
  },
  en: {
    I: words("i i'm i've i'll i'd me my"),
    we: words("we we're we've we'll we'd us"),
  },
};

function personOfToken(t: Token, w: PersonWords): Person | undefined {
  if (t.placeholder) return undefined;
  if (w.I.has(t.key)) return 'I';
  if (w.we.has(t.key)) return 'we';
  const lower = w.endingsOnKey ? t.key : t.text.toLowerCase();
  if (w.iEndings?.test(lower)) return 'I';
  if (w.weEndings?.test(lower)) return 'we';
  return undefined;
}

/** The one person the tokens show, or undefined when they show none or both (a team letter where the agent says "I" too). */
function personOf(tokens: readonly Token[], w: PersonWords): Person | undefined {
  let found: Person | undefined;
  for (const t of tokens) {
    const p = personOfToken(t, w);
    if (p && found && p !== found) return undefined;
    found ??= p;
  }
  return found;
}

const BODY_PERSON = Symbol('body person');

/**
 * The person that words put at [start, end) must take: the replaced words' own ("Przepraszamy, jeśli…" stays plural),
 * else the body's when it shows only one ("dziękujemy…, wrócimy…" takes "jesteśmy do dyspozycji"). The greeting and the
 * sign-off say nothing of it ("Pozdrawiam" closes team letters too).
 */
export function personAt(d: Draft, start: number, end: number): Person | undefined {
  const w = PERSON_WORDS[d.language];
  if (!w) return undefined;
  if (end > start) {
    const own = personOf(
      d.tokens.filter((t) => t.start >= start && t.end <= end),
      w,
    );
    if (own) return own;
  }
  const { body } = d.structure;
  return memo(d, BODY_PERSON, () => personOf(d.tokens.filter((t) => t.start >= body.start && t.end <= body.end), w) ?? null) ?? undefined;
}

/** The markers a suggestion written for one person carries: "{we}jesteśmy do dyspozycji", "{I}jestem do dyspozycji". */
export const PERSON_MARK = /\{(I|we)\}/g;

/** The person a suggestion is written for, by its marker. */
export function writtenFor(raw: string): Person | undefined {
  return raw.includes('{we}') ? 'we' : raw.includes('{I}') ? 'I' : undefined;
}

/** Whether a suggestion written for one person fits the draft at [start, end): not when the draft there shows the other. */
export function fitsPerson(d: Draft, start: number, end: number, raw: string): boolean {
  const wanted = writtenFor(raw);
  if (!wanted) return true;
  const person = personAt(d, start, end);
  return person === undefined || person === wanted;
}
