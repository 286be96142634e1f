import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `reply-coach check` driven as a subprocess on fixture folders (CI builds dist/ first). */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(import.meta.dirname, 'fixtures', 'check');

function run(args: string[], cwd = fixtures, input?: string) {
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe.skipIf(!existsSync(cli) && !process.env.CI)('reply-coach check', () => {
  it('passes clean templates with placeholders (exit 0)', () => {
    const r = run(['clean/**/*.txt']);
    expect(r.err).toBe('');
    expect(r.out).toContain('No problems found.');
    expect(r.code).toBe(0);
  });

  it('reports findings with file, line and column, skips binary files and code blocks (exit 1)', () => {
    const r = run(['mixed/**/*']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('mixed/refund.md');
    expect(r.out).toMatch(/7:15\s+warning\s+"we can't" tells the customer/);
    expect(r.out).not.toContain('code.md');
    expect(r.err).toContain('mixed/sub/binary.txt: binary file, skipped');
  });

  it('prints JSON reports per file', () => {
    const r = run(['mixed/**/*.md', '--format', 'json']);
    const results = JSON.parse(r.out) as { file: string; report: { findings: { line: number; column: number; excerpt: string }[]; rewrite: string } }[];
    expect(results.map((x) => x.file)).toEqual(['mixed/refund.md', 'mixed/sub/code.md']);
    const refund = results[0]!.report;
    expect(refund.findings.find((f) => f.excerpt === "we can't")).toMatchObject({ line: 7, column: 15 });
    expect(refund.rewrite).toContain('to our specialist team');
    expect(results[1]!.report.findings).toEqual([]);
  });

  it('prints GitHub workflow annotations', () => {
    const r = run(['mixed/refund.md', '--format', 'github']);
    expect(r.out.split('\n')).toContain('::warning file=mixed/refund.md,line=7,col=15,title=en.positive-language.we-cant::"we can\'t" tells the customer what you can\'t do; lead with what you can do instead.');
  });

  it('fails only at the chosen severity, and on too many warnings', () => {
    expect(run(['mixed/refund.md', '--fail-on', 'error']).code).toBe(0);
    expect(run(['mixed/refund.md', '--fail-on', 'error', '--max-warnings', '10']).code).toBe(0);
    expect(run(['mixed/refund.md', '--fail-on', 'error', '--max-warnings', '1']).code).toBe(1);
  });

  it('reads standard input', () => {
    const r = run(['-', '--format', 'json'], fixtures, 'Unfortunately, we cannot help with that.');
    expect(JSON.parse(r.out)[0].file).toBe('<stdin>');
    expect(r.code).toBe(1);
  });

  it('finds a config file upward and applies it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    cpSync(join(fixtures, 'mixed', 'refund.md'), join(dir, 'templates', 'refund.md'), { recursive: true });
    writeFileSync(join(dir, '.reply-coachrc.yaml'), 'audience:\n  formality: formal\nfailOn: error\ncategories: [formality]\n');
    const r = run(['refund.md', '--format', 'json'], join(dir, 'templates'));
    const findings = JSON.parse(r.out)[0].report.findings as { ruleId: string; category: string }[];
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(['formality']));
    expect(findings.map((f) => f.ruleId)).toContain('en.formality.casual-greeting');
    expect(r.code).toBe(0);
  });

  it('exits 2 with a one-line message on a bad config, a bad flag or no matching files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    writeFileSync(join(dir, 'reply-coach.config.json'), JSON.stringify({ channel: 'fax' }));
    writeFileSync(join(dir, 'a.txt'), 'Hello.');
    const bad = run(['a.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toMatch(/^reply-coach: .*reply-coach\.config\.json: channel: /);
    expect(bad.err).not.toContain('    at ');
    const flag = run(['clean/*.txt', '--format', 'xml']);
    expect([flag.code, flag.err.trim()]).toEqual([2, 'reply-coach: --format must be one of stylish, json, github, got "xml"']);
    const none = run(['nothing/*.txt']);
    expect([none.code, none.err.trim()]).toEqual([2, 'reply-coach: no files matched nothing/*.txt']);
  });
});
