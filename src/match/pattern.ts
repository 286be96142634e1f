import { fold } from '../text/fold.js';
import { isWordLike } from '../text/tokenize.js';

/**
 * One position of a token-sequence pattern. Patterns are written as words
 * separated by spaces:
 *   word        that word (case- and diacritic-insensitive)
 *   a|b|c       any of these words
 *   problem*    any word starting with "problem" (inflected forms)
 *   *ed         any word ending in "ed" (not on the first word: the index needs a word)
 *   =Vám        exactly this spelling, case and diacritics included
 *   *           any one word
 *   x?          the position is optional (also "a|b?" and "*?")
 *   $name       a part of the customer's name (audience.name)
 *   $given      the customer's given name only
 *   $nickname   a nickname or diminutive of the customer's given name (Bob for Robert, Kasia for Katarzyna), not the name itself
 *   $placeholder  a template placeholder such as {{first_name}}
 *   $number     a word made of digits
 *   @class      any entry of a named word class (entries may be several words)
 *   <a b>       the marked positions: the finding covers and replaces only these
 */
interface Marks {
  /** The finding starts at the word this step matches (`<` before it). */
  markStart?: boolean;
  /** The finding ends after the word this step matches (`>` after it). */
  markEnd?: boolean;
}

export type Step = Marks &
  (
    | { kind: 'words'; words: ReadonlySet<string>; exact: ReadonlySet<string>; prefixes: readonly string[]; suffixes: readonly string[]; optional: boolean }
    | { kind: 'any'; optional: boolean }
    | { kind: 'special'; name: 'name' | 'given' | 'nickname' | 'placeholder' | 'number'; optional: boolean }
  );

/** A reference to a word class, before expansion into its entries. */
export type ClassStep = Marks & { kind: 'class'; name: string; optional: boolean };

export interface ParsedPattern {
  source: string;
  /** Positions as written; `class` positions are expanded by `expandPattern`. */
  steps: (Step | ClassStep)[];
}

export class PatternSyntaxError extends Error {}

const SPECIALS = new Set(['name', 'given', 'nickname', 'placeholder', 'number']);
const MAX_STEPS = 16;
/** After word classes are expanded: the matcher keeps one bit per position in a 32-bit mask. */
const MAX_EXPANDED_STEPS = 30;
/** Alternatives one pattern may expand into through its word classes. */
const MAX_VARIANTS = 4096;
const CLASS_NAME = /^[a-z][a-z0-9-]*$/;

/** Parses a pattern's syntax; word classes are checked and expanded later, against the language's class table. */
export function parsePattern(source: string): ParsedPattern {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new PatternSyntaxError('pattern is empty');
  if (parts.length > MAX_STEPS) throw new PatternSyntaxError(`pattern has more than ${MAX_STEPS} words`);
  const steps = parts.map(parseStep);
  checkMarks(steps);
  if (steps.every((s) => s.optional)) throw new PatternSyntaxError('pattern has only optional words');
  if (!steps.some((s) => s.kind === 'class')) checkAnchored(steps as Step[]);
  return { source, steps };
}

/** A pattern must open on a word the index can look up. */
function checkAnchored(steps: readonly Step[]): void {
  const firstIndex = steps.findIndex((s) => !s.optional);
  const first = steps[firstIndex]!;
  if (first.kind === 'any') throw new PatternSyntaxError('pattern may not begin with "*": anchor it on a word');
  // Matching starts from an index of first words; a word's ending cannot be looked up there.
  if (steps.slice(0, firstIndex + 1).some((s) => s.kind === 'words' && s.suffixes.length > 0)) {
    throw new PatternSyntaxError('pattern may not begin with a word ending ("*ed"): anchor it on a word');
  }
}

function checkMarks(steps: readonly (Step | ClassStep)[]): void {
  const starts = steps.flatMap((s, i) => (s.markStart ? [i] : []));
  const ends = steps.flatMap((s, i) => (s.markEnd ? [i] : []));
  if (starts.length === 0 && ends.length === 0) return;
  if (starts.length !== 1 || ends.length !== 1) throw new PatternSyntaxError('a pattern marks at most one span: one "<" and one ">"');
  if (starts[0]! > ends[0]!) throw new PatternSyntaxError('"<" must come before ">"');
  if (starts[0] === 0 && ends[0] === steps.length - 1) throw new PatternSyntaxError('the marked span is the whole pattern: leave out "<" and ">"');
  if (steps.slice(starts[0], ends[0]! + 1).every((s) => s.optional)) throw new PatternSyntaxError('the marked span needs a position that is not optional');
  for (const s of steps) {
    if (s.kind === 'class' && s.optional && (s.markStart || s.markEnd)) throw new PatternSyntaxError(`an optional word class ("@${s.name}?") cannot carry a mark`);
  }
}

function parseStep(raw: string): Step | ClassStep {
  let part = raw;
  const marks: Marks = {};
  if (part.length > 1 && part.startsWith('<')) (marks.markStart = true), (part = part.slice(1));
  // "x?>" and "x>?" are both accepted.
  let optional = false;
  for (let k = 0; k < 2 && part.length > 1; k++) {
    if (part.endsWith('>') && !marks.markEnd) (marks.markEnd = true), (part = part.slice(0, -1));
    else if (part.endsWith('?') && !optional) (optional = true), (part = part.slice(0, -1));
  }
  return { ...parseBody(part, raw, optional), ...marks };
}

function parseBody(body: string, part: string, optional: boolean): Step | ClassStep {
  if (body === '*') return { kind: 'any', optional };
  if (body.startsWith('@')) {
    const name = body.slice(1);
    if (!CLASS_NAME.test(name)) throw new PatternSyntaxError(`"${body}" is not a word class name (lower case, digits and hyphens)`);
    return { kind: 'class', name, optional };
  }
  if (body.startsWith('$')) {
    const name = body.slice(1);
    if (!SPECIALS.has(name)) throw new PatternSyntaxError(`unknown special "${body}" (use $name, $given, $nickname, $placeholder or $number)`);
    return { kind: 'special', name: name as 'name' | 'given' | 'nickname' | 'placeholder' | 'number', optional };
  }
  const words = new Set<string>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  for (const alt of body.split('|')) {
    if (alt.startsWith('=')) {
      if (!isWordLike(alt.slice(1))) throw new PatternSyntaxError(`"${alt}" is not a single word (in "${part}")`);
      exact.add(alt.slice(1).normalize('NFC'));
    } else if (alt.startsWith('*') && alt.length > 1) {
      const ending = alt.slice(1);
      if (ending.length < 2 || !isWordLike(ending)) throw new PatternSyntaxError(`ending "${alt}" needs at least 2 letters`);
      suffixes.push(fold(ending));
    } else if (alt.endsWith('*')) {
      const stem = alt.slice(0, -1);
      if (stem.length < 2 || !isWordLike(stem)) throw new PatternSyntaxError(`prefix "${alt}" needs a stem of at least 2 letters`);
      prefixes.push(fold(stem));
    } else {
      if (!isWordLike(alt)) throw new PatternSyntaxError(`"${alt}" is not a single word (in "${part}")`);
      words.add(fold(alt));
    }
  }
  return { kind: 'words', words, exact, prefixes, suffixes, optional };
}

/** Word classes by name, each a list of patterns (one or more positions, no classes or marks inside). */
export class WordClasses {
  private readonly parsed = new Map<string, Step[][]>();
  constructor(private readonly table: Readonly<Record<string, readonly string[]>> = {}) {}

  /** This table with `more` on top (a pack's own classes over its language's). */
  with(more: Readonly<Record<string, readonly string[]>> | undefined): WordClasses {
    return more && Object.keys(more).length > 0 ? new WordClasses({ ...this.table, ...more }) : this;
  }

  has(name: string): boolean {
    return Object.hasOwn(this.table, name);
  }

  entries(name: string): Step[][] {
    let list = this.parsed.get(name);
    if (list) return list;
    if (!this.has(name)) throw new PatternSyntaxError(`unknown word class "@${name}"`);
    list = this.table[name]!.map((entry) => {
      const { steps } = parsePattern(entry);
      if (steps.some((s) => s.kind === 'class' || s.markStart || s.markEnd)) {
        throw new PatternSyntaxError(`entry "${entry}" of "@${name}" may not use word classes or marks`);
      }
      return steps as Step[];
    });
    this.parsed.set(name, list);
    return list;
  }
}

const NO_CLASSES = new WordClasses();

/** The pattern's alternatives with every word class replaced by each of its entries (an optional class also by nothing). */
export function expandPattern(pattern: ParsedPattern, classes: WordClasses = NO_CLASSES): Step[][] {
  let variants: Step[][] = [[]];
  for (const step of pattern.steps) {
    if (step.kind !== 'class') {
      for (const v of variants) v.push(step);
      continue;
    }
    const options = classes.entries(step.name).map((entry) =>
      entry.map((s, i) => ({ ...s, ...(i === 0 && step.markStart ? { markStart: true } : {}), ...(i === entry.length - 1 && step.markEnd ? { markEnd: true } : {}) })),
    );
    if (step.optional) options.push([]);
    const next: Step[][] = [];
    for (const v of variants) for (const o of options) next.push([...v, ...o]);
    if (next.length > MAX_VARIANTS) throw new PatternSyntaxError(`"${pattern.source}" expands into more than ${MAX_VARIANTS} alternatives through its word classes`);
    variants = next;
  }
  for (const v of variants) {
    if (v.length > MAX_EXPANDED_STEPS) throw new PatternSyntaxError(`"${pattern.source}" is longer than ${MAX_EXPANDED_STEPS} words once its word classes are filled in`);
    if (v.every((s) => s.optional)) throw new PatternSyntaxError(`"${pattern.source}" can match nothing once its word classes are filled in`);
    checkAnchored(v);
  }
  return variants;
}

/** Every pattern that can open with the optional steps left out, so that each starts on a required step. */
export function withoutLeadingOptionals(steps: Step[]): Step[][] {
  const out: Step[][] = [];
  let i = 0;
  let carryMark = false;
  while (i < steps.length) {
    const s = steps[i]!;
    // A mark that opened on a left-out optional word opens on the word that now begins the pattern.
    out.push([{ ...s, optional: false, ...(carryMark ? { markStart: true } : {}) } as Step, ...steps.slice(i + 1)]);
    if (!s.optional) break;
    carryMark ||= s.markStart === true && s.markEnd !== true;
    i++;
  }
  return out.filter((v) => v[0]!.kind !== 'any');
}
