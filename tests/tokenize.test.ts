import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LANGUAGES } from '../src/data/builtin.js';
import { languagePacks } from '../src/data/packs.js';
import { tokenize, tokenizeByExpression } from '../src/text/tokenize.js';

const shared = join(import.meta.dirname, '..', '..', 'shared');
const corpus = join(shared, 'corpus');

/** Characters that decide where words and placeholders begin and end, in every script the packs read. */
const PIECES = [
  ...'abcXYZ019 .,!?-\'`´’‘ʼʻ{}%$[]_/:;@#\n\t'.split(''),
  ...'éłżčřšůĺľôäñßÖ'.split(''),
  'oʻ', "g'", 'o’', 'ўқғҳ', 'Привет', 'мы', '日本', '😊', '👍🏽', '\u0301', '\u200b', '\u00a0',
  '{{ticket.requester.first_name}}', '{% name %}', '%{recipient.name}', '% {x}', '{$ticket}', '${first}', '[[name]]', '[time frame]', '[termín]',
  "can't", 'e.g.', 'follow-up', 'v2.0', "o'zbek", 'sog\'', 'Dobrý den', 'WE', 'REFUND', 'x.y.z',
];

const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('gives exactly the tokens of the word expression on generated text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokenize(text)).toEqual(tokenizeByExpression(text));
      }),
      { numRuns: 20_000, seed: 20261206 },
    );
  });

  it('gives exactly the tokens of the word expression on the pack examples, the seed articles and the real replies', () => {
    // The packs' examples in every language are in the repository; the seeds and the corpus only beside it (../shared).
    const builtin = BUILTIN_LANGUAGES.flatMap(languagePacks).flatMap((p) =>
      p.rules.flatMap((r) => [...r.examples.bad.map((b) => b.text), ...r.examples.good.map((g) => (typeof g === 'string' ? g : g.text))]),
    );
    expect(builtin.length).toBeGreaterThan(1000);
    const seedDir = join(shared, 'seeds');
    const seeds = existsSync(seedDir) ? readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')) : [];
    const real = existsSync(corpus)
      ? readdirSync(corpus)
          .filter((f) => f.endsWith('.jsonl'))
          .flatMap((f) =>
            readFileSync(join(corpus, f), 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line) as Record<string, unknown>)
              .flatMap((r) => [r.text, r.reply, r.customer].filter((t): t is string => typeof t === 'string')),
          )
      : [];
    let words = 0;
    for (const text of [...builtin, ...seeds, ...real]) {
      const fast = tokenize(text);
      expect(fast).toEqual(tokenizeByExpression(text));
      words += fast.length;
    }
    expect(words).toBeGreaterThan(1000);
  });

  it('keys a plain word in lower case and keeps its span', () => {
    const text = 'Hi ANNA, we’ll REFUND {{ticket.id}} today.';
    expect(tokenize(text).map((t) => [t.text, t.key, text.slice(t.start, t.end), t.placeholder])).toEqual([
      ['Hi', 'hi', 'Hi', false],
      ['ANNA', 'anna', 'ANNA', false],
      ['we’ll', "we'll", 'we’ll', false],
      ['REFUND', 'refund', 'REFUND', false],
      ['{{ticket.id}}', '', '{{ticket.id}}', true],
      ['today', 'today', 'today', false],
    ]);
  });
});
