import type { Group } from '../match/groups.js';
import type { SubjectRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import { applies, finding, type CompiledRule } from './rule.js';
import { fill, textOf } from './suggest.js';

/**
 * The email's subject line, as a customer scans an inbox for it: present, about
 * this ticket, in sentence case, with one reply prefix. The subject is analyzed
 * as a small draft of its own (so patterns match it as they match a reply);
 * suggestions take the ticket's topic from the reply's body.
 */
export class SubjectCheck {
  private readonly generic?: Group;
  private readonly topics?: Group;
  /** One reply or forward prefix at the start ("Re:", "AW[2]:"), when the rule lists any. */
  private readonly onePrefix?: RegExp;

  constructor(private readonly c: CompiledRule<SubjectRule>) {
    if (c.rule.generic) this.generic = c.groups.add(c.rule.generic, c.classes, 'subject');
    if (c.rule.topics) this.topics = c.groups.add(c.rule.topics, c.classes, 'subject');
    const words = c.rule.prefixes ?? [];
    if (words.length > 0) this.onePrefix = new RegExp(`^\\s*(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:\\[\\d+\\])?\\s*:\\s*`, 'iu');
  }

  run(subject: Draft, body: Draft, env: RunEnv): RawFinding[] {
    const severity = env.severityOf(this.c);
    if (severity === undefined || !applies(this.c, body)) return [];
    const text = subject.text;
    const prefix = this.prefix(text);
    const rest = { start: prefix.end, end: text.trimEnd().length };
    const found = (start: number, end: number, suggestions: Suggestion[]) => ({ ...finding(this.c, severity, subject, start, end, suggestions), field: 'subject' as const });
    switch (this.c.rule.check) {
      case 'missing':
        return text.trim() === '' ? [found(0, text.length, this.proposals(body, 0, text.length))] : [];
      case 'reply-chain':
        return prefix.count >= 2 ? [found(prefix.start, prefix.end, [{ label: `${prefix.first}: `, edits: [{ start: prefix.start, end: prefix.end, text: `${prefix.first}: ` }] }])] : [];
      case 'capitals': {
        const words = text.slice(rest.start, rest.end).match(/\p{L}{2,}/gu) ?? [];
        const letters = words.join('');
        if (words.length < 2 || letters.length < 6 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return [];
        const lower = text.slice(rest.start, rest.end).toLowerCase();
        const sentence = lower.charAt(0).toUpperCase() + lower.slice(1);
        return [found(rest.start, rest.end, [{ label: sentence, edits: [{ start: rest.start, end: rest.end, text: sentence }] }])];
      }
      case 'generic': {
        if (text.trim() === '' || !this.generic) return [];
        const words = subject.tokens.filter((t) => t.start >= rest.start && !t.placeholder && !/^\p{N}/u.test(t.key));
        const hits = this.c.groups.hits(this.generic, subject);
        const covered = (t: { start: number; end: number }) => hits.some((h) => h.start <= t.start && t.end <= h.end);
        if (!words.every(covered)) return [];
        const start = rest.start < rest.end ? rest.start : prefix.start;
        return [found(start, Math.max(rest.end, prefix.end), this.proposals(body, rest.start, text.length))];
      }
    }
  }

  /** The reply and forward prefixes at the start ("Re: Fwd: RE:"), their count and the first one as written. */
  private prefix(text: string): { start: number; end: number; count: number; first: string } {
    const one = this.onePrefix;
    if (!one) return { start: 0, end: 0, count: 0, first: '' };
    let end = 0;
    let count = 0;
    let first = '';
    for (let m = one.exec(text); m; m = one.exec(text.slice(end))) {
      if (count === 0) first = m[1]!;
      end += m[0].length;
      count++;
    }
    const start = count > 0 ? text.length - text.trimStart().length : 0;
    return { start, end, count, first };
  }

  /** Subjects built from the reply: the suggestions with `{topic}` filled from the first topic the body names. */
  private proposals(body: Draft, start: number, end: number): Suggestion[] {
    const hit = this.topics ? [...this.c.groups.hits(this.topics, body)].sort((a, b) => a.start - b.start)[0] : undefined;
    const topic = hit ? body.text.slice(hit.start, hit.end) : undefined;
    const out: Suggestion[] = [];
    for (const r of this.c.rule.suggestions ?? []) {
      const { text, label } = textOf(r);
      if (text.includes('{topic}') && topic === undefined) continue;
      const filled = fill(text.replace(/\{topic\}/g, topic ?? ''), body.fields);
      if (filled === undefined || out.some((s) => s.edits[0]!.text === filled)) continue;
      out.push({ label: label ?? filled, edits: [{ start, end, text: filled }] });
    }
    return out;
  }
}
