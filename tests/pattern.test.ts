import { describe, expect, it } from 'vitest';
import { createCoach, loadPack, type RulePackInput } from '../src/index.js';

const pack = (patterns: string[]): RulePackInput => ({
  language: 'en',
  category: 'clarity',
  rules: [
    {
      id: 'en.clarity.test-ending',
      kind: 'phrase',
      severity: 'warning',
      message: 'test',
      patterns,
      suggestions: [],
      examples: { bad: [{ text: 'It ⟦was delayed⟧.' }], good: ['It was late.'] },
    },
  ],
});

describe('word endings in patterns (*ed)', () => {
  it('match any word with that ending after an anchoring word, and nothing else', () => {
    const coach = createCoach({ builtinPacks: false, packs: [pack(['was|were *ed|*en'])], language: 'en' });
    const draft = 'Your parcel was delayed. The form was written. It was late. Both were fine.';
    const found = coach.analyze(draft).findings.filter((f) => f.ruleId === 'en.clarity.test-ending');
    expect(found.map((f) => f.excerpt)).toEqual(['was delayed', 'was written']);
    for (const f of found) expect(draft.slice(f.start, f.end)).toBe(f.excerpt);
  });

  it('are refused where the index would need them: on the first word, or shorter than 2 letters', () => {
    expect(() => loadPack(pack(['*ed late']))).toThrow(/rules\.0\.patterns\.0: .*may not begin with a word ending/);
    expect(() => loadPack(pack(['late? *ed now']))).toThrow(/may not begin with a word ending/);
    expect(() => loadPack(pack(['was *d']))).toThrow(/ending "\*d" needs at least 2 letters/);
  });
});
