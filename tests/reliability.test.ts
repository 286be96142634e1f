import { describe, expect, it } from 'vitest';
import { analyze, createCoach, loadPack, OptionsError, RulePackError } from '../src/index.js';
import { segment } from '../src/text/segment.js';

/** Issue 14: linear time on any input, and typed errors for malformed packs and options. */
describe('the sentence splitter reads each character a bounded number of times', () => {
  const shapes: Record<string, (n: number) => string> = {
    'a run of dots before a letter': (n) => '.'.repeat(n) + 'x',
    'alternating ! and ?': (n) => '!?'.repeat(n / 2) + 'x',
    'dots and closing quotes': (n) => '."'.repeat(n / 2) + 'x',
    'initials without spaces': (n) => 'a.'.repeat(n / 2) + ' x',
    'abbreviations with spaces': (n) => 'e.g. '.repeat(n / 5),
    'ordinary sentences': (n) => 'We sent it today. It arrives soon! '.repeat(n / 35),
  };
  const reads = (text: string) => {
    const work = { reads: 0 };
    segment(text, new Set(['e.g']), work);
    return work.reads;
  };
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: 10x the text is at most 11x the reads`, () => {
      const small = reads(make(2000));
      const large = reads(make(20000));
      expect(small).toBeGreaterThan(0);
      expect(large / small).toBeLessThanOrEqual(11);
      // Each character is read at most a few times: a fixed bound, whatever the size.
      expect(large).toBeLessThanOrEqual(3 * make(20000).length);
    });
  }

  it('a draft of 200,000 dots (and the same as the customer message) is analyzed', () => {
    const dots = '.'.repeat(200_000) + 'x';
    const report = analyze(dots, { language: 'en', inReplyTo: dots });
    expect(report.metrics.sentences).toBeGreaterThan(0);
    expect(typeof report.rewrite).toBe('string');
  });
});

describe('malformed packs and options are typed errors that name the field', () => {
  const nlpPack = (match: string) => ({
    language: 'en',
    category: 'clarity',
    rules: [{ id: 'en.clarity.t', kind: 'nlp', severity: 'warning', message: 'm', prefilter: ['was'], match, suggestions: [], examples: { bad: [{ text: '⟦x⟧' }], good: ['y'] } }],
  });

  it('an nlp match with a regular expression is refused at load', () => {
    expect(() => loadPack(nlpPack('/^(a+)+$/'))).toThrow(RulePackError);
    expect(() => loadPack(nlpPack('/[/'))).toThrow(/rules\.0\.match: regular expressions/);
    expect(() => loadPack(nlpPack('#Passive'))).not.toThrow();
  });

  it('a null pack in a language module is an OptionsError, not a TypeError', () => {
    const attempt = () => createCoach({ languages: [{ language: 'en', locale: {}, packs: [null] }] });
    expect(attempt).toThrow(OptionsError);
    expect(attempt).toThrow(/config\.languages\.0: must be a language module/);
  });

  it('a "__proto__" key in rules is reported, in options and in the config', () => {
    const rules = JSON.parse('{"__proto__": "off"}') as Record<string, 'off'>;
    expect(() => analyze('Hello.', { language: 'en', rules })).toThrow(/options\.rules\.__proto__: no rule has this id/);
    expect(() => createCoach({ rules })).toThrow(/config\.rules\.__proto__: no rule has this id/);
  });
});

describe('sentence ends after letter pairs', () => {
  it('"T&S." and "A/B." end a sentence; "J. Smith" does not', () => {
    const spans = (text: string) => segment(text, new Set()).sentences.map((s) => text.slice(s.start, s.end));
    expect(spans('See our T&S. Then reply.')).toEqual(['See our T&S.', 'Then reply.']);
    expect(spans('We ran an A/B. It worked.')).toEqual(['We ran an A/B.', 'It worked.']);
    expect(spans('Ask J. Smith today.')).toEqual(['Ask J. Smith today.']);
  });
});

describe('dates with ordinal dots stay in one sentence', () => {
  it('"k 30. 6. 2027" and "1. septembra" do not end a sentence; "in 2027. Then" does', () => {
    const spans = (text: string) => segment(text, new Set()).sentences.map((s) => text.slice(s.start, s.end));
    expect(spans('Platba príde k 30. 6. 2027 na účet.')).toEqual(['Platba príde k 30. 6. 2027 na účet.']);
    expect(spans('Od 1. septembra platí nový cenník.')).toEqual(['Od 1. septembra platí nový cenník.']);
    expect(spans('It ships in 2027. Then we see.')).toEqual(['It ships in 2027.', 'Then we see.']);
  });
});

describe('a deletion that would leave a clitic first', () => {
  it('is not applied unattended when the clitics move past a short word ("Bohužel jsme ji už vyprodali")', () => {
    const r = analyze('Dobrý den,\n\nbohužel jsme ji už vyprodali.', { language: 'cs', channel: 'chat' });
    expect(r.rewrite).not.toContain('vyprodali jsme ji');
  });
});
