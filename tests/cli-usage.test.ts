import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The `reply-coach` command as a user meets it: the default command, errors, rules, explain, init and check's flags. */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd = tmpdir(), input?: string, env: Record<string, string> = { NO_COLOR: '1' }) {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', input, env: { ...base, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const dir = () => mkdtempSync(join(tmpdir(), 'rc-cli-'));

const GERMAN = 'Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Leider können wir die Bestellung nicht mehr stornieren, da sie bereits versandt wurde.\n\nMit freundlichen Grüßen\nSam\n';

describe('reply-coach (the default command and its errors)', () => {
  it('a missing file, a mistyped command, a missing --in-reply-to file: one line on stderr, exit 2', () => {
    const missing = run(['nothere.txt']);
    expect([missing.code, missing.err.trim()]).toEqual([2, 'reply-coach: nothere.txt: cannot read (ENOENT)']);
    const typo = run(['chek', 'a.txt']);
    expect([typo.code, typo.err.trim()]).toEqual([2, 'reply-coach: unknown command "chek"; did you mean check?']);
    const d = dir();
    writeFileSync(join(d, 'a.txt'), 'Hi Anna,\n\nThanks for writing.\n');
    const reply = run(['a.txt', '--in-reply-to', 'their.txt'], d);
    expect([reply.code, reply.err.trim()]).toEqual([2, 'reply-coach: --in-reply-to their.txt: cannot read (ENOENT)']);
    const flag = run(['--colour']);
    expect(flag.code).toBe(2);
    expect(flag.err.trim().split('\n')).toHaveLength(1);
    for (const r of [missing, typo, reply, flag]) expect(r.err).not.toContain('    at ');
  });

  it('prints --version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version']).out.trim()).toBe(pkg.version);
    expect(run(['-v']).out.trim()).toBe(pkg.version);
  });

  it('--no-color turns colors off even when forced', () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), "Unfortunately we can't refund this.");
    const colored = run(['check', 'a.txt'], d, undefined, { FORCE_COLOR: '1' });
    expect(colored.err).toBe('');
    expect(colored.out).toContain('\u001b[');
    const plain = run(['check', 'a.txt', '--no-color'], d, undefined, { FORCE_COLOR: '1' });
    expect(plain.out).not.toContain('\u001b[');
  });

  it('reads several files, Markdown like check does, and the config file', () => {
    const d = dir();
    writeFileSync(join(d, 'a.md'), '---\r\ntitle: We cannot\r\n---\r\nHi Anna,\r\n\r\nYour refund is on its way.\r\n');
    writeFileSync(join(d, 'b.txt'), "Unfortunately we can't refund this.");
    writeFileSync(join(d, '.reply-coachrc.yaml'), 'language: en\ncategories: [positive-language]\n');
    const r = run(['a.md', 'b.txt', '--json'], d);
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.out) as { file: string; report: { findings: { ruleId: string; category: string }[] } }[];
    expect(reports.map((x) => x.file)).toEqual(['a.md', 'b.txt']);
    expect(reports[0]!.report.findings).toEqual([]);
    expect(reports[1]!.report.findings.map((f) => f.ruleId)).toContain('en.positive-language.we-cant');
    expect(new Set(reports[1]!.report.findings.map((f) => f.category))).toEqual(new Set(['positive-language']));
  });

  it('the example says what it is coaching, "1 finding" in the singular, and what to try next', () => {
    const r = run([]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Customer: Anna Kowalska, locale/);
    expect(r.out).toContain('Their message: “This is the third time');
    expect(r.out).not.toMatch(/\b1 findings\b/);
    expect(r.out).toContain('Try next:');
  });
});

describe('drafts in a language without packs', () => {
  it('are not coached as the nearest language: the report says unsupported, and no score claims 100', () => {
    const r = run(['-', '--json'], tmpdir(), GERMAN);
    const report = JSON.parse(r.out) as { language: { code: string; supported?: boolean }; findings: unknown[]; scores: Record<string, number> };
    expect(report.language).toMatchObject({ code: 'de', supported: false });
    expect(report.findings).toEqual([]);
    expect(Object.values(report.scores).every((s) => s < 100)).toBe(true);
    expect(r.code).toBe(2);
    const named = run(['-', '--json', '--language', 'xx'], tmpdir(), 'Hello there.');
    expect(JSON.parse(named.out).language).toMatchObject({ code: 'xx', supported: false });
  });

  it('check lists them as not checked and fails, unless the config names the language to skip', () => {
    const d = dir();
    writeFileSync(join(d, 'de.txt'), GERMAN);
    writeFileSync(join(d, 'en.txt'), 'Hi Anna,\n\nYour refund is on its way and should arrive by Friday.\n\nBest regards,\nSam\n');
    const r = run(['check', '*.txt'], d);
    expect(r.err).toContain('de.txt: not checked: language "de" has no rules');
    expect(r.out).not.toContain('No problems found');
    expect(r.code).toBe(2);
    writeFileSync(join(d, 'reply-coach.config.json'), JSON.stringify({ skipLanguages: ['de'], failOn: 'error' }));
    const skipped = run(['check', '*.txt'], d);
    expect(skipped.err).toContain('de.txt: language "de" has no rules, skipped');
    expect(skipped.code).toBe(0);
  });
});

describe('what users of linters expect', () => {
  it('rules lists every rule (id, category, severity, message), also as JSON', () => {
    const json = JSON.parse(run(['rules', '--json']).out) as { id: string; category: string; severity: unknown; message: string }[];
    expect(json.length).toBeGreaterThan(100);
    expect(json.find((r) => r.id === 'en.positive-language.we-cant')).toMatchObject({ category: 'positive-language', message: expect.stringContaining("can't") });
    const text = run(['rules', '--language', 'en', '--category', 'jargon']).out;
    expect(text).toContain('en.jargon.technical');
    expect(text).not.toContain('pl.');
  });

  it('explain shows message, description and examples; a near miss gets a did-you-mean', () => {
    const r = run(['explain', 'en.positive-language.we-cant']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Message:');
    expect(r.out).toContain('Flagged');
    expect(r.out).toContain('Not flagged');
    const near = run(['explain', 'en.positive-language.we-cnt']);
    expect([near.code, near.err.trim()]).toEqual([2, 'reply-coach: explain: no rule "en.positive-language.we-cnt"; did you mean en.positive-language.we-cant?']);
  });

  it('init writes a config with $schema that check accepts, and the schema ships in the package', () => {
    const d = dir();
    const r = run(['init'], d);
    expect(r.code).toBe(0);
    const config = JSON.parse(readFileSync(join(d, 'reply-coach.config.json'), 'utf8')) as { $schema: string };
    expect(config.$schema).toBe('./node_modules/reply-coach/dist/config.schema.json');
    writeFileSync(join(d, 'a.txt'), 'Hi Anna,\n\nYour refund is on its way.\n\nBest regards,\nSam\n');
    expect(run(['check', 'a.txt'], d).err).toBe('');
    expect(run(['init'], d).code).toBe(2);
    const schema = JSON.parse(readFileSync(join(root, 'dist', 'config.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['$schema', 'language', 'audience', 'rules', 'failOn', 'skipLanguages']));
  });

  it('--quiet shows only what fails the run; --output-file writes the report to a file', () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), "Hi Anna,\n\nUnfortunately we can't refund this.\n\nBest regards,\nSam\n");
    const all = run(['check', 'a.txt'], d);
    expect(all.out).toMatch(/\d:\d+\s+suggestion/);
    const quiet = run(['check', 'a.txt', '--quiet'], d);
    expect(quiet.out).not.toMatch(/\d:\d+\s+suggestion/);
    expect(quiet.out).toContain('warning');
    const out = run(['check', 'a.txt', '--format', 'json', '--output-file', 'report.json'], d);
    expect(out.out).toBe('');
    expect(JSON.parse(readFileSync(join(d, 'report.json'), 'utf8'))[0].file).toBe('a.txt');
    expect(out.code).toBe(1);
  });

  it('check takes --name, --locale, --formality and --in-reply-to', () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), 'Hey,\n\nYour refund is on its way.\n\nCheers,\nSam\n');
    writeFileSync(join(d, 'their.txt'), 'I have been waiting three weeks for my refund and nobody answers. This is unacceptable!');
    const plain = JSON.parse(run(['check', 'a.txt', '--format', 'json'], d).out)[0].report;
    const r = run(['check', 'a.txt', '--format', 'json', '--name', 'Anna', '--locale', 'en-GB', '--formality', 'formal', '--in-reply-to', 'their.txt'], d);
    const report = JSON.parse(r.out)[0].report as { audience: { locale?: string; formality: string }; findings: { category: string }[] };
    expect(report.audience).toMatchObject({ locale: 'en-GB', formality: 'formal' });
    expect(report.findings.length).toBeGreaterThan(plain.findings.length);
    expect(report.findings.some((f) => f.category === 'empathy')).toBe(true);
  });

  it('JUnit output is well-formed XML whatever the draft holds (a vertical tab, a form feed)', () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), "Unfortunately\u000b we can't\u000c refund this.");
    const r = run(['check', 'a.txt', '--format', 'junit'], d);
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(r.out).toContain('<failure ');
  });
});

describe('inline directives', () => {
  it('reports a rule id no rule has, with a did-you-mean', () => {
    const d = dir();
    writeFileSync(join(d, 'a.txt'), "Hi Anna,\n\nreply-coach-disable-next-line en.positive-language.we-cnt\nWe can't refund this.\n\nBest regards,\nSam\n");
    const r = run(['check', 'a.txt'], d);
    expect(r.err).toContain('a.txt:3:31: no rule "en.positive-language.we-cnt" in this directive; did you mean en.positive-language.we-cant?');
  });

  it('runs a team pack\'s examples with `reply-coach test`', () => {
    expect(run(['test', '--help']).out).toMatch(/^Usage: reply-coach test/);
  });
});

describe('config files', () => {
  it('lists every issue, not only the first', () => {
    const d = dir();
    writeFileSync(join(d, 'reply-coach.config.json'), JSON.stringify({ channel: 'fax', failOn: 'sometimes', colour: true }));
    writeFileSync(join(d, 'a.txt'), 'Hello.');
    const r = run(['check', 'a.txt'], d);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/channel: .*failOn: .*colour/);
  });

  it('names the file, line and column of a YAML error on one line', () => {
    const d = dir();
    writeFileSync(join(d, '.reply-coachrc.yaml'), 'language: en\nchannel: [email\nfailOn: error\n');
    writeFileSync(join(d, 'a.txt'), 'Hello.');
    const r = run(['check', 'a.txt'], d);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^reply-coach: .*\.reply-coachrc\.yaml:\d+:\d+: /);
  });

  it('accepts $schema', () => {
    const d = dir();
    writeFileSync(join(d, 'reply-coach.config.json'), JSON.stringify({ $schema: './node_modules/reply-coach/dist/config.schema.json', language: 'en' }));
    writeFileSync(join(d, 'a.txt'), 'Hi Anna,\n\nYour refund is on its way.\n\nBest regards,\nSam\n');
    expect(run(['check', 'a.txt'], d).err).toBe('');
  });
});
