import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, type Finding } from '../src/index.js';

/**
 * The seed articles' own examples, in English: what they teach must hold.
 * (Slovak 000, Polish 001/002, Czech 003, Uzbek 004 in ../shared/seeds.)
 */
const en = { language: 'en' } as const;
const describeFinding = (f: Finding) => `${f.ruleId} “${f.excerpt}”`;

describe('seed examples (English)', () => {
  it('"Sorry, but we can\'t refund discounted products" gets a positive reframe', () => {
    const text = "Sorry, but we can't refund discounted products.";
    const report = analyze(text, en);
    const f = report.findings.find((x) => x.category === 'positive-language');
    expect(f, report.findings.map(describeFinding).join('; ')).toBeDefined();
    expect(f!.excerpt).toBe(text.slice(f!.start, f!.end));
    expect(f!.excerpt.toLowerCase()).toContain("can't");
    const fixed = applyEdits(text, f!.suggestions[0]!.edits);
    expect(fixed).not.toMatch(/can't/i);
    // The reframe says what can be done.
    expect(fixed).toMatch(/\b(can|could|will|happy to|able to|offer)\b/i);
  });

  it('"We encountered a network latency issue affecting system throughput" gets jargon findings', () => {
    const text = 'We encountered a network latency issue affecting system throughput.';
    const jargon = analyze(text, en).findings.filter((f) => f.category === 'jargon');
    expect(jargon.map((f) => f.excerpt.toLowerCase())).toEqual(expect.arrayContaining(['latency', 'throughput']));
    for (const f of jargon) expect(f.suggestions.length).toBeGreaterThan(0);
  });

  it('a reply to an angry customer that opens with troubleshooting steps gets an empathy finding', () => {
    const text = 'Hi Anna,\n\nPlease restart your router and check the cables. Then run the speed test again.\n\nBest regards,\nSam';
    const report = analyze(text, {
      ...en,
      audience: { name: 'Anna Kowalska' },
      inReplyTo: 'This is the third time I am writing to you. My internet has been down for three days and I am furious!',
    });
    const f = report.findings.find((x) => x.category === 'empathy');
    expect(f, report.findings.map(describeFinding).join('; ')).toBeDefined();
    expect(f!.start).toBe(text.indexOf('Please'));
    expect(f!.excerpt).toBe('');
    expect(report.rewrite.indexOf('Please')).toBeGreaterThan(text.indexOf('Please'));
    // The same reply with an acknowledgement first is fine.
    const kind = text.replace('Please restart', 'I understand how frustrating it is to be without internet, and I am sorry it has taken three messages. Please restart');
    expect(analyze(kind, { ...en, audience: { name: 'Anna Kowalska' }, inReplyTo: 'I am furious!' }).findings.filter((x) => x.category === 'empathy')).toEqual([]);
  });

  it('a well-written reply gets no warning or error', () => {
    const text = `Hi Anna,

Thank you for getting in touch, and I'm sorry your order arrived late. I understand how frustrating it is to wait for something you need.

I checked your order, and the parcel left our warehouse yesterday. It will reach you by Friday, and I have added a $10 credit to your account for the delay. I will check the tracking myself on Thursday and email you by noon with an update.

If there's anything else I can help with, just reply to this email.

Best regards,
Sam`;
    const report = analyze(text, {
      ...en,
      channel: 'email',
      audience: { name: 'Anna Kowalska' },
      inReplyTo: 'My order is late again and I am really frustrated. Where is it?',
    });
    const serious = report.findings.filter((f) => f.severity !== 'suggestion');
    expect(serious.map(describeFinding)).toEqual([]);
    expect(report.scores.overall).toBeGreaterThanOrEqual(90);
  });
});
