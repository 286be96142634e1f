import { fold } from '../text/fold.js';
import { tokenize } from '../text/tokenize.js';
import { isEverydayWord, nicknamesOf } from './nicknames.js';
import type { Token } from '../text/tokenize.js';
import { surnameGender } from './gender.js';
import { englishTitle, genderOf, type Gender } from './titles.js';
import { vocatives } from './vocatives.js';

/** Titles and post-nominals that are not name parts. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam']);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);
/** Abbreviations that belong to the next part ("St. John", "Ma. Cristina"). */
const JOIN_NEXT = new Set(['st', 'ste', 'ma', 'mª', 'sta', 'sto']);
/** Lower-case particles that open a family name ("van Dijk", "de la Cruz", "bin Ahmad"). */
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'binti', 'ibn', 'al', 'el', 'zu']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface SplitName {
  /** The whole name, in the culture's order. */
  name: string;
  givenName: string;
  familyName: string;
  /** Every part as written (titles left out), for matching. */
  parts: string[];
  /** The name as the caller gave it (an e-mail address, a handle). */
  source: string;
}

function bare(part: string): string {
  return fold(part).replace(/\.$/, '');
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** "anna.kowalska@example.com" → "Anna Kowalska"; a local part that is not letters stays as written. */
function fromEmail(address: string): string[] {
  const local = address.slice(0, address.indexOf('@'));
  const pieces = local.split(/[._+-]+/).filter(Boolean);
  if (pieces.length >= 1 && pieces.every((p) => /^\p{L}{2,}$/u.test(p))) return pieces.map(capitalize);
  return [local];
}

/**
 * Splits a customer's name into the parts inserted text may use. Titles and
 * "Jr." are not name parts; "Smith, John" is family name first; "St. John"
 * and "Ma. Cristina" stay one part; "van Dijk" is one family name; an e-mail
 * address gives the name in its local part; a handle ("@annak") or a user
 * name ("john_doe") is one part, kept as written.
 */
export function splitName(raw: string | undefined, familyNameFirst: boolean): SplitName | undefined {
  let text = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (text === '') return undefined;
  let commaOrder = false;
  let parts: string[];
  if (EMAIL.test(text)) parts = fromEmail(text);
  else {
    const comma = text.split(',');
    if (comma.length === 2 && comma[0]!.trim() !== '' && comma[1]!.trim() !== '' && !SUFFIXES.has(bare(comma[1]!.trim()))) {
      // "Smith, John": family name, then given name.
      commaOrder = true;
      text = `${comma[1]!.trim()} ${comma[0]!.trim()}`;
    }
    parts = text.replace(/,/g, ' ').split(' ').filter(Boolean);
  }
  const kept = parts.filter((p) => !TITLES.has(bare(p)));
  parts = kept.length > 0 ? kept : parts;
  // A title in another language ("Pani Anna Kowalska", "Herr Hans Müller"); with two parts it may be a name ("Pan Wei").
  if (parts.length >= 3 && genderOf(parts[0]) !== undefined) parts = parts.slice(1);
  while (parts.length > 1 && SUFFIXES.has(bare(parts[parts.length - 1]!))) parts = parts.slice(0, -1);
  // Join abbreviations with the next part, and particles with the family name.
  const joined: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (JOIN_NEXT.has(bare(p)) && /\.$/.test(p) && i + 1 < parts.length) {
      parts[i + 1] = `${p} ${parts[i + 1]}`;
      continue;
    }
    joined.push(p);
  }
  let out = joined;
  const particle = out.findIndex((p, i) => i > 0 && i < out.length - 1 && PARTICLES.has(p) && p === p.toLowerCase());
  if (particle > 0 && !familyNameFirst) out = [...out.slice(0, particle), out.slice(particle).join(' ')];
  if (out.length === 0) return undefined;
  const first = out[0]!;
  const last = out[out.length - 1]!;
  const flip = familyNameFirst && !commaOrder && out.length > 1;
  const givenName = flip ? last : first;
  const familyName = flip ? first : last;
  const name = commaOrder && familyNameFirst ? [last, ...out.slice(0, -1)].join(' ') : out.join(' ');
  return { name, givenName, familyName, parts: out, source: raw!.trim() };
}

/** Folded keys of a name part: its words as the tokenizer sees them, and their pieces ("j.r" → j.r, jr; "anna-maria" → anna, maria). */
function keysOfPart(raw: string, into: Set<string>): void {
  // "St." and "Ma." abbreviate the next word: they are not names to match on their own.
  const part = raw.replace(/^(?:st|ste|sta|sto|ma|mª)\.\s*/i, '');
  for (const t of tokenize(part)) {
    if (t.placeholder) continue;
    into.add(t.key);
    const pieces = t.key.split(/[.'_-]+/);
    for (const piece of pieces) if (piece.length >= 2) into.add(piece);
    // Initials written without their dots: "J.R." greets as "JR" too.
    if (pieces.length > 1 && pieces.every((p) => p.length === 1)) into.add(pieces.join(''));
  }
  for (const piece of part.split(/[\s._@-]+/)) if (piece.length >= 2) into.add(fold(piece));
}

/** Honorifics written onto the name: "Tanaka-sama", "Kim-nim"; Uzbek "Dilnozaxon", "Azizjon". */
const HYPHENATED = ['sama', 'san', 'sensei', 'kun', 'chan', 'nim', 'ssi'];
const ATTACHED = ['xon', 'jon', 'bek'];

function honorifics(part: string, into: Set<string>): void {
  const key = fold(part);
  if (!/^[\p{L}'’-]+$/u.test(key)) return;
  for (const h of HYPHENATED) into.add(`${key}-${h}`);
  for (const h of ATTACHED) into.add(`${key}${h}`);
}

/** The vocatives a greeting in this language may use for a given name or surname (Anno, Tomaszu; Nováku). */
function declined(part: string, language: string, isGiven: boolean): string[] {
  const vocative = vocatives().get(language);
  if (!vocative) return [];
  return part.split(/[\s-]+/).flatMap((piece) => [vocative(piece, 'male', !isGiven), vocative(piece, 'female', !isGiven)]);
}

export interface NameKeys {
  nameKeys: Set<string>;
  givenKeys: Set<string>;
  nicknameKeys: Set<string>;
}

/** What `$name`, `$given` and `$nickname` match for this customer in a draft of this language. */
export function nameKeys(name: SplitName | undefined, language: string): NameKeys {
  const nameKeys = new Set<string>();
  const givenKeys = new Set<string>();
  const nicknameKeys = new Set<string>();
  if (!name) return { nameKeys, givenKeys, nicknameKeys };
  // An address or user name as written ("anna.kowalska@…", "john_doe") may be typed as it is.
  if (/[@_]/.test(name.source)) keysOfPart(name.source.replace(/@[^@\s]+\.[^@\s]+$/, ''), nameKeys);
  for (const part of name.parts) {
    keysOfPart(part, nameKeys);
    honorifics(part, nameKeys);
    for (const form of declined(part, language, part === name.givenName)) keysOfPart(form, nameKeys);
  }
  keysOfPart(name.givenName, givenKeys);
  honorifics(name.givenName, givenKeys);
  for (const form of declined(name.givenName, language, true)) keysOfPart(form, givenKeys);
  for (const piece of [name.givenName, ...name.givenName.split(/[\s-]+/)]) {
    for (const nick of nicknamesOf(piece)) if (!nameKeys.has(nick)) nicknameKeys.add(nick);
  }
  return { nameKeys, givenKeys, nicknameKeys };
}

export interface AddressForms {
  /** audience.title in the draft's language ("Pani" → "Ms." in English, "Mr." → "pán" in Slovak). */
  title?: string;
  /** Title and name as the language's greeting takes them: "Pani Anno", "pane Nováku", "pán Novák", "Ms. Kowalska". */
  vocative?: string;
  /** The same for a man and for a woman (gender is never guessed): both without a title, only the title's own with one. */
  vocativeMale?: string;
  vocativeFemale?: string;
  /**
   * Empty markers for a text written for one gender ("{female}może Pani"): filled (with nothing) while that gender
   * is possible, missing once the title or the surname names the other, so such a suggestion drops out.
   */
  male?: string;
  female?: string;
}

/** The title word of each language: nominative, and the form a greeting takes. */
const TITLE_WORDS: Record<string, Record<Gender, { title: string; address: string }>> = {
  pl: { male: { title: 'Pan', address: 'Panie' }, female: { title: 'Pani', address: 'Pani' } },
  cs: { male: { title: 'pan', address: 'pane' }, female: { title: 'paní', address: 'paní' } },
  sk: { male: { title: 'pán', address: 'pán' }, female: { title: 'pani', address: 'pani' } },
  en: { male: { title: 'Mr.', address: 'Mr.' }, female: { title: 'Ms.', address: 'Ms.' } },
};

function addressed(language: string, gender: Gender, name: SplitName, titleWord: string): string | undefined {
  // A language's declension, when a coach brought it (reply-coach/languages/pl, …/cs); else the name as written.
  const vocative = vocatives().get(language) ?? ((n: string) => n);
  switch (language) {
    case 'pl':
      // Polish polite address: Pan/Pani with the given name in the vocative.
      return `${titleWord} ${vocative(name.givenName, gender, false)}`;
    case 'cs':
      return `${titleWord} ${vocative(name.familyName, gender, true)}`;
    case 'sk':
      // Modern Slovak has no vocative of names: "Dobrý deň, pán Novák".
      return `${titleWord} ${name.familyName}`;
    case 'en':
      return `${titleWord} ${name.familyName}`;
    default:
      return undefined;
  }
}

/**
 * {title}, {vocative}, {vocativeMale}, {vocativeFemale} for a draft in `language`. The gender comes from the
 * title, else from a surname whose form states it (src/names/gender.ts): {title} stays the caller's alone.
 */
export function addressForms(language: string, name: SplitName | undefined, title: string | undefined): AddressForms {
  const out: AddressForms = {};
  const words = TITLE_WORDS[language];
  const titled = genderOf(title);
  const gender = titled ?? (name ? surnameGender(name.familyName, language) : undefined);
  if (title !== undefined) {
    const english = language === 'en' ? englishTitle(title) : undefined;
    out.title = english ?? (titled && words ? words[titled].title : title.trim());
  }
  if (gender !== 'female') out.male = '';
  if (gender !== 'male') out.female = '';
  if (!name || !words) return out;
  if (gender) {
    const v = addressed(language, gender, name, language === 'en' ? out.title! : words[gender].address);
    if (v) out.vocative = v;
  } else if (title !== undefined && language === 'en' && out.title) {
    out.vocative = `${out.title} ${name.familyName}`;
  }
  // The alternatives a title does not rule out: both without one, only the title's own with one.
  const male = gender !== 'female' ? addressed(language, 'male', name, words.male.address) : undefined;
  const female = gender !== 'male' ? addressed(language, 'female', name, words.female.address) : undefined;
  if (male) out.vocativeMale = male;
  if (female) out.vocativeFemale = female;
  return out;
}

/**
 * The draft's words that are a nickname of the customer's given name. A nickname that is also an everyday word
 * counts only capitalised and not first in its sentence: "Hi Bill," is the name, "your bill" and "Will you…" are not.
 */
export function nicknameTokens(tokens: readonly Token[], keys: ReadonlySet<string>): Set<Token> {
  const out = new Set<Token>();
  if (keys.size === 0) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.placeholder || !keys.has(t.key)) continue;
    if (isEverydayWord(t.key)) {
      const prev = tokens[i - 1];
      if (!prev || prev.sentence !== t.sentence || !/^\p{Lu}/u.test(t.text)) continue;
    }
    out.add(t);
  }
  return out;
}
