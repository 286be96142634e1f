import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate } from '../src/checks/rule.js';
import { createCoach, loadPack, type AnalyzeOptions } from '../src/index.js';

/** Issue 13: no message ever shows a raw "{suggestion}" (or any other placeholder), with or without the customer's name. */
describe('interpolate', () => {
  it('fills what it has and drops the clause that needs what it lacks', () => {
    expect(interpolate('“{excerpt}” is vague: write “{suggestion}”.', { excerpt: 'soon' })).toBe('“soon” is vague.');
    expect(interpolate('Greet the customer by name. Write “{suggestion}”.', {})).toBe('Greet the customer by name.');
    expect(interpolate('Use “{suggestion}” here.', {})).toBe('Use here.');
    expect(interpolate('“{excerpt}” is vague, e.g. “{suggestion}”.', { excerpt: 'Re:' })).toBe('“Re:” is vague.');
    expect(interpolate('{value} words (limit {limit}).', { value: 45, limit: 40 })).toBe('45 words (limit 40).');
  });
});

const root = join(import.meta.dirname, '..', 'rules');
const packs = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .map((f) => loadPack(readFileSync(join(root, f), 'utf8')));
const coach = createCoach();

describe('every message of every rule, on its own examples, with and without a name', () => {
  for (const pack of packs) {
    it(`${pack.language}/${pack.category}`, () => {
      const raw: string[] = [];
      for (const rule of pack.rules) {
        for (const example of rule.examples.bad) {
          const text = example.text.replace('⟦', '').replace('⟧', '');
          const base = { language: pack.language, ...(example.options as object) } as Record<string, unknown>;
          const audience = (base.audience ?? {}) as Record<string, unknown>;
          const withName = { ...base, audience: { ...audience, name: audience.name ?? 'Anna Kowalska' } };
          const withoutName = { ...base, audience: Object.fromEntries(Object.entries(audience).filter(([k]) => k !== 'name')) };
          for (const options of [withName, withoutName]) {
            const [draft, o] = rule.kind === 'subject' ? [example.body ?? '', { ...options, subject: text }] : [text, options];
            for (const f of coach.analyze(draft, o as AnalyzeOptions).findings) if (/\{[a-z]+\}/i.test(f.message)) raw.push(`${f.ruleId}: ${f.message}`);
          }
        }
      }
      expect(raw).toEqual([]);
    });
  }
});
