import { describe, expect, it } from 'vitest';
import { createCoach } from '../src/core.js';
import { en } from '../src/languages/en.js';
import { compromise } from '../src/nlp/compromise.js';
import { loadPack, RulePackError, type RulePackInput } from '../src/index.js';
import type { NlpLoader } from '../src/nlp/engine.js';

/** An English pack with one nlp rule: passives confirmed by compromise, on the sentence or on a window. */
const passivePack = (window?: { before: number; after: number }): RulePackInput => ({
  language: 'en',
  category: 'clarity',
  rules: [
    {
      id: 'en.clarity.tagged-passive',
      kind: 'nlp',
      severity: 'suggestion',
      message: '"{excerpt}" is passive.',
      prefilter: ['is|are|was|were|be|been *ed|sent'],
      match: '(#Copula|#Auxiliary)+ #Adverb? #Passive',
      ...(window ? { window } : {}),
      suggestions: [],
      examples: { bad: [{ text: 'Your order ⟦was cancelled⟧ by mistake.' }], good: ['We cancelled it.'] },
    },
  ],
});

/** compromise, with every text it is asked to parse recorded. */
function recording(): { loader: NlpLoader; parsed: string[] } {
  const parsed: string[] = [];
  const engine = compromise();
  return { parsed, loader: () => (text) => (parsed.push(text), engine(text)) };
}

const passives = (window: { before: number; after: number } | undefined, draft: string) => {
  const { loader, parsed } = recording();
  const coach = createCoach({ languages: [en], nlp: loader, language: 'en', packs: [passivePack(window)], categories: ['clarity'] });
  // The shipped passive rule finds the same words and would win the overlap.
  const options = { rules: { 'en.clarity.passive-voice': 'off' as const } };
  const findings = coach.analyze(draft, options).findings.filter((f) => f.ruleId === 'en.clarity.tagged-passive');
  for (const f of findings) expect(draft.slice(f.start, f.end)).toBe(f.excerpt);
  return { excerpts: findings.map((f) => [f.start, f.excerpt]), parsed };
};

describe('nlp rules with a window', () => {
  const draft =
    'Hi Sam,\n\nThanks for waiting while we looked at the account you told us about last week. Your order was cancelled by mistake on Monday, and the replacement has been sent to the address on file.\n\nBest,\nAna';

  it('parse only the words around each hit, and find what the whole sentence finds', () => {
    const whole = passives(undefined, draft);
    const windowed = passives({ before: 3, after: 1 }, draft);
    expect(whole.excerpts.map(([, e]) => e)).toEqual(['was cancelled', 'has been sent']);
    expect(windowed.excerpts).toEqual(whole.excerpts);
    // The sentence is parsed once whole; with a window, two short stretches (3 words before each hit, 1 after).
    expect(whole.parsed).toEqual(['Your order was cancelled by mistake on Monday, and the replacement has been sent to the address on file.']);
    expect(windowed.parsed).toEqual(['Your order was cancelled by', 'the replacement has been sent to']);
  });

  it('keep a window inside its sentence and merge windows that overlap', () => {
    const { parsed, excerpts } = passives({ before: 3, after: 2 }, 'It was sent. It was sent and was cancelled.');
    expect(parsed).toEqual(['It was sent', 'It was sent and was cancelled']);
    expect(excerpts).toEqual([
      [3, 'was sent'],
      [16, 'was sent'],
      [29, 'was cancelled'],
    ]);
  });

  it('are checked at load: whole numbers from 0 to 8, no other keys', () => {
    const windowed = (window: unknown) => loadPack({ ...passivePack(), rules: [{ ...passivePack().rules[0]!, window } as never] });
    expect(() => windowed({ before: 0, after: 8 })).not.toThrow();
    expect(() => windowed({ before: 9, after: 1 })).toThrow(RulePackError);
    expect(() => windowed({ before: 9, after: 1 })).toThrow(/rules\.0\.window\.before/);
    expect(() => windowed({ before: 1.5, after: 1 })).toThrow(/rules\.0\.window\.before/);
    expect(() => windowed({ before: 1 })).toThrow(/rules\.0\.window\.after/);
    expect(() => windowed({ before: 1, after: 1, around: 2 })).toThrow(/rules\.0\.window/);
  });
});
