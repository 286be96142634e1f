import type { Draft } from './context.js';
import { memo } from '../match/memo.js';
import type { LocalePerson, PersonEndings } from '../schema/locale.js';
import type { Token } from '../text/tokenize.js';

/** Who the agent writes as: one person ("sprawdzę", "děkuji") or the team ("sprawdzimy", "děkujeme"). */
export type Person = 'I' | 'we';

/** A locale's `person` ready to read tokens with: its words as sets, its endings as tests. */
interface PersonWords {
  I: ReadonlySet<string>;
  we: ReadonlySet<string>;
  iEndings?: RegExp;
  weEndings?: RegExp;
  endingsOnKey: boolean;
}

const COMPILED = new WeakMap<LocalePerson, PersonWords>();

/** "at least `after` letters, then one of the endings", tested on a whole lower-case word. */
function endingTest(e: PersonEndings | undefined): RegExp | undefined {
  return e && new RegExp(`\\p{L}{${e.after}}(?:${e.endings.join('|')})$`, 'u');
}

/** The language's first-person words (locales/<lang>.json `person`), compiled once per locale. */
function personWords(spec: LocalePerson | undefined): PersonWords | undefined {
  if (!spec) return undefined;
  let out = COMPILED.get(spec);
  if (!out) {
    out = { I: new Set(spec.I), we: new Set(spec.we), endingsOnKey: spec.endings?.onKey === true };
    const i = endingTest(spec.endings?.I);
    const we = endingTest(spec.endings?.we);
    if (i) out.iEndings = i;
    if (we) out.weEndings = we;
    COMPILED.set(spec, out);
  }
  return out;
}

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
  const w = personWords(d.locale.locale.person);
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
