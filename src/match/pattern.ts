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
 *   $placeholder  a template placeholder such as {{first_name}}
 *   $number     a word made of digits
 */
export type Step =
  | { kind: 'words'; words: ReadonlySet<string>; exact: ReadonlySet<string>; prefixes: readonly string[]; suffixes: readonly string[]; optional: boolean }
  | { kind: 'any'; optional: boolean }
  | { kind: 'special'; name: 'name' | 'given' | 'placeholder' | 'number'; optional: boolean };

export interface ParsedPattern {
  source: string;
  steps: Step[];
}

export class PatternSyntaxError extends Error {}

const SPECIALS = new Set(['name', 'given', 'placeholder', 'number']);
const MAX_STEPS = 16;

export function parsePattern(source: string): ParsedPattern {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) throw new PatternSyntaxError('pattern is empty');
  if (parts.length > MAX_STEPS) throw new PatternSyntaxError(`pattern has more than ${MAX_STEPS} words`);
  const steps = parts.map(parseStep);
  if (steps.every((s) => s.optional)) throw new PatternSyntaxError('pattern has only optional words');
  const firstIndex = steps.findIndex((s) => !s.optional);
  const first = steps[firstIndex]!;
  if (first.kind === 'any') throw new PatternSyntaxError('pattern may not begin with "*": anchor it on a word');
  // Matching starts from an index of first words; a word's ending cannot be looked up there.
  if (steps.slice(0, firstIndex + 1).some((s) => s.kind === 'words' && s.suffixes.length > 0)) {
    throw new PatternSyntaxError('pattern may not begin with a word ending ("*ed"): anchor it on a word');
  }
  return { source, steps };
}

function parseStep(part: string): Step {
  const optional = part.length > 1 && part.endsWith('?');
  const body = optional ? part.slice(0, -1) : part;
  if (body === '*') return { kind: 'any', optional };
  if (body.startsWith('$')) {
    const name = body.slice(1);
    if (!SPECIALS.has(name)) throw new PatternSyntaxError(`unknown special "${body}" (use $name, $given, $placeholder or $number)`);
    return { kind: 'special', name: name as 'name' | 'given' | 'placeholder' | 'number', optional };
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

/** Every pattern that can open with the optional steps left out, so that each starts on a required step. */
export function withoutLeadingOptionals(steps: Step[]): Step[][] {
  const out: Step[][] = [];
  let i = 0;
  while (i < steps.length) {
    const s = steps[i]!;
    out.push([{ ...s, optional: false } as Step, ...steps.slice(i + 1)]);
    if (!s.optional) break;
    i++;
  }
  return out.filter((v) => v[0]!.kind !== 'any');
}
