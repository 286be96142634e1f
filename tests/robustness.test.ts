import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, createCoach, type Report } from '../src/index.js';

const coach = createCoach();

function checkInvariants(text: string, report: Report): void {
  for (const f of report.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
    for (const s of f.suggestions) {
      for (const e of s.edits) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThanOrEqual(e.start);
      }
    }
  }
  for (let i = 1; i < report.findings.length; i++) {
    expect(report.findings[i]!.start).toBeGreaterThanOrEqual(report.findings[i - 1]!.start);
  }
  for (const v of Object.values(report.scores)) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(100);
  }
  expect(typeof report.rewrite).toBe('string');
}

// Words that trigger rules, so random drafts exercise findings, not just tokenizing.
const WORDS = [
  'Unfortunately', "can't", 'we', 'cannot', 'refund', 'latency', 'SLA', 'escalate', 'tier', '2', 'Hi', 'Anna', ',', '.', '!!', '?',
  'please', 'URGENT', 'was', 'shipped', 'Best', 'regards', '\n', '\n\n', '> quoted', '{{ticket.requester.first_name}}', '😀', '👍🏽',
  '\u200b', '\u200d', '\u202e', 'مرحبا', 'Děkujeme', 'nemôžeme', 'oʻzbek', 'қандай', '\ud800', '\udfff', 'e.g.', 'Mr.', '  ', '\t',
];
const draftArb = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(' ')),
);

describe('analyze never throws and keeps offsets honest', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(draftArb, fc.constantFrom('email', 'chat', 'sms') as fc.Arbitrary<'email'>, fc.boolean(), (text, channel, named) => {
        const report = coach.analyze(text, {
          channel,
          ...(named ? { audience: { name: 'Anna Kowalska', formality: 'formal' as const }, inReplyTo: 'This is unacceptable!' } : {}),
        });
        checkInvariants(text, report);
        // Every suggestion applies cleanly.
        for (const f of report.findings) for (const s of f.suggestions) applyEdits(text, s.edits);
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t \n'],
    ['zero-width', 'Hi\u200b Anna,\u200d we\u200bcan\u200bt\ufeff help.'],
    ['RTL', '\u202eUnfortunately مرحبا بك، لا يمكننا\u202c'],
    ['unpaired surrogates', 'We \ud800can\'t \udfff refund.'],
    ['emoji only', '😀😀😀👍🏽🇵🇱'],
    ['placeholders', 'Hi {{ticket.requester.first_name}}, {% if x %}we can\'t{% endif %} %{ticket.number} {$Ticket->Subject()}'],
    ['mixed scripts', 'Dobrý deň, we cannot help. Рахмат! oʻzbek tili. 我们无法退款。'],
  ])('on %s', (_, text) => {
    checkInvariants(text, coach.analyze(text));
  });

  it('on a 1 MB draft', () => {
    const para = "Hi Anna, unfortunately we can't refund this. The latency issue was escalated to tier 2!! Please restart the router.\n\n";
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const report = coach.analyze(text, { language: 'en' });
    expect(report.findings.length).toBeGreaterThan(1000);
    checkInvariants(text, report);
  });
});
