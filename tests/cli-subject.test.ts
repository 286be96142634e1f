import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 16 item 3 on the command line: the subject line a file carries (front matter, a Subject header). */
const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
const run = (args: string[], cwd: string, input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

interface Finding {
  ruleId: string;
  field?: string;
  start: number;
  end: number;
  line: number;
  column: number;
  excerpt: string;
  suggestions: { edits: { start: number; end: number; text: string }[] }[];
}
type Entry = { file: string; subject?: { text: string; line: number; column: number }; report: { findings: Finding[] } };

const body = 'Hi Anna,\n\nYour refund for order 4821 is on its way.\n\nBest regards,\nSam\n';
const files: Record<string, string> = {
  'reply.md': `---\ntitle: Refund\nsubject: "Re: Re: Fwd: Update"\n---\n\n${body}`,
  'reply.txt': `From: Sam <sam@example.com>\nSubject: Re: Re: Fwd: Update\n\n${body}`,
  // Not YAML: ": " in a plain value opens a mapping, so the subject is not read (and the run says so).
  'unquoted.md': `---\nsubject: Re: Re: Fwd: Update\n---\n\n${body}`,
  'plain.txt': body,
};
const d = mkdtempSync(join(tmpdir(), 'rc-subject-'));
for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
const names = Object.keys(files);
const byFile = (out: string) => new Map((JSON.parse(out) as Entry[]).map((e) => [e.file, e]));
const onSubject = (e: Entry | undefined) => e!.report.findings.filter((f) => f.field === 'subject');
const CHAIN = 'en.personalization.subject-reply-chain';
const GENERIC = 'en.personalization.subject-generic';

describe('check reads the subject a file carries', () => {
  const json = run(['check', ...names, '--language', 'en', '--format', 'json'], d);
  const entries = byFile(json.out);

  it('front matter and a Subject header: findings on the subject, placed on its text in the file, its fixes rewriting the value', () => {
    for (const [file, line, column] of [['reply.md', 3, 11], ['reply.txt', 2, 10]] as const) {
      const entry = entries.get(file)!;
      expect(entry.subject).toEqual({ text: 'Re: Re: Fwd: Update', line, column });
      const found = onSubject(entry);
      expect(found.map((f) => f.ruleId).sort()).toEqual([GENERIC, CHAIN]);
      const chain = found.find((f) => f.ruleId === CHAIN)!;
      expect([chain.excerpt, chain.line, chain.column]).toEqual(['Re: Re: Fwd: ', line, column]);
      for (const f of found) expect(files[file]!.slice(f.start, f.end)).toBe(f.excerpt);
      const generic = found.find((f) => f.ruleId === GENERIC)!;
      expect([generic.excerpt, generic.line, generic.column]).toEqual(['Update', line, column + 13]);
      // A fix is one edit of the whole value, written back so it reads as the new subject (quoted in YAML).
      const [edit] = chain.suggestions[0]!.edits;
      expect(files[file]!.slice(edit!.start, edit!.end)).toBe(file === 'reply.md' ? '"Re: Re: Fwd: Update"' : 'Re: Re: Fwd: Update');
      expect(edit!.text).toBe(file === 'reply.md' ? '"Re: Update"' : 'Re: Update');
    }
  });

  it("an email's headers are not its reply: the body is coached as it is alone", () => {
    const rest = (file: string) => entries.get(file)!.report.findings.filter((f) => f.field !== 'subject').map((f) => [f.ruleId, f.excerpt]);
    expect(rest('reply.txt')).toEqual(rest('plain.txt'));
  });

  it('a file without a subject is not checked for one; front matter that is not YAML says why its subject is not read', () => {
    for (const file of ['plain.txt', 'unquoted.md']) {
      expect(entries.get(file)!.subject).toBeUndefined();
      expect(onSubject(entries.get(file))).toEqual([]);
    }
    expect(json.err).toContain('reply-coach: unquoted.md:2:10: front matter is not valid YAML');
    expect(json.err).toContain('a subject with ": " in it needs quotes');
  });

  it('stylish prints the line and column in the file; --subject wins and its findings print at subject:<column>', () => {
    const stylish = run(['check', 'reply.md', '--language', 'en'], d);
    expect(stylish.code).toBe(1);
    expect(stylish.out).toMatch(/^ {2}3:11 +warning +A chain of reply prefixes .* en\.personalization\.subject-reply-chain$/m);
    const given = byFile(run(['check', 'reply.md', 'reply.txt', '--language', 'en', '--subject', 'Your request', '--format', 'json'], d).out);
    for (const file of ['reply.md', 'reply.txt']) {
      expect(given.get(file)!.subject).toBeUndefined();
      expect(onSubject(given.get(file)).map((f) => [f.ruleId, f.excerpt, f.start, f.end])).toEqual([[GENERIC, 'Your request', 0, 12]]);
    }
  });

  it('--fix rewrites the body and leaves the subject to the writer; the findings left are still placed on it', () => {
    writeFileSync(join(d, 'fix.md'), files['reply.md']!.replace('Your refund', 'Unfortunately, your refund'));
    const r = run(['check', 'fix.md', '--language', 'en', '--fix', '--format', 'json'], d);
    const written = readFileSync(join(d, 'fix.md'), 'utf8');
    expect(written).not.toContain('Unfortunately');
    expect(written.startsWith('---\ntitle: Refund\nsubject: "Re: Re: Fwd: Update"\n---\n')).toBe(true);
    const chain = onSubject(byFile(r.out).get('fix.md')).find((f) => f.ruleId === CHAIN)!;
    expect([chain.excerpt, written.slice(chain.start, chain.end), chain.line]).toEqual(['Re: Re: Fwd: ', 'Re: Re: Fwd: ', 3]);
  });
});

describe('the default command reads it too', () => {
  it('from a Markdown file, and from standard input with a Subject header', () => {
    const md = run(['reply.md', '--language', 'en'], d);
    expect(md.out).toContain('  3:11  warning    en.personalization.subject-reply-chain  “Re: Re: Fwd: ”');
    const stdin = run(['-', '--language', 'en', '--json'], d, files['reply.txt']);
    const found = (JSON.parse(stdin.out) as Entry['report']).findings.filter((f) => f.field === 'subject');
    expect(found.map((f) => [f.ruleId, f.excerpt, f.line, f.column]).sort()).toEqual([
      [GENERIC, 'Update', 2, 23],
      [CHAIN, 'Re: Re: Fwd: ', 2, 10],
    ]);
  });
});
