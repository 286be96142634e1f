import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditSummarySchema, RowResultSchema } from '../src/audit/schema.js';
import { csvCell } from '../src/audit/outputs/csv.js';
import { duration, eta, Progress, rate } from '../src/audit/progress.js';
import { CATEGORIES } from '../src/schema/common.js';

/** `reply-coach audit` as a subprocess on the fixtures (CI builds dist/ first), and its progress maths. */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(import.meta.dirname, 'fixtures', 'audit');
const tmp = mkdtempSync(join(tmpdir(), 'audit-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], cwd = fixtures, input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', CI: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const csv = (file: string): Record<string, string>[] => parse(readFileSync(file, 'utf8'), { columns: true });
const num = (cell: string | undefined) => (cell === '' || cell === undefined ? null : Number(cell));

describe('reply-coach audit on vendor exports', () => {
  const out = join(tmp, 'report');
  const rowsFile = join(tmp, 'rows.jsonl');
  // One run for the end-to-end checks: three vendors, every output, a threshold the fixtures miss.
  let r: ReturnType<typeof run>;
  beforeAll(() => {
    r = run(['audit', 'zendesk-export.jsonl', 'freshdesk-tickets.json', 'helpscout-conversations.json', '--out', out, '--rows', rowsFile, '--worst', '3', '--fail-under', '99']);
  });
  const summary = () => AuditSummarySchema.parse(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')));

  it('writes a summary that fits the schema, and exits 1 under --fail-under', () => {
    expect(r.err).toBe('');
    const s = summary();
    expect(s.totals.replies).toBe(8);
    expect(s.totals.checked).toBe(8);
    expect(s.totals.meanScore).toBeLessThan(99);
    expect(r.code).toBe(1);
    expect(s.agents.map((a) => a.agent)).toEqual(['6001', '6002', '7001', '7002', 'Kim Roe', 'Ola Berg']);
    expect(r.out).toMatch(new RegExp(`^Replies +8$`, 'm'));
    expect(r.out).toMatch(/^Flagged +\d+ \(\d+\.\d% of checked\)$/m);
    expect(r.out).toContain(`Top rules\n  ${s.rules[0]!.ruleId}`);
  });

  it('writes CSV tables whose numbers are the JSON summary', () => {
    const s = summary();
    const agents = csv(join(out, 'agents.csv'));
    expect(agents.map((a) => a.agent)).toEqual(s.agents.map((a) => a.agent));
    for (const [i, a] of s.agents.entries()) {
      const row = agents[i]!;
      expect([num(row.replies), num(row.checked), num(row.mean_score), num(row.flagged), num(row.errors), num(row.warnings), num(row.suggestions)]).toEqual([
        a.stats.replies,
        a.stats.checked,
        a.stats.meanScore,
        a.stats.flagged,
        a.stats.errors,
        a.stats.warnings,
        a.stats.suggestions,
      ]);
      for (const c of CATEGORIES) expect([num(row[`${c}_findings`]), num(row[`${c}_mean_score`])]).toEqual([a.stats.categories[c].findings, a.stats.categories[c].meanScore]);
    }
    expect(csv(join(out, 'weeks.csv')).map((w) => [w.week, num(w.replies)])).toEqual(s.weeks.map((w) => [w.week, w.stats.replies]));
    expect(csv(join(out, 'teams.csv')).map((t) => [t.team, num(t.replies)])).toEqual(s.teams.map((t) => [t.team, t.stats.replies]));
    expect(csv(join(out, 'rules.csv')).map((x) => [x.rule, num(x.findings), num(x.replies)])).toEqual(s.rules.map((x) => [x.ruleId, x.count, x.replies]));
    expect(csv(join(out, 'categories.csv')).map((x) => [x.category, num(x.findings)])).toEqual(CATEGORIES.map((c) => [c, s.totals.categories[c].findings]));
  });

  it('writes the worst replies, the HTML report and one scored row per line in input order', () => {
    const s = summary();
    expect(JSON.parse(readFileSync(join(out, 'worst.json'), 'utf8'))).toEqual(s.worst);
    expect(s.worst).toHaveLength(3);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    const rows = readFileSync(rowsFile, 'utf8').trimEnd().split('\n').map((l) => RowResultSchema.parse(JSON.parse(l)));
    expect(rows.map((row) => row.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(rows.map((row) => row.id)).toEqual(['101/3', '101/5', '102/11', '301/32', '301/34', '302/description', '501/53', '502/62']);
  });
});

describe('reply-coach audit on a generic CSV export', () => {
  it('keeps cells that a spreadsheet would run as formulas inert, and lists unreadable records on standard error', () => {
    const dir = join(tmp, 'csv');
    const r = run(['audit', 'generic.csv', '--map', 'reply=body,agent=author,at=created_at,customer=prev_message', '--csv', dir, '--threads', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('reply-coach: generic.csv:4: Invalid Record Length: expect 6, got 7\n');
    const agents = readFileSync(join(dir, 'agents.csv'), 'utf8');
    expect(agents).toContain(`\r\n"'=HYPERLINK(""http://x"")",1,1,`);
    expect(agents).toContain(`\r\n'+agent,1,`);
    expect(agents).toContain(`\r\n'-agent,1,`);
    expect(readFileSync(join(dir, 'teams.csv'), 'utf8')).toContain(`\r\n'@team,1,`);
    expect(r.out).toContain('(1 unreadable records skipped)');
  });

  it('reads standard input, telling JSON Lines by the first line', () => {
    const json = join(tmp, 'stdin.json');
    const r = run(['audit', '-', '--map', 'id=ticket,reply=message.text,agent=author.name,at=sent', '--json', json, '--threads', '1'], fixtures, readFileSync(join(fixtures, 'generic.jsonl'), 'utf8'));
    expect(r.err.split('\n')[0]).toMatch(/^reply-coach: <stdin>:3: not JSON: /);
    const s = AuditSummarySchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(s.agents.map((a) => [a.agent, a.stats.replies])).toEqual([['Bo', 1], ['Rita', 1]]);
    expect(s.weeks.map((w) => w.week)).toEqual(['2026-W45']);
  });

  it('quotes and neutralises cells as RFC 4180 and OWASP say', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
  });
});

describe('reply-coach audit usage', () => {
  it('is listed in the help and has its own', () => {
    expect(run(['--help']).out).toContain('reply-coach audit <exports...>');
    const help = run(['audit', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: reply-coach audit <files... | -> [options]');
  });

  it('answers a usage error with one line and exit 2', () => {
    for (const [args, message] of [
      [['audit'], 'reply-coach: name the export files to audit, or - for standard input (reply-coach audit --help)'],
      [['audit', 'nope.jsonl'], 'reply-coach: nope.jsonl: no such file'],
      [['audit', '.'], 'reply-coach: .: not a file (name the export files, not their folder)'],
      [['audit', 'generic.csv', '--format', 'xml'], 'reply-coach: --format must be one of auto, jsonl, json, csv, zendesk, freshdesk, helpscout, twcs, got "xml"'],
      [['audit', 'generic.csv', '--map', 'body=reply'], 'reply-coach: --map: no field "body"; fields are id, reply, agent, team, at, inReplyTo, locale, language, channel, subject, customerName, customer, name'],
      [['audit', 'generic.csv', '--threads', '0'], 'reply-coach: --threads must be a whole number of at least 1, got "0"'],
      [['audit', 'generic.csv', '--fail-under', 'high'], 'reply-coach: --fail-under must be a score from 0 to 100, got "high"'],
    ] as const) {
      const r = run([...args]);
      expect(r.err).toBe(`${message}\n`);
      expect(r.code).toBe(2);
    }
  });

  it('exits 2 when no reply could be read', () => {
    const r = run(['audit', 'generic.csv', '--quiet']);
    expect(r.err).toBe('reply-coach: no reply could be read (4 unreadable records); check --format and --map\n');
    expect(r.code).toBe(2);
  });
});

describe('audit progress', () => {
  it('works out rows per second and the time left from bytes read', () => {
    expect(rate(300, 2000)).toBe(150);
    expect(rate(10, 0)).toBe(0);
    // A quarter read in 10 s: three quarters left take 30 s more.
    expect(eta(250, 1000, 10_000)).toBe(30);
    expect(eta(1000, 1000, 10_000)).toBe(0);
    expect(eta(0, 1000, 10_000)).toBeUndefined();
    expect(eta(10, undefined, 10_000)).toBeUndefined();
    expect([duration(7), duration(725), duration(3723)]).toEqual(['0:07', '12:05', '1:02:03']);
  });

  it('writes a plain line every few seconds when standard error is not a terminal', () => {
    let clock = 1_000_000;
    const lines: string[] = [];
    const bytes = { read: 0 };
    const progress = new Progress({ write: (t) => lines.push(t), tty: false, bytes, totalBytes: 4000, every: 5, now: () => clock });
    for (let row = 1; row <= 120; row++) {
      clock += 100; // ten rows a second
      bytes.read = row * 10;
      progress.tick(row);
    }
    // 12 s of rows: a line at 5 s and at 10 s.
    expect(lines).toEqual(['reply-coach: 50 rows, 10 rows/s, 12%, ETA 0:35, 0:05 elapsed\n', 'reply-coach: 100 rows, 10 rows/s, 25%, ETA 0:30, 0:10 elapsed\n']);
    progress.done();
    expect(lines).toHaveLength(2);
  });

  it('redraws one terminal line at most ten times a second, clears it when done, and is silent when quiet', () => {
    let clock = 0;
    const drawn: string[] = [];
    const progress = new Progress({ write: (t) => drawn.push(t), tty: true, bytes: { read: 0 }, now: () => clock });
    for (let row = 1; row <= 1000; row++) {
      clock += 1; // a row a millisecond, one second in all
      progress.tick(row);
    }
    expect(drawn.length).toBe(10);
    expect(drawn[0]).toBe('\r\x1b[2K100 rows · 1,000 rows/s · 0:00 elapsed');
    progress.done();
    expect(drawn.at(-1)).toBe('\r\x1b[2K');
    const quiet: string[] = [];
    const silent = new Progress({ write: (t) => quiet.push(t), tty: false, bytes: { read: 0 }, quiet: true, every: 0, now: () => (clock += 1000) });
    silent.tick(1);
    silent.done();
    expect(quiet).toEqual([]);
  });
});

const corpus = resolve(root, '..', 'shared', 'corpus', 'pairs-en.jsonl');

describe.skipIf(!existsSync(corpus))('reply-coach audit on the Twitter corpus', () => {
  it('audits pairs-en.jsonl: 3,274 replies, teams from the brands, agents from the sign-offs', () => {
    const json = join(tmp, 'corpus.json');
    const r = run(['audit', corpus, '--format', 'twcs', '--json', json, '--quiet']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const s = AuditSummarySchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(s.totals.replies).toBe(3274);
    expect(s.totals.checked).toBe(3274);
    expect(s.teams.map((t) => t.team)).toContain('AppleSupport');
    expect(s.agents.some((a) => /^\S+ \^[A-Z]+$/.test(a.agent))).toBe(true);
    expect(r.out).toMatch(/^Replies +3,274$/m);
  }, 120_000);
});
