import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../src/index.js';
import { applyEdits } from '../src/coach/edits.js';
import { markdownText } from '../src/documents/markdown.js';
import { htmlText } from '../src/documents/html.js';
import { fixed, lineEnding, toSource } from '../src/documents/fixes.js';
import { analyzable, decode, encode, readSource, SourceError, writeSource } from '../src/documents/sources.js';
import { documentSubject, subjectEdit } from '../src/documents/subject.js';
import { mailText } from '../src/documents/mail.js';

/** A file's report as `check` makes it: analyzed text, moved onto the source. */
function coach(file: string, original: string, options: AnalyzeOptions = { language: 'en' }) {
  const reading = analyzable(file, original);
  return { reading, report: toSource(analyze(reading.text, options), original, reading) };
}

/** The best of three runs, in milliseconds: less noise from a busy machine. */
function timed(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return Math.max(best, 1);
}

const dir = () => mkdtempSync(join(tmpdir(), 'rc-src-'));

describe('Markdown is read by a real parser', () => {
  it('skips front matter with CRLF line endings (no false missing greeting)', () => {
    const md = '---\r\ntitle: We cannot refund\r\n---\r\nHi Anna,\r\n\r\nYour refund is on its way.\r\n\r\nBest regards,\r\nSam\r\n';
    const text = markdownText(md);
    expect(text).toHaveLength(md.length);
    expect(text).not.toContain('cannot');
    expect(text).toContain('Hi Anna,');
    const { report } = coach('reply.md', md);
    expect(report.findings.map((f) => f.ruleId)).not.toContain('en.personalization.missing-greeting');
    expect(report.findings.map((f) => f.excerpt)).not.toContain('cannot');
  });

  it('does not coach inline code, indented code, link URLs, autolinks or HTML comments', () => {
    const md = [
      'Run `we cannot` to see it, and read [the guide](https://example.com/we-cannot-help "we cannot").',
      '',
      '    we cannot help you',
      '',
      'Write to <https://example.com/unfortunately> or <unfortunately@example.com>.',
      '',
      '<!-- unfortunately we cannot -->',
      '',
      '![we cannot](x.png)',
    ].join('\n');
    const text = markdownText(md);
    expect(text).toHaveLength(md.length);
    expect(text).not.toMatch(/cannot|unfortunately/i);
    expect(text).toContain('the guide');
    expect(text.split('\n')).toHaveLength(md.split('\n').length);
  });

  it('keeps our directive comments readable', () => {
    const md = '<!-- reply-coach-disable-next-line en.positive-language.we-cant -->\nWe can\'t refund this.\n';
    expect(markdownText(md)).toContain('reply-coach-disable-next-line en.positive-language.we-cant');
    expect(coach('a.md', md).report.findings.map((f) => f.ruleId)).not.toContain('en.positive-language.we-cant');
  });

  it('reads fenced code blocks in linear time (10x the blocks, about 10x the time)', () => {
    const md = (n: number) => 'Hello,\n\n' + 'Some text.\n\n```\ncode\n```\n\n'.repeat(n);
    markdownText(md(500));
    const small = timed(() => markdownText(md(1000)));
    const large = timed(() => markdownText(md(10_000)));
    // The regular-expression reader rebuilt the whole text per block: 100x for 10x.
    expect(large / small).toBeLessThan(30);
    expect(markdownText(md(10_000))).not.toContain('code');
  }, 60_000);
});

describe('HTML is read by a real parser', () => {
  const page = [
    '<!DOCTYPE html>',
    '<html><head><title>We cannot</title><style>p { color: red }</style></head>',
    '<body>',
    '<p title="we can\'t help" data-x="unfortunately">Thanks for visiting the caf&eacute;; it cost 5&euro; &mdash; &hellip;</p>',
    '<div>We will refund <b>your</b> order today.</div>',
    '</body></html>',
  ].join('\n');

  it('reads no doctype, head, attribute or style, and decodes every named entity', () => {
    const { text, map } = htmlText(page);
    expect(text).not.toMatch(/doctype|cannot|can't|unfortunately|color/i);
    expect(text).toContain('café; it cost 5€ — …');
    expect(map).toHaveLength(text.length + 1);
    // Each character maps to where it is in the source.
    const e = text.indexOf('é');
    expect(page.slice(map[e], map[e]! + 8)).toBe('&eacute;');
    const b = text.indexOf('your');
    expect(page.slice(map[b], map[b]! + 4)).toBe('your');
  });

  it('makes block elements paragraph breaks', () => {
    const { text } = htmlText('<p>One.</p><p>Two.</p><div>Three<br>four.</div>');
    expect(text).toBe('One.\n\nTwo.\n\nThree\nfour.');
  });

  it('--fix puts an inserted greeting before the first paragraph and a closing line in a paragraph of its own', () => {
    const source = '<!DOCTYPE html>\n<html><body>\n<p>Thanks for your order.</p>\n<p>Unfortunately we can&apos;t refund <b>discounted</b> products.</p>\n</body></html>\n';
    const { report } = coach('reply.html', source);
    const after = fixed(source, report);
    expect(after.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(after).not.toMatch(/Hello,\s*<!doctype/i);
    expect(after).toMatch(/<p>Hello,<\/p>\n<p>Thanks for your order\.<\/p>/);
    // A closing line is a paragraph after the last one, not text inside it.
    const { text, place } = htmlText(after);
    const closing = place({ start: text.length, end: text.length, text: '\n\nBest regards,\nSam' });
    const closed = applyEdits(after, [closing]);
    expect(closed).toContain('products.</p>\n<p>Best regards,<br>Sam</p>\n</body>');
    // Read again, the inserted paragraphs are paragraphs.
    expect(htmlText(closed).text).toBe("Hello,\n\nThanks for your order.\n\nWe can't refund discounted products.\n\nBest regards,\nSam");
  });

  it('escapes inserted and replaced text', () => {
    const { place } = htmlText('<p>A &amp; B</p>');
    expect(place({ start: 0, end: 1, text: 'x < y & z' }).text).toBe('x &lt; y &amp; z');
  });

  it('reads <p> tags in linear time (10x the tags, about 10x the time)', () => {
    const html = (n: number) => '<p>Some text here.</p>\n'.repeat(n);
    htmlText(html(500));
    const small = timed(() => htmlText(html(2000)));
    const large = timed(() => htmlText(html(20_000)));
    expect(large / small).toBeLessThan(30);
    expect(htmlText(html(20_000)).text.split('\n\n')).toHaveLength(20_000);
  }, 60_000);
});

describe('check --fix never loses or corrupts content', () => {
  it('refuses bytes that are not valid UTF-8, so they are never rewritten', () => {
    const bytes = Buffer.concat([Buffer.from('Hello,\n\nWe can\'t help caf'), Buffer.from([0xe9]), Buffer.from('.\n')]);
    expect(() => decode(bytes, 'a.txt')).toThrow(SourceError);
    expect(() => decode(bytes, 'a.txt')).toThrow(/not valid UTF-8/);
  });

  it('keeps a UTF-8 byte order mark first, and counts columns from after it', () => {
    const path = join(dir(), 'bom.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Thanks for reaching out. We can't refund this order.")]));
    const source = readSource(path);
    expect(source.original.startsWith('Thanks')).toBe(true);
    const report = toSource(analyze(source.text, { language: 'en' }), source.original, source);
    const greeting = report.findings.find((f) => f.ruleId === 'en.personalization.missing-greeting')!;
    expect([greeting.line, greeting.column]).toEqual([1, 1]);
    expect(writeSource(source, fixed(source.original, report))).toBe(true);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').startsWith('Hello,')).toBe(true);
    expect(bytes.subarray(3).toString('utf8')).not.toContain('\uFEFF');
  });

  it('keeps CRLF line endings in inserted lines', () => {
    const original = "Thanks for reaching out.\r\n\r\nWe can't refund this order.\r\n";
    expect(lineEnding(original)).toBe('\r\n');
    const after = fixed(original, coach('a.txt', original).report);
    expect(after).toContain('Hello,\r\n\r\nThanks');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('decodes UTF-16 (with or without a byte order mark) and writes it back as UTF-16', () => {
    const text = "Thanks for writing. We can't refund this.";
    for (const [bytes, charset, bom] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le', true],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), 'utf-16be', true],
      [Buffer.from(text, 'utf16le'), 'utf-16le', false],
    ] as const) {
      const decoded = decode(bytes, 'a.txt');
      expect(decoded).toEqual({ original: text, encoding: { charset, bom } });
      expect(encode(text, decoded.encoding).equals(bytes)).toBe(true);
    }
    const path = join(dir(), 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const source = readSource(path);
    expect(writeSource(source, `Hello,\n\n${text}`)).toBe(true);
    expect(readFileSync(path)).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Hello,\n\n${text}`, 'utf16le')]));
  });

  it('refuses a binary file as not checked (not skipped)', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
    let error: unknown;
    try {
      decode(bytes, 'logo.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).skipped).toBe(false);
    expect((error as Error).message).toBe('logo.txt: binary file, not checked');
  });

  it('writes atomically, keeps the mode, and never overwrites a file changed since it was read', () => {
    const path = join(dir(), 'a.txt');
    writeFileSync(path, 'Thanks.');
    chmodSync(path, 0o640);
    const source = readSource(path);
    expect(writeSource(source, 'Hello,\n\nThanks.')).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    const stale = readSource(path);
    writeFileSync(path, 'Edited meanwhile.');
    expect(writeSource(stale, 'Hello,\n\nHello,\n\nThanks.')).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe('Edited meanwhile.');
  });

  it('applies edits of a moved report onto the source', () => {
    const source = '<p>Unfortunately we can&apos;t help.</p>';
    const { report } = coach('a.html', source);
    const edits = report.findings.flatMap((f) => (f.fixable && f.suggestions[0] ? f.suggestions[0].edits : []));
    expect(applyEdits(source, edits)).toBe(fixed(source, report));
  });
});

describe('the rewrite a user sees is the file with the fixes applied', () => {
  const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
  const markdown = [
    '---',
    'title: We cannot refund',
    '---',
    '',
    'Hi Anna,',
    '',
    "Unfortunately we can't refund this. Run `npm install` and read [the guide](https://example.com/guide).",
    '',
    '```',
    'unfortunately = true',
    '```',
    '',
    'Best regards,',
    'Sam',
    '',
  ].join('\n');
  const html = '<!DOCTYPE html>\n<html><body>\n<p title="we can\'t">Thanks for your order.</p>\n<p>Unfortunately we can&apos;t refund <a href="https://example.com/x">this</a>.</p>\n</body></html>\n';
  /** Every part of the file that is not prose is still in the rewrite. */
  const kept = { 'reply.md': ['---\ntitle: We cannot refund\n---\n', '`npm install`', '[the guide](https://example.com/guide)', '```\nunfortunately = true\n```'], 'reply.html': ['<!DOCTYPE html>', 'title="we can\'t"', '<a href="https://example.com/x">this</a>'] };
  const files = { 'reply.md': markdown, 'reply.html': html };

  it.each(Object.keys(files) as (keyof typeof files)[])('%s: through the library (toSource)', (file) => {
    const original = files[file];
    const { report } = coach(file, original);
    expect(report.findings.find((f) => f.ruleId === 'en.positive-language.unfortunately')?.excerpt).toBe('Unfortunately');
    expect(report.rewrite).not.toContain('Unfortunately');
    expect(report.rewrite).toBe(fixed(original, report));
    for (const part of kept[file]) expect(report.rewrite).toContain(part);
  });

  it.each(Object.keys(files) as (keyof typeof files)[])('%s: findings on the subject line stay in the subject, and their fixes out of the file', (file) => {
    const original = files[file];
    const { report } = coach(file, original, { language: 'en', subject: 'Re: Re: Fwd: UPDATE' });
    const onSubject = report.findings.filter((f) => f.field === 'subject');
    expect(onSubject.length).toBeGreaterThan(0);
    for (const f of onSubject) expect(f.excerpt).toBe('Re: Re: Fwd: UPDATE'.slice(f.start, f.end));
    expect(report.rewrite).toBe(coach(file, original).report.rewrite);
  });

  it.each(Object.keys(files) as (keyof typeof files)[])('%s: through the CLI (check --format json, the default command, --fix)', (file) => {
    const d = dir();
    writeFileSync(join(d, file), files[file]);
    const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: d, encoding: 'utf8' });
    const checked = JSON.parse(run('check', file, '--format', 'json', '--language', 'en').stdout) as { report: { rewrite: string } }[];
    const coached = JSON.parse(run(file, '--json', '--language', 'en').stdout) as { rewrite: string };
    copyFileSync(join(d, file), join(d, `fixed-${file}`));
    run('check', `fixed-${file}`, '--fix', '--language', 'en');
    const written = readFileSync(join(d, `fixed-${file}`), 'utf8');
    expect(written).not.toContain('Unfortunately');
    for (const part of kept[file]) expect(written).toContain(part);
    expect(checked[0]!.report.rewrite).toBe(written);
    expect(coached.rewrite).toBe(written);
  });
});

describe('the subject line a document carries', () => {
  it('reads front matter subject: plain, single- and double-quoted, each character mapped to its place', () => {
    for (const value of ['Your refund', "'Re: your refund'", '"Re: \\u00e9t\\u00e9 refund"']) {
      const md = `---\r\ntitle: x\r\nsubject: ${value}\r\n---\r\n\r\nHi Anna,\r\n`;
      const subject = documentSubject('markdown', md)!;
      expect(subject.map).toHaveLength(subject.text.length + 1);
      expect(md.slice(subject.start, subject.end)).toBe(value);
      const r = subject.text.indexOf('r');
      expect(md[subject.map[r]!]).toBe('r');
    }
    expect(documentSubject('markdown', '---\nsubject: Re: Update\n---\n')).toBeUndefined();
    expect(documentSubject('markdown', 'subject: Update\n')).toBeUndefined();
    expect(documentSubject('plaintext', '---\nsubject: Update\n---\n')).toBeUndefined();
  });

  it('writes a new subject back as YAML that reads as it, quoted only when it must be', () => {
    const md = '---\nsubject: Update\n---\n';
    const subject = documentSubject('markdown', md)!;
    const edit = (text: string) => applyEdits(md, [subjectEdit(subject, [{ start: 0, end: subject.text.length, text }])]);
    expect(edit('Your refund is on its way')).toBe('---\nsubject: Your refund is on its way\n---\n');
    expect(edit('Your refund: what happens next')).toBe('---\nsubject: "Your refund: what happens next"\n---\n');
    expect(edit('#4821 refunded')).toBe('---\nsubject: "#4821 refunded"\n---\n');
  });

  it('reads an email: the header block is blanked, the Subject header is the subject (folded lines and a plain reply are not headers)', () => {
    const mail = 'From: Sam <sam@example.com>\r\nTo: anna@example.com\r\n  (continued)\r\nSubject: YOUR REFUND\r\n\r\nHi Anna,\r\n';
    const text = mailText(mail);
    expect(text).toHaveLength(mail.length);
    expect(text.split('\r\n').slice(0, 4).every((l) => l.trim() === '')).toBe(true);
    expect(text.endsWith('\r\n\r\nHi Anna,\r\n')).toBe(true);
    const subject = documentSubject('mail', mail)!;
    expect(subject.text).toBe('YOUR REFUND');
    expect(mail.slice(subject.map[0], subject.map[subject.text.length])).toBe('YOUR REFUND');
    const reply = 'Note: we refunded your order.\nHi Anna,\n';
    expect(mailText(reply)).toBe(reply);
    expect(documentSubject('mail', reply)).toBeUndefined();
  });
});
