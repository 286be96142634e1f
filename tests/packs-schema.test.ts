import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RulePackSchema } from '../src/schema/pack.js';

const root = join(import.meta.dirname, '..', 'rules');
const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));

describe('every rule pack fits RulePackSchema', () => {
  it.each(files)('%s', (file) => {
    const result = RulePackSchema.safeParse(JSON.parse(readFileSync(join(root, file), 'utf8')));
    const problems = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([]);
    const [language, category] = file.replace(/\.json$/, '').split(/[\\/]/);
    expect(result.data?.language).toBe(language);
    expect(result.data?.category).toBe(category);
  });
});
