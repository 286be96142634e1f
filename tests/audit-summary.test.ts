import { describe, expect, it } from 'vitest';
import { createCoach } from '../src/index.js';
import { scoreRow } from '../src/audit/score-row.js';
import { accumulate, createAccumulator, finishSummary, mergeAccumulators } from '../src/audit/summary.js';
import { isoWeek } from '../src/audit/week.js';
import { AuditSummarySchema, type AuditRow, type RowResult } from '../src/audit/schema.js';

const coach = createCoach();

const rows: AuditRow[] = [
  { id: 't1', agent: 'ana', team: 'billing', at: '2026-12-01T10:00:00Z', reply: "Hi Tom, that's not our fault. You should have read the terms.", inReplyTo: 'This is ridiculous, I was charged twice!', customerName: 'Tom Baker' },
  { id: 't2', agent: 'ana', team: 'billing', at: '2026-12-02T09:00:00Z', reply: 'Hi Tom,\n\nThank you for waiting. I have refunded the second charge today; it reaches your card within 3 working days.\n\nBest regards,\nAna', customerName: 'Tom Baker' },
  { id: 't3', agent: 'ben', team: 'shipping', at: '2026-12-08T09:00:00Z', reply: "Unfortunately we can't ship to your address. Per our SLA the ETA is TBD.", inReplyTo: 'Where is my parcel?' },
  { id: 't4', agent: 'ben', team: 'shipping', reply: 'Sehr geehrte Frau Müller, vielen Dank für Ihre Nachricht. Wir melden uns morgen bei Ihnen.' },
  { id: 't5', team: 'shipping', at: 'not a date', reply: 'Dzień dobry, niestety nie możemy tego zrobić.', language: 'pl' },
  { id: 't6', agent: 'cy', at: '2027-01-01T12:00:00Z', reply: 'Obviously you did it wrong. Just reinstall the app.', locale: 'not a locale!!' },
];

const results: RowResult[] = rows.map((row, seq) => scoreRow(coach, seq, row));

function summaryOf(list: RowResult[], limits = {}) {
  const acc = createAccumulator(limits);
  for (const r of list) accumulate(acc, r);
  return acc;
}

describe('audit summary', () => {
  it('ISO weeks follow the Thursday rule, in UTC', () => {
    expect(isoWeek('2026-12-01T10:00:00Z')).toBe('2026-W49');
    expect(isoWeek('2027-01-01T12:00:00Z')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeek('2024-12-30T00:00:00Z')).toBe('2025-W01'); // a Monday in week 1 of 2025
    expect(isoWeek('nope')).toBeNull();
    expect(isoWeek(undefined)).toBeNull();
  });

  it('scores a row and keeps what the summary needs', () => {
    const blame = results[0]!;
    expect(blame.agent).toBe('ana');
    expect(blame.week).toBe('2026-W49');
    const finding = blame.findings.find((f) => f.excerpt.includes('fault'));
    expect(finding?.category).toBeDefined();
    expect(rows[0]!.reply.slice(finding!.start, finding!.end)).toBe(finding!.excerpt);
    expect(results[3]!.supported).toBe(false); // German: no packs
    expect(results[5]!.invalidOptions).toMatch(/locale/);
    expect(results[5]!.findings.length).toBeGreaterThan(0); // still scored without the bad locale
  });

  it('totals, groups and rules add up', () => {
    const summary = AuditSummarySchema.parse(finishSummary(summaryOf(results)));
    expect(summary.totals.replies).toBe(6);
    expect(summary.totals.checked).toBe(5);
    const findings = results.filter((r) => r.supported).flatMap((r) => r.findings);
    expect(summary.totals.errors + summary.totals.warnings + summary.totals.suggestions).toBe(findings.length);
    expect(summary.rules.reduce((n, r) => n + r.count, 0)).toBe(findings.length);
    expect(summary.agents.map((a) => a.agent)).toEqual(['(unknown)', 'ana', 'ben', 'cy']);
    expect(summary.weeks.map((w) => w.week)).toEqual(['2026-W49', '2026-W50', '2026-W53', 'undated']);
    const ana = summary.agents.find((a) => a.agent === 'ana')!.stats;
    expect(ana.meanScore).toBe(Math.round(((results[0]!.score + results[1]!.score) / 2) * 100) / 100);
    expect(summary.languages).toMatchObject({ en: 4, pl: 1 });
    expect(summary.worst[0]!.score).toBe(Math.min(...results.filter((r) => r.supported).map((r) => r.score)));
    for (let i = 1; i < summary.rules.length; i++) expect(summary.rules[i - 1]!.count).toBeGreaterThanOrEqual(summary.rules[i]!.count);
  });

  it('any split of the input, merged in any order, gives the one-pass summary', () => {
    const limits = { worst: 2, examples: 1 };
    const whole = finishSummary(summaryOf(results, limits));
    for (const cut of [1, 3, 5]) {
      const a = summaryOf(results.slice(0, cut), limits);
      const b = summaryOf(results.slice(cut), limits);
      expect(finishSummary(mergeAccumulators(b, a))).toEqual(whole);
    }
    // Rows arriving out of order (a pool, a queue) change nothing either.
    expect(finishSummary(summaryOf([...results].reverse(), limits))).toEqual(whole);
    expect(whole.worst).toHaveLength(2);
    for (const rule of whole.rules) expect(rule.examples.length).toBeLessThanOrEqual(1);
  });

  it('the accumulator is plain JSON (it crosses threads and queues)', () => {
    const acc = summaryOf(results);
    expect(finishSummary(JSON.parse(JSON.stringify(acc)))).toEqual(finishSummary(acc));
  });
});
