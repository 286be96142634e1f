import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 16 on the command line: the subject line and the team's time zone and locale reach the checks. */
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('subject and team flags', () => {
  const d = mkdtempSync(join(tmpdir(), 'rc-seed-'));
  writeFileSync(join(d, 'reply.txt'), "Hi Kenji,\n\nYour refund for order 4821 is sent. I'll call you tomorrow at 9.\n\nBest regards,\nAnna\n");
  const base = ['--language', 'en', '--name', 'Kenji Tanaka', '--locale', 'ja-JP'];

  it('the default command reports the subject and the time with no zone, placing the subject finding on the subject', () => {
    const r = run(['reply.txt', ...base, '--team-time-zone', 'Europe/Warsaw', '--subject', 'Re: Your request'], d);
    expect(r.out).toContain('subject:5  warning    en.personalization.subject-generic');
    expect(r.out).toMatch(/3:\d+\s+warning\s+en\.ownership\.time-without-zone/);
    expect(r.out).toContain('Japan Standard Time');
  });

  it('check --format json carries field: subject; without the flags neither finding appears', () => {
    const r = run(['check', 'reply.txt', ...base, '--team-time-zone', 'Europe/Warsaw', '--subject', 'Re: Your request', '--format', 'json'], d);
    const findings = (JSON.parse(r.out) as { report: { findings: { ruleId: string; field?: string; excerpt: string }[] } }[])[0]!.report.findings;
    expect(findings.find((f) => f.ruleId === 'en.personalization.subject-generic')).toMatchObject({ field: 'subject', excerpt: 'Your request' });
    expect(findings.some((f) => f.ruleId === 'en.ownership.time-without-zone')).toBe(true);
    const plain = run(['check', 'reply.txt', ...base, '--format', 'json'], d);
    const ids = (JSON.parse(plain.out) as { report: { findings: { ruleId: string }[] } }[])[0]!.report.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('en.personalization.subject-generic');
    expect(ids).not.toContain('en.ownership.time-without-zone');
  });

  it('a bad time zone is a one-line usage error naming the field', () => {
    const r = run(['reply.txt', ...base, '--team-time-zone', 'Mars/Olympus'], d);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/team\.timeZone: must be an IANA time zone/);
  });
});

describe('subject lines of macro exports (--subject-field)', () => {
  const d = mkdtempSync(join(tmpdir(), 'rc-subject-field-'));
  const macros = [
    { title: 'RE: RE: FWD: ORDER', body: 'Hi,\n\nYour replacement for order 4821 left our warehouse today and arrives on Friday.\n\nBest regards,\nAnna' },
    { title: 'Your replacement for order 4821 is on its way', body: 'Hi,\n\nYour replacement for order 4821 left our warehouse today and arrives on Friday.\n\nBest regards,\nAnna' },
    { body: 'Hi,\n\nThank you for your message. I have refunded the charge today.\n\nBest regards,\nAnna' },
  ];
  writeFileSync(join(d, 'macros.json'), JSON.stringify({ macros }, null, 2));
  type Out = { report: { findings: { ruleId: string; field?: string; excerpt: string; start: number; end: number }[] } }[];

  it('checks each macro with its own subject, and only the subject it has', () => {
    const r = run(['check', 'macros.json', '--field', 'macros[].body', '--subject-field', 'title', '--language', 'en', '--format', 'json'], d);
    const reports = JSON.parse(r.out) as Out;
    expect(reports).toHaveLength(3);
    const onSubject = reports.map((x) => x.report.findings.filter((f) => f.field === 'subject'));
    expect(onSubject[0]!.length).toBeGreaterThan(0);
    for (const f of onSubject[0]!) expect(macros[0]!.title!.slice(f.start, f.end)).toBe(f.excerpt);
    expect(onSubject[0]!.map((f) => f.ruleId)).toContain('en.personalization.subject-reply-chain');
    expect(onSubject[1]).toEqual([]);
    // A macro without a subject is not checked for one (no --subject, no subject-missing).
    expect(onSubject[2]).toEqual([]);
  });

  it('needs --field', () => {
    const r = run(['check', 'macros.json', '--subject-field', 'title'], d);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('reply-coach: --subject-field needs --field (where the macro text is)');
  });
});
