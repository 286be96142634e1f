import type { MetricRule } from '../schema/pack.js';
import { levelReached, limitFor } from './levels.js';
import { bodyReadability } from './readability.js';
import type { Span } from '../text/segment.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import { applies, finding, type CompiledRule } from './rule.js';

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** How many of `items` lie inside each span; both sorted, so one sweep (drafts may be megabytes). */
function countInside(spans: readonly Span[], items: readonly Span[]): number[] {
  const counts = spans.map(() => 0);
  let i = 0;
  for (const item of items) {
    while (i < spans.length && spans[i]!.end < item.end) i++;
    if (i === spans.length) break;
    if (item.start >= spans[i]!.start) counts[i]!++;
  }
  return counts;
}

/** The measured value of each unit (sentence, paragraph or body) the metric looks at. */
function measure(rule: MetricRule, draft: Draft): { span: Span; value: number }[] {
  const { body } = draft.structure;
  const { sentences, paragraphs } = draft.segments;
  const bodyTokens = draft.tokens.filter((t) => t.start >= body.start && t.end <= body.end);
  switch (rule.metric) {
    case 'sentence-words': {
      const counts = new Map<number, number>();
      for (const t of bodyTokens) counts.set(t.sentence, (counts.get(t.sentence) ?? 0) + 1);
      return [...counts].map(([i, value]) => ({ span: sentences[i]!, value }));
    }
    case 'paragraph-words': {
      const spans = paragraphs.filter((p) => overlaps(p, body));
      return countInside(spans, bodyTokens).map((value, i) => ({ span: spans[i]!, value }));
    }
    case 'paragraph-sentences': {
      const spans = paragraphs.filter((p) => overlaps(p, body));
      return countInside(spans, sentences).map((value, i) => ({ span: spans[i]!, value }));
    }
    case 'readability': {
      const r = bodyReadability(draft);
      return r ? [{ span: body, value: r.score }] : [];
    }
  }
}

export class MetricCheck {
  constructor(private readonly c: CompiledRule<MetricRule>) {}

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const severity = env.severityOf(this.c);
    if (severity === undefined || draft.wordCount === 0 || !applies(this.c, draft)) return [];
    const max = limitFor(this.c.rule.max, draft.channel);
    const min = limitFor(this.c.rule.min, draft.channel);
    const out: RawFinding[] = [];
    const levels = this.c.rule.levels;
    for (const { span, value } of measure(this.c.rule, draft)) {
      if (levels) {
        const level = levelReached(levels, value, draft.channel);
        const graded = level && env.severityOf(this.c, level.severity);
        if (graded) out.push(finding(this.c, graded, draft, span.start, span.end, [], { value, limit: limitFor(level.min, draft.channel) }));
        continue;
      }
      const limit = max !== undefined && value > max ? max : min !== undefined && value < min ? min : undefined;
      if (limit === undefined) continue;
      out.push(finding(this.c, severity, draft, span.start, span.end, [], { value, limit }));
    }
    return out;
  }
}
