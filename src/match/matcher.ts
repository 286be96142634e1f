import type { Token } from '../text/tokenize.js';
import { fold } from '../text/fold.js';
import { expandPattern, parsePattern, withoutLeadingOptionals, type Step, type WordClasses } from './pattern.js';

/** What a match may depend on besides the tokens themselves. */
export interface MatchContext {
  /** Folded parts of the customer's name. */
  nameKeys: ReadonlySet<string>;
  /** Folded given name (with its hyphenated pieces). */
  givenKeys: ReadonlySet<string>;
  /**
   * The draft's words that are a nickname or diminutive of the given name (src/names/nicknames.json), never the
   * name itself; a nickname that is also an everyday word ("Bill", "Will") counts only capitalised inside a sentence.
   */
  nicknames?: ReadonlySet<Token>;
}

export interface Hit<T> {
  payload: T;
  /** Token indices, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
}

interface Entry<T> {
  steps: Step[];
  payload: T;
  /** The first step has exact spellings: the index found the folded word, the spelling is still to check. */
  verifyFirst: boolean;
  /**
   * The steps that may take the word after the first (the second, and those after it while the earlier ones are
   * optional): the pattern dies unless that word matches one of them. Absent when any word may follow, or when the
   * first word alone is already a match.
   */
  gate: Step[] | undefined;
  /** Positions of the marked span (`<` … `>`), when the pattern marks one. */
  mark: { from: number; to: number } | undefined;
}

const DIGIT = /^\p{N}/u;
/** Patterns opening on two plain word positions are indexed by every pair of their words, up to this many pairs. */
const MAX_BIGRAMS = 1024;
const EMPTY_CONTEXT: MatchContext = { nameKeys: new Set(), givenKeys: new Set() };

function stepMatches(step: Step, token: Token, ctx: MatchContext): boolean {
  switch (step.kind) {
    case 'any':
      return true;
    case 'words':
      if (token.placeholder) return false;
      if (step.words.has(token.key)) return true;
      if (step.exact.size > 0 && step.exact.has(token.text.normalize('NFC'))) return true;
      for (const p of step.prefixes) if (token.key.startsWith(p)) return true;
      for (const e of step.suffixes) if (token.key.endsWith(e)) return true;
      return false;
    case 'special':
      if (step.name === 'placeholder') return token.placeholder;
      if (step.name === 'number') return DIGIT.test(token.key);
      if (step.name === 'nickname') return ctx.nicknames !== undefined && ctx.nicknames.has(token);
      // A name placeholder in a template stands for the name.
      if (token.placeholder) return /name/i.test(token.text);
      return (step.name === 'given' ? ctx.givenKeys : ctx.nameKeys).has(token.key);
  }
}

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_AFFIXES: readonly string[] = [];

/**
 * The step with every field of every kind, in one order: steps built by spreading (marks, optional) come in many
 * object shapes, and the matcher's hot loop reads them all; one shape keeps those reads monomorphic.
 */
function uniform(step: Step): Step {
  return {
    kind: step.kind,
    words: step.kind === 'words' ? step.words : NO_WORDS,
    exact: step.kind === 'words' ? step.exact : NO_WORDS,
    prefixes: step.kind === 'words' ? step.prefixes : NO_AFFIXES,
    suffixes: step.kind === 'words' ? step.suffixes : NO_AFFIXES,
    name: step.kind === 'special' ? step.name : 'name',
    optional: step.optional,
    markStart: step.markStart === true,
    markEnd: step.markEnd === true,
  } as Step;
}

function anyMatches(steps: readonly Step[], token: Token, ctx: MatchContext): boolean {
  for (const step of steps) if (stepMatches(step, token, ctx)) return true;
  return false;
}

/** The patterns a word opens: those indexed on it alone, and those that open with it and a given second word. */
interface Slot<T> {
  entries?: Entry<T>[];
  /** Patterns that open with two plain words, by the second: most candidates die on the second word, so look both up at once. */
  seconds?: Map<string, Entry<T>[]>;
}

/**
 * A set of token-sequence patterns compiled into an index on their first
 * word. Matching looks up each token once and then runs each candidate
 * pattern as a small bit-set automaton over at most 16 steps, so time is
 * linear in the draft whatever the patterns are.
 */
export class Matcher<T> {
  /** One lookup per word of the draft finds every pattern it may open. */
  private readonly byWord = new Map<string, Slot<T>>();
  /** Prefix patterns ("refund*") by the first UTF-16 unit of the prefix: a number key, so the scan allocates nothing per token. */
  private readonly byPrefix = new Map<number, { prefix: string; entry: Entry<T> }[]>();
  private readonly bySpecial = new Map<string, Entry<T>[]>();
  size = 0;

  /** Adds a pattern; `classes` resolves its `@class` positions (an unknown class throws PatternSyntaxError). */
  add(pattern: string, payload: T, classes?: WordClasses): void {
    for (const expanded of expandPattern(parsePattern(pattern), classes)) this.addSteps(expanded, payload);
  }

  private addSteps(steps: Step[], payload: T): void {
    for (const written of withoutLeadingOptionals(steps)) {
      const variant = written.map(uniform);
      const first = variant[0]!;
      const from = variant.findIndex((st) => st.markStart);
      const to = variant.findIndex((st) => st.markEnd);
      const entry: Entry<T> = {
        steps: variant,
        payload,
        verifyFirst: first.kind === 'words' && first.exact.size > 0,
        gate: gateOf(variant),
        mark: from >= 0 && to >= from ? { from, to } : undefined,
      };
      const second = variant[1];
      const plain = (st: Step | undefined): st is Extract<Step, { kind: 'words' }> =>
        st !== undefined && st.kind === 'words' && !st.optional && st.prefixes.length === 0 && st.suffixes.length === 0 && st.exact.size === 0;
      if (plain(first) && plain(second) && first.words.size * second.words.size <= MAX_BIGRAMS) {
        for (const a of first.words) {
          const slot = this.slot(a);
          slot.seconds ??= new Map();
          for (const b of second.words) push(slot.seconds, b, entry);
        }
      } else if (first.kind === 'words') {
        for (const w of first.words) (this.slot(w).entries ??= []).push(entry);
        for (const w of first.exact) if (!first.words.has(fold(w))) (this.slot(fold(w)).entries ??= []).push(entry);
        for (const p of first.prefixes) push(this.byPrefix, p.charCodeAt(0), { prefix: p, entry });
      } else if (first.kind === 'special') {
        push(this.bySpecial, first.name, entry);
      }
      this.size++;
    }
  }

  private slot(word: string): Slot<T> {
    let slot = this.byWord.get(word);
    if (!slot) this.byWord.set(word, (slot = {}));
    return slot;
  }

  /**
   * All hits, the longest for each (pattern, start); `sameSentence` keeps a
   * hit inside one sentence; scanning stops once `limit` hits are found.
   */
  match(tokens: readonly Token[], ctx: MatchContext = EMPTY_CONTEXT, sameSentence = true, limit = Infinity): Hit<T>[] {
    const hits: Hit<T>[] = [];
    if (this.size === 0) return hits;
    const specials = this.bySpecial;
    for (let i = 0; i < tokens.length && hits.length < limit; i++) {
      const token = tokens[i]!;
      if (token.placeholder) {
        this.runAll(specials.get('placeholder'), tokens, i, ctx, sameSentence, hits);
        this.runAll(specials.get('name'), tokens, i, ctx, sameSentence, hits);
        this.runAll(specials.get('given'), tokens, i, ctx, sameSentence, hits);
        continue;
      }
      const key = token.key;
      const slot = this.byWord.get(key);
      if (slot) {
        this.runAll(slot.entries, tokens, i, ctx, sameSentence, hits);
        const next = tokens[i + 1];
        if (slot.seconds && next && !next.placeholder && (!sameSentence || next.sentence === token.sentence)) {
          this.runAll(slot.seconds.get(next.key), tokens, i, ctx, sameSentence, hits);
        }
      }
      const pre = this.byPrefix.size > 0 ? this.byPrefix.get(key.charCodeAt(0)) : undefined;
      if (pre) {
        for (const { prefix, entry } of pre) {
          if (key.startsWith(prefix)) this.runOne(entry, tokens, i, ctx, sameSentence, hits);
        }
      }
      if (specials.size > 0) {
        if (specials.has('number') && DIGIT.test(key)) this.runAll(specials.get('number'), tokens, i, ctx, sameSentence, hits);
        if (ctx.nameKeys.has(key)) this.runAll(specials.get('name'), tokens, i, ctx, sameSentence, hits);
        if (ctx.givenKeys.has(key)) this.runAll(specials.get('given'), tokens, i, ctx, sameSentence, hits);
        if (ctx.nicknames?.has(token)) this.runAll(specials.get('nickname'), tokens, i, ctx, sameSentence, hits);
      }
    }
    return hits;
  }

  private runAll(entries: Entry<T>[] | undefined, tokens: readonly Token[], i: number, ctx: MatchContext, same: boolean, hits: Hit<T>[]): void {
    if (entries) for (const entry of entries) this.runOne(entry, tokens, i, ctx, same, hits);
  }

  private runOne(entry: Entry<T>, tokens: readonly Token[], i: number, ctx: MatchContext, same: boolean, hits: Hit<T>[]): void {
    const steps = entry.steps;
    if (entry.verifyFirst && !stepMatches(steps[0]!, tokens[i]!, ctx)) return;
    // Most candidates fail on their second word: check it before running the automaton.
    const gate = entry.gate;
    if (gate) {
      const next = tokens[i + 1];
      if (!next || (same && next.sentence !== tokens[i]!.sentence) || !anyMatches(gate, next, ctx)) return;
    }
    const last = steps.length === 1 ? i + 1 : this.run(steps, tokens, i, ctx, same);
    if (last <= i) return;
    const [from, to] = entry.mark ? (markedTokens(steps, entry.mark, tokens, i, last, ctx) ?? [i, last]) : [i, last];
    hits.push({ payload: entry.payload, first: from, last: to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
  }

  /** True when any pattern matches anywhere in the tokens. */
  test(tokens: readonly Token[], ctx?: MatchContext): boolean {
    return this.match(tokens, ctx, true, 1).length > 0;
  }

  /** Runs one pattern whose first step matched tokens[i]; returns the end (exclusive) of the longest match, or i. */
  private run(steps: Step[], tokens: readonly Token[], i: number, ctx: MatchContext, sameSentence: boolean): number {
    const accept = 1 << steps.length;
    let mask = closure(steps, 1 << 1);
    let best = mask & accept ? i + 1 : i;
    const sentence = tokens[i]!.sentence;
    for (let j = i + 1; j < tokens.length && (mask & ~accept) !== 0; j++) {
      const token = tokens[j]!;
      if (sameSentence && token.sentence !== sentence) break;
      let next = 0;
      for (let s = 0; s < steps.length; s++) {
        if (mask & (1 << s) && stepMatches(steps[s]!, token, ctx)) next |= 1 << (s + 1);
      }
      mask = closure(steps, next);
      if (mask & accept) best = j + 1;
    }
    return best;
  }
}

/**
 * The tokens that the marked positions matched, in the match tokens[i, last):
 * the step sets are run forward again, then one path is walked back from the
 * end. A match is at most 30 tokens long, so this is cheap. Undefined when the
 * marked positions were all optional and matched nothing.
 */
function markedTokens(steps: Step[], mark: { from: number; to: number }, tokens: readonly Token[], i: number, last: number, ctx: MatchContext): [number, number] | undefined {
  const n = last - i;
  const sets: number[] = [0, closure(steps, 1 << 1)];
  for (let k = 1; k < n; k++) {
    let next = 0;
    for (let s = 0; s < steps.length; s++) if (sets[k]! & (1 << s) && stepMatches(steps[s]!, tokens[i + k]!, ctx)) next |= 1 << (s + 1);
    sets.push(closure(steps, next));
  }
  // Walk back from the accepting state: which step consumed each token.
  const skips = (a: number, b: number) => {
    for (let s = a; s < b; s++) if (!steps[s]!.optional) return false;
    return a <= b;
  };
  let state = steps.length;
  let from = -1;
  let to = -1;
  for (let k = n - 1; k >= 0; k--) {
    let consumer = 0;
    if (k > 0) {
      consumer = -1;
      for (let s = Math.min(state - 1, steps.length - 1); s >= 0; s--) {
        if (sets[k]! & (1 << s) && skips(s + 1, state) && stepMatches(steps[s]!, tokens[i + k]!, ctx)) {
          consumer = s;
          break;
        }
      }
      if (consumer < 0) return undefined;
    }
    if (consumer >= mark.from && consumer <= mark.to) {
      if (to < 0) to = i + k + 1;
      from = i + k;
    }
    state = consumer;
  }
  return from < 0 ? undefined : [from, to];
}

/** The entry's gate (see Entry.gate): the steps reachable for the second word, unless one takes any word or none is needed. */
function gateOf(steps: Step[]): Step[] | undefined {
  const gate: Step[] = [];
  for (let s = 1; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.kind === 'any') return undefined;
    gate.push(step);
    if (!step.optional) return gate;
  }
  // Every step after the first is optional: the first word alone matches.
  return undefined;
}

function closure(steps: Step[], mask: number): number {
  for (let s = 0; s < steps.length; s++) {
    if (mask & (1 << s) && steps[s]!.optional) mask |= 1 << (s + 1);
  }
  return mask;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
