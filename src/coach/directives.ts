import type { Span } from '../text/segment.js';

/**
 * Inline control, in an HTML comment or on a line of its own (plain text):
 *   <!-- reply-coach-disable en.jargon.ticket -->   …   <!-- reply-coach-enable -->
 *   reply-coach-disable-next-line en.positive-language.we-cant
 * Without rule ids a directive covers every rule.
 */
export interface Directives {
  /** The directives' own text: not part of the reply, so never analyzed. */
  spans: Span[];
  /** Whether a finding of this rule at this offset is switched off. */
  silenced(ruleId: string, offset: number): boolean;
}

const COMMENT = /<!--\s*reply-coach-(disable-next-line|disable|enable)\b([^]*?)-->/g;
const LINE = /^[ \t]*(?:#|\/\/)?[ \t]*reply-coach-(disable-next-line|disable|enable)\b([^\n]*)$/gm;

interface Range {
  start: number;
  end: number;
  rules: ReadonlySet<string> | undefined;
}

const NONE: Directives = { spans: [], silenced: () => false };

export function findDirectives(text: string): Directives {
  if (!text.includes('reply-coach-')) return NONE;
  const found: { kind: string; rules: string[]; start: number; end: number }[] = [];
  for (const re of [COMMENT, LINE]) {
    for (const m of text.matchAll(re)) {
      found.push({ kind: m[1]!, rules: m[2]!.split(/[\s,]+/).filter(Boolean), start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const ranges: Range[] = [];
  const open: Range[] = [];
  for (const d of found) {
    const rules = d.rules.length ? new Set(d.rules) : undefined;
    if (d.kind === 'disable-next-line') {
      const lineStart = text.indexOf('\n', d.end);
      if (lineStart === -1) continue;
      const lineEnd = text.indexOf('\n', lineStart + 1);
      ranges.push({ start: lineStart + 1, end: lineEnd === -1 ? text.length : lineEnd, rules });
    } else if (d.kind === 'disable') {
      const range = { start: d.end, end: text.length, rules };
      ranges.push(range);
      open.push(range);
    } else {
      // enable closes the open ranges it names (all of them when it names none).
      for (const r of open.splice(0)) {
        if (!rules || !r.rules) r.end = d.start;
        else if ([...r.rules].every((id) => rules.has(id))) r.end = d.start;
        else open.push(r);
      }
    }
  }
  return {
    spans: found.map(({ start, end }) => ({ start, end })),
    silenced: (ruleId, offset) => ranges.some((r) => offset >= r.start && offset <= r.end && (!r.rules || r.rules.has(ruleId))),
  };
}
