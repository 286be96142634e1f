import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, detectLanguage } from '../src/index.js';

/**
 * Detection accuracy on support sentences written for this test, per
 * language, short (5–15 words) and long. `npm run accuracy` prints the
 * same table for the README.
 */
const dir = join(import.meta.dirname, 'fixtures', 'detection');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ language: f.slice(0, -5), ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as { short: string[]; long: string[] }) }));

describe('language detection', () => {
  it.each(fixtures)('$language: at least 95% right on short and 100% on long drafts', ({ language, short, long }) => {
    const wrongShort = short.filter((t) => detectLanguage(t).language !== language);
    const wrongLong = long.filter((t) => detectLanguage(t).language !== language);
    expect(short.length).toBeGreaterThanOrEqual(40);
    expect(wrongLong).toEqual([]);
    expect(wrongShort.length / short.length, wrongShort.map((t) => `${detectLanguage(t).language}: ${t}`).join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('is at least 98% right on all short drafts together', () => {
    const all = fixtures.flatMap(({ language, short }) => short.map((t) => detectLanguage(t).language === language));
    expect(all.filter(Boolean).length / all.length).toBeGreaterThanOrEqual(0.98);
  });

  it('lets the caller\'s language win', () => {
    const text = fixtures.find((f) => f.language === 'en')!.short[0]!;
    expect(analyze(text, { language: 'pl' }).language).toEqual({ code: 'pl', confidence: 1, detected: false });
  });

  it('reports lower confidence on short drafts than on long ones', () => {
    const en = fixtures.find((f) => f.language === 'en')!;
    expect(detectLanguage(en.short[0]!).confidence).toBeLessThan(detectLanguage(en.long[0]!).confidence);
  });
});

it('has fixtures for every language with packs', () => {
  for (const language of ['en', 'pl', 'cs', 'sk', 'uz']) {
    if (existsSync(join(import.meta.dirname, '..', 'rules', language))) expect(existsSync(join(dir, `${language}.json`)), language).toBe(true);
  }
});
