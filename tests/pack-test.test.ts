import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPackTest } from '../src/cli/pack-test.js';
import { runPackExamples } from '../src/coach/pack-examples.js';
import { createCoach, loadPack } from '../src/index.js';

/** `reply-coach test`: a team's own pack with examples that contradict its rules no longer loads in silence. */
const dir = mkdtempSync(join(tmpdir(), 'reply-coach-pack-test-'));
const rule = (examples: unknown) => ({
  id: 'en.jargon.acme-terms',
  kind: 'substitution',
  severity: 'warning',
  message: 'Customers do not know “{excerpt}”.',
  entries: [{ patterns: ['fulfilment hub'], suggestions: ['warehouse'] }],
  examples,
});
const pack = (examples: unknown) => ({ language: 'en', category: 'jargon', rules: [rule(examples)] });
const good = pack({ bad: [{ text: 'It left our ⟦fulfilment hub⟧ today.', rewrite: 'It left our warehouse today.' }], good: ['It left our warehouse today.'] });

function run(files: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runPackTest(files, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('reply-coach test', () => {
  it('passes a pack whose examples hold (JSON and YAML)', () => {
    writeFileSync(join(dir, 'good.json'), JSON.stringify(good));
    writeFileSync(
      join(dir, 'good.yaml'),
      ['language: en', 'category: jargon', 'rules:', '  - id: en.jargon.acme-terms', '    kind: substitution', '    severity: warning', '    message: "Customers do not know {excerpt}."',
        '    entries:', '      - patterns: ["fulfilment hub"]', '        suggestions: ["warehouse"]', '    examples:', '      bad:', '        - text: "It left our ⟦fulfilment hub⟧ today."', '          rewrite: "It left our warehouse today."', '      good: ["Fine."]'].join('\n'),
    );
    const r = run([join(dir, 'good.json'), join(dir, 'good.yaml')]);
    expect(r.err).toBe('');
    expect(r.out).toBe('4 examples passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('fails, naming the example and what went wrong, when examples contradict the rule', () => {
    const bad = pack({
      bad: [{ text: 'It left our ⟦fulfilment⟧ hub today.' }, { text: 'It left our ⟦fulfilment hub⟧ today.', rewrite: 'It left our depot today.' }],
      good: ['Our fulfilment hub is in Leeds.'],
    });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const r = run([join(dir, 'bad.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('en.jargon.acme-terms bad #1 “It left our ⟦fulfilment⟧ hub today.”: expected a finding at 12-22 “fulfilment”, but it fires at 12-26 “fulfilment hub”');
    expect(r.out).toContain('bad #2 “It left our ⟦fulfilment hub⟧ today.”: the first suggestion gives “It left our warehouse today.”, not the expected “It left our depot today.”');
    expect(r.out).toContain('good #1 “Our fulfilment hub is in Leeds.”: the rule fires on “fulfilment hub”');
    expect(r.out.split('\n').at(-1)).toBe('0 examples passed, 3 failed');
  });

  it('exits 2 with the file and field for a pack that does not load', () => {
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ ...good, rules: [{ ...rule({ bad: [], good: ['x'] }) }] }));
    const r = run([join(dir, 'broken.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/broken\.json: rules\.0\.examples\.bad: every rule needs at least one example that triggers it/);
    expect(run([join(dir, 'missing.json')]).code).toBe(2);
    expect(run([]).code).toBe(2);
  });

  it('the library function reports every example of a shipped-style pack', () => {
    const p = loadPack(good);
    const results = runPackExamples(p, createCoach({ builtinPacks: false, packs: [p] }));
    expect(results.map((x) => [x.kind, x.index, x.ok])).toEqual([
      ['bad', 1, true],
      ['good', 1, true],
    ]);
  });
});
