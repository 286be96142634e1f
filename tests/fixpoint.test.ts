import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCoach } from '../src/index.js';
import { draftArb, NAMES } from './helpers/drafts.js';

/**
 * Issue 14: the rewrite is a fixpoint. Rewriting the rewrite with the same
 * options changes nothing, so fix-on-save in an editor never grows a draft,
 * and every inserted element (greeting, acknowledgement, closing offer,
 * sign-off) is recognised as present on the next pass.
 * FUZZ_RUNS sets the number of drafts (`npm run fuzz` runs 100,000).
 */
const coach = createCoach();
const runs = Number(process.env.FUZZ_RUNS ?? 300);

describe('the rewrite settles', () => {
  it(`rewrite(rewrite(d)) === rewrite(d) on ${runs} random drafts in five languages`, () => {
    fc.assert(
      fc.property(draftArb, ({ text, options }) => {
        const once = coach.analyze(text, options).rewrite;
        const twice = coach.analyze(once, options).rewrite;
        expect(twice).toBe(once);
      }),
      { numRuns: runs, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  }, 600_000);

  it.each(NAMES)('a greeting inserted for %s is recognised on the next pass', (name) => {
    const options = { language: 'en', channel: 'email' as const, audience: { name } };
    const draft = 'Hi,\n\nYour order shipped today and arrives by Friday.\n\nIf anything else comes up, just reply to this email.\n\nBest regards,\nJordan';
    const once = coach.analyze(draft, options).rewrite;
    expect(coach.analyze(once, options).rewrite).toBe(once);
    const again = coach.analyze(once, options).findings.filter((f) => f.ruleId.includes('greeting'));
    expect(again.map((f) => f.excerpt)).toEqual(again.map((f) => once.slice(f.start, f.end)));
    expect(again.filter((f) => f.severity !== 'suggestion')).toEqual([]);
  });
});
