import { describe, expect, it } from 'vitest';
import { analyze, OptionsError } from '../src/index.js';
import { clockTimes, dayMonthOrder, numericDates } from '../src/checks/datetime.js';

/** Issue 16: promised times without a time zone, and numeric dates that swap day and month across cultures. */
describe('clock times', () => {
  const at = /(?<![\p{L}\p{N}])(?:at|by)\s+([01]?\d|2[0-3])(?=\s*(?:[.,;!?)]|$|o'clock|h\b))/giu;
  it.each([
    ['Call at 9:00 or 17:30.', ['9:00', '17:30']],
    ['Between 9am and 5 p.m. today', ['9am', '5 p.m']],
    ["I'll call at 9. Or by 10, latest.", ['9', '10']],
    ['We have 3 sites at 9 locations; it costs 4.30 and 1:2000 is the scale.', []],
  ])('%s', (text, expected) => {
    expect(clockTimes(text, at).map((t) => text.slice(t.start, t.end))).toEqual(expected);
  });
});

describe('numeric dates', () => {
  it.each([
    ['Sent on 03/04 and 4/3/2027.', ['03/04', '4/3/2027']],
    ['Sent on 04.03.2027 and 4-3-27.', ['04.03.2027', '4-3-27']],
    ['Page 12/12, 13/04, 3/4 of it, version 4.3, pages 3-4, 2027-03-04, 1/2/3/4.', ['3/4']],
  ])('%s', (text, expected) => {
    expect(numericDates(text).map((d) => text.slice(d.start, d.end))).toEqual(expected);
  });

  it('day-month order comes from the runtime’s locale data', () => {
    expect(['en-US', 'en-GB', 'ja-JP', 'pl-PL', 'de-DE'].map(dayMonthOrder)).toEqual(['md', 'dm', 'md', 'dm', 'dm']);
  });
});

describe('in a report', () => {
  it('a time with no zone to a customer in another zone is an ownership warning naming their zone', () => {
    const draft = "Hi Kenji,\n\nI'll call you tomorrow at 9, and we set it up together.";
    const r = analyze(draft, { language: 'en', audience: { locale: 'ja-JP', name: 'Kenji Tanaka' }, team: { timeZone: 'Europe/Warsaw' } });
    const f = r.findings.find((x) => x.ruleId === 'en.ownership.time-without-zone')!;
    expect(f.excerpt).toBe('9');
    expect(f.start).toBe(draft.indexOf('at 9') + 3);
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('Japan Standard Time');
    expect(f.suggestions[0]!.edits).toEqual([{ start: f.end, end: f.end, text: ' (Central European Time)' }]);
    expect(f.fixable).toBe(false);
  });

  it('is silent without a team zone, or when the zones agree', () => {
    const draft = "I'll call you tomorrow at 9.";
    const ids = (o: Parameters<typeof analyze>[1]) => analyze(draft, o).findings.map((x) => x.ruleId);
    expect(ids({ language: 'en', audience: { locale: 'ja-JP' } })).not.toContain('en.ownership.time-without-zone');
    expect(ids({ language: 'en', audience: { locale: 'pl-PL' }, team: { timeZone: 'Europe/Prague' } })).not.toContain('en.ownership.time-without-zone');
    expect(ids({ language: 'en', audience: { timeZone: 'Asia/Seoul' }, team: { timeZone: 'Asia/Tokyo' } })).not.toContain('en.ownership.time-without-zone');
  });

  it('offers the date in words in the draft’s language', () => {
    const r = analyze('Płatność wysłaliśmy 04/03/2027.', { language: 'pl', audience: { locale: 'en-US' } });
    const f = r.findings.find((x) => x.ruleId === 'pl.clarity.ambiguous-date')!;
    expect(f.excerpt).toBe('04/03/2027');
    expect(f.suggestions.map((s) => s.edits[0]!.text)).toEqual(['4 marca 2027']);
  });

  it('a bad time zone is an OptionsError naming the field', () => {
    expect(() => analyze('x', { team: { timeZone: 'Mars/Olympus' } })).toThrow(OptionsError);
    expect(() => analyze('x', { team: { timeZone: 'Mars/Olympus' } })).toThrow(/options\.team\.timeZone: must be an IANA time zone/);
  });
});
