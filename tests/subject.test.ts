import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/** Issue 16: the email's subject line, with findings placed on the subject (`field: 'subject'`). */
const body = 'Hi Anna,\n\nYour refund for order 4821 was sent today and reaches your card by Friday.\n\nIf anything else comes up, just reply to this email.\n\nBest regards,\nSam';
const onSubject = (subject: string, options = {}) =>
  analyze(body, { language: 'en', audience: { name: 'Anna Smith' }, subject, ...options }).findings.filter((f) => f.field === 'subject');

describe('subject lines', () => {
  it('a generic subject is a personalization warning on the subject, with one built from the reply', () => {
    const [f, ...rest] = onSubject('Re: Your request');
    expect(rest).toEqual([]);
    expect(f!.ruleId).toBe('en.personalization.subject-generic');
    expect(f!.category).toBe('personalization');
    expect(f!.severity).toBe('warning');
    expect([f!.start, f!.end, f!.excerpt, f!.line, f!.column]).toEqual([4, 16, 'Your request', 1, 5]);
    expect(f!.suggestions[0]!.edits).toEqual([{ start: 4, end: 16, text: 'Your refund: what happens next' }]);
    expect(f!.fixable).toBe(false);
  });

  it('missing, capitals and reply chains', () => {
    expect(onSubject('').map((f) => [f.ruleId, f.start, f.end])).toEqual([['en.personalization.subject-missing', 0, 0]]);
    expect(onSubject('YOUR REFUND IS ON ITS WAY').map((f) => [f.ruleId, f.excerpt, f.suggestions[0]!.edits[0]!.text])).toEqual([
      ['en.personalization.subject-capitals', 'YOUR REFUND IS ON ITS WAY', 'Your refund is on its way'],
    ]);
    expect(onSubject('Re: RE: Fwd: Refund for order 4821').map((f) => [f.ruleId, f.excerpt, f.suggestions[0]!.edits[0]!.text])).toEqual([
      ['en.personalization.subject-reply-chain', 'Re: RE: Fwd: ', 'Re: '],
    ]);
  });

  it('a clear subject, no subject option, or a chat get nothing on the subject; the body findings are unchanged', () => {
    expect(onSubject('Your refund for order 4821 is on its way')).toEqual([]);
    expect(onSubject('Your request', { channel: 'chat' })).toEqual([]);
    const without = analyze(body, { language: 'en', audience: { name: 'Anna Smith' } });
    const withSubject = analyze(body, { language: 'en', audience: { name: 'Anna Smith' }, subject: 'Your request' });
    expect(withSubject.findings.filter((f) => !f.field)).toEqual(without.findings);
    expect(withSubject.rewrite).toBe(without.rewrite);
    expect(withSubject.scores.personalization).toBeLessThan(without.scores.personalization);
  });

  it('works in the seed languages too', () => {
    const r = analyze('Dzień dobry,\n\nzwrot za zamówienie 4821 wysłaliśmy dzisiaj.\n\nPozdrawiam,\nAnna', { language: 'pl', subject: 'Odp: Zgłoszenie nr 4821' });
    const f = r.findings.find((x) => x.field === 'subject')!;
    expect([f.ruleId, f.excerpt]).toEqual(['pl.personalization.subject-generic', 'Zgłoszenie nr 4821']);
    expect(f.suggestions[0]!.edits[0]!.text).toBe('zwrot: co dalej');
  });
});
