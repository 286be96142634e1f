import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SOURCE } from '../src/text/tokenize.js';

/** `reply-coach check` driven as a subprocess on fixture folders (CI builds dist/ first). */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(import.meta.dirname, 'fixtures', 'check');

function run(args: string[], cwd = fixtures, input?: string) {
  const r = spawnSync(process.execPath, [cli, 'check', ...args], { cwd, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('reply-coach check', () => {
  it('passes clean templates with placeholders (exit 0)', () => {
    const r = run(['clean/**/*.txt']);
    expect(r.err).toBe('');
    expect(r.out).toContain('No problems found.');
    expect(r.code).toBe(0);
  });

  it('reports findings with file, line and column, and code blocks are not coached (exit 1)', () => {
    const r = run(['mixed/**/*', '--config', 'mixed/ignore-binary.json']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('mixed/refund.md');
    expect(r.out).toMatch(/7:15\s+warning\s+"we can't" tells the customer/);
    expect(r.out).not.toContain('code.md');
  });

  it('lists a binary file as not checked, which fails the run (exit 2) unless the config ignores it', () => {
    const r = run(['mixed/**/*']);
    expect(r.err).toContain('mixed/sub/binary.txt: binary file, not checked');
    expect(r.code).toBe(2);
  });

  it('prints JSON reports per file', () => {
    const r = run(['mixed/**/*.md', '--format', 'json']);
    const results = JSON.parse(r.out) as { file: string; report: { findings: { line: number; column: number; excerpt: string }[]; rewrite: string } }[];
    expect(results.map((x) => x.file)).toEqual(['mixed/refund.md', 'mixed/sub/code.md']);
    const refund = results[0]!.report;
    expect(refund.findings.find((f) => f.excerpt === "we can't")).toMatchObject({ line: 7, column: 15 });
    expect(refund.rewrite).toContain("We can't refund discounted products. Your request was referred to tier 2.");
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
    expect([flag.code, flag.err.trim()]).toEqual([2, 'reply-coach: --format must be one of stylish, json, github, sarif, junit, got "xml"']);
    const none = run(['nothing/*.txt']);
    expect([none.code, none.err.trim()]).toEqual([2, 'reply-coach: no files matched nothing/*.txt']);
  });

  it('prints SARIF 2.1.0 that validates against the official schema', () => {
    const require = createRequire(import.meta.url);
    // ajv-draft-04 and ajv-formats are CommonJS; the SARIF schema is draft-04.
    const Ajv = (require('ajv-draft-04') as { default: new (o: object) => { compile(s: object): ((d: unknown) => boolean) & { errors?: unknown } } }).default;
    const addFormats = (require('ajv-formats') as { default: (ajv: object) => void }).default;
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // The official schema has a pattern that is only valid without the u flag.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const r = run(['mixed/**/*.md', '--format', 'sarif']);
    const log = JSON.parse(r.out) as { runs: { results: { ruleId: string; locations: { physicalLocation: { region: object } }[] }[] }[] };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The validator does reject a broken log.
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const cant = log.runs[0]!.results.find((x) => x.ruleId === 'en.positive-language.we-cant')!;
    expect(cant.locations[0]!.physicalLocation.region).toEqual({ startLine: 7, startColumn: 15, endLine: 7, endColumn: 23 });
  });

  it('prints JUnit XML with a failure per finding', () => {
    // The formatter, not the pipeline: as many failures as the JSON report of the same file has findings.
    const findings = (JSON.parse(run(['mixed/refund.md', '--format', 'json']).out) as { report: { findings: unknown[] } }[])[0]!.report.findings.length;
    expect(findings).toBeGreaterThan(0);
    const r = run(['mixed/refund.md', '--format', 'junit']);
    expect(r.out).toMatch(new RegExp(`^<\\?xml version="1.0" encoding="UTF-8"\\?>\\n<testsuites name="reply-coach" tests="${findings}" failures="${findings}">`));
    expect(r.out.match(/<failure /g)).toHaveLength(findings);
    expect(r.out).toContain('message="&quot;we can\'t&quot; tells the customer');
  });

  it('--fix-dry-run prints a diff and changes nothing; --fix writes the safe fixes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    cpSync(join(fixtures, 'mixed', 'refund.md'), join(dir, 'refund.md'));
    const before = readFileSync(join(dir, 'refund.md'), 'utf8');
    const dry = run(['refund.md', '--fix-dry-run'], dir);
    expect(dry.out).toContain("+We can't refund discounted products. Your request was referred to tier 2.");
    expect(readFileSync(join(dir, 'refund.md'), 'utf8')).toBe(before);
    const fix = run(['refund.md', '--fix', '--format', 'json'], dir);
    const after = readFileSync(join(dir, 'refund.md'), 'utf8');
    expect(after.startsWith('---\ntitle: Refund declined (discounted item)\n---\n')).toBe(true);
    expect(after).toContain('Your request was referred to tier 2.');
    // "we can't" needs a person to say what can be done, so it remains and still fails the run.
    const left = JSON.parse(fix.out)[0].report.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(left).toContain('en.positive-language.we-cant');
    // "tier 2" is explained by a hand-off that needs a time, so it is offered, not applied: it stays.
    expect(left).toContain('en.jargon.internal-process');
    expect(left).not.toContain('en.positive-language.as-per-policy');
    expect(fix.code).toBe(1);
  });

  it('reads the text of HTML and reports offsets, lines and columns in the source', () => {
    const r = run(['mixed/reply.html', '--format', 'json']);
    const source = readFileSync(join(fixtures, 'mixed', 'reply.html'), 'utf8');
    const { findings, rewrite } = JSON.parse(r.out)[0].report as { findings: { ruleId: string; start: number; end: number; line: number; column: number; excerpt: string }[]; rewrite: string };
    const cant = findings.find((f) => f.ruleId === 'en.positive-language.we-cant')!;
    expect(cant).toMatchObject({ line: 4, column: 18, excerpt: 'we can&apos;t' });
    expect(source.slice(cant.start, cant.end)).toBe('we can&apos;t');
    // Markup, styles and comments are not prose: "latency" in a comment is not jargon.
    expect(findings.map((f) => f.ruleId)).not.toContain('en.jargon.technical');
    expect(rewrite).toContain('<p>We can&apos;t refund <b>discounted</b> products.</p>');
  });

  it('loads extra packs named in the config and leaves ignored files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    writeFileSync(join(dir, 'a.txt'), 'Hello,\n\nI asked Blue Desk about your invoice and will reply by Friday.\n\nBest regards,\nSam\n');
    writeFileSync(join(dir, 'skip.txt'), 'Unfortunately we cannot help.');
    writeFileSync(
      join(dir, 'glossary.yaml'),
      [
        'language: en',
        'category: jargon',
        'rules:',
        '  - id: en.jargon.acme',
        '    kind: phrase',
        '    severity: error',
        '    message: "{excerpt} is an internal team name."',
        '    patterns: ["blue desk"]',
        '    suggestions: ["our billing team"]',
        '    examples: { bad: [{ text: "Ask ⟦Blue Desk⟧.", rewrite: "Ask our billing team." }], good: ["Ask billing."] }',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'reply-coach.config.json'), JSON.stringify({ packs: ['glossary.yaml'], ignore: ['skip.txt'], channel: 'chat' }));
    const r = run(['*.txt', '--format', 'json'], dir);
    const results = JSON.parse(r.out) as { file: string; report: { findings: { ruleId: string; excerpt: string }[] } }[];
    expect(results.map((x) => x.file)).toEqual(['a.txt']);
    expect(results[0]!.report.findings.map((f) => [f.ruleId, f.excerpt])).toEqual([['en.jargon.acme', 'Blue Desk']]);
    expect(r.code).toBe(1);
    writeFileSync(join(dir, 'reply-coach.config.json'), JSON.stringify({ packs: ['missing.yaml'] }));
    const bad = run(['*.txt'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/reply-coach\.config\.json: packs\.0 \(missing\.yaml\)/);
  });

  it.skipIf(!existsSync(join(root, '..', 'shared', 'corpus', 'templates', 'osticket.jsonl')))('checks the real osTicket templates without flagging their placeholders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    const rows = readFileSync(join(root, '..', 'shared', 'corpus', 'templates', 'osticket.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { lang: string; text_plain: string });
    rows.forEach((row, i) => writeFileSync(join(dir, `${i}-${row.lang}.txt`), row.text_plain));
    // Templates in languages without packs are listed as not checked; the config passes over them.
    writeFileSync(join(dir, 'reply-coach.config.json'), JSON.stringify({ skipLanguages: ['de', 'fr', 'es'] }));
    const r = run(['*.txt', '--format', 'json'], dir);
    // The templates have real faults (the review lists them), so the run fails on findings: exit 1, not 0 and not 2.
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/-(de|fr|es)\.txt: language "(de|fr|es)" has no rules, skipped/);
    type Found = { start: number; end: number; excerpt: string; suggestions: { edits: { start: number; end: number }[] }[] };
    const results = JSON.parse(r.out) as { file: string; report: { findings: Found[] } }[];
    expect(results.length).toBeGreaterThanOrEqual(rows.filter((row) => ['en', 'pl', 'cs', 'sk'].includes(row.lang)).length);
    expect(results.length).toBeLessThan(rows.length);
    // No finding starts inside a placeholder and no edit touches one (a long sentence or paragraph may contain them).
    const inPlaceholders = results.flatMap(({ file, report }) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const spans = [...text.matchAll(new RegExp(PLACEHOLDER_SOURCE, 'gu'))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
      const inside = (a: number, b: number) => spans.some((p) => a < p.end && b > p.start && (a > p.start || b < p.end || a === b));
      return report.findings
        .filter((f) => spans.some((p) => f.start > p.start && f.start < p.end) || f.suggestions.some((x) => x.edits.some((e) => inside(e.start, e.end))))
        .map((f) => `${file}: ${f.excerpt}`);
    });
    expect(inPlaceholders).toEqual([]);
  });
});

describe('reply-coach check on macro exports', () => {
  type Out = { file: string; report: { findings: { ruleId: string; start: number; end: number; line: number; column: number; excerpt: string }[] } }[];

  it('checks the strings at a field path of JSON, with positions in the file through escapes', () => {
    const r = run(['macros/zendesk.json', '--field', 'actions[].value', '--format', 'json']);
    const results = JSON.parse(r.out) as Out;
    expect(results).toHaveLength(3);
    const source = readFileSync(join(fixtures, 'macros', 'zendesk.json'), 'utf8');
    const cant = results[0]!.report.findings.find((f) => f.ruleId === 'en.positive-language.we-cant')!;
    expect(cant).toMatchObject({ line: 5, column: 119, excerpt: "we can't" });
    expect(source.slice(cant.start, cant.end)).toBe("we can't");
  });

  it('checks YAML, and says when a JSON/YAML file has no --field', () => {
    const r = run(['macros/replies.yaml', '--field', 'macros[].body', '--format', 'json']);
    const results = JSON.parse(r.out) as Out;
    expect(results[0]!.report.findings.find((f) => f.ruleId === 'en.jargon.internal-process')).toMatchObject({ line: 3, column: 37, excerpt: 'to tier 2' });
    const none = run(['macros/replies.yaml']);
    expect(none.err).toContain('macros/replies.yaml: a JSON/YAML file needs --field to say where the text is, skipped');
  });
});

// Root reads every file, so an unreadable file needs another user: run the CLI as nobody where that works here.
const asNobody = (args: string[], cwd: string) =>
  spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
const canDropToNobody =
  existsSync(cli) && process.getuid?.() === 0 && asNobody(['--help'], tmpdir()).status === 0;

describe.skipIf(!canDropToNobody)('reply-coach check on an unreadable file', () => {
  it('names the file and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rc-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'ok.txt'), 'Hello.');
    writeFileSync(join(dir, 'secret.txt'), 'Unfortunately no.');
    chmodSync(join(dir, 'secret.txt'), 0o000);
    const r = asNobody(['check', '*.txt'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('reply-coach: secret.txt: cannot read (EACCES)');
  });
});

describe('reading sources', () => {
  it('names an unreadable file', async () => {
    const { readSource, SourceError } = await import('../src/documents/sources.js');
    expect(() => readSource('/nonexistent/reply.txt')).toThrow(SourceError);
    expect(() => readSource('/nonexistent/reply.txt')).toThrow(/\/nonexistent\/reply\.txt: cannot read \(ENOENT\)/);
  });
});

