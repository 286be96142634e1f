import type { Group } from '../match/groups.js';
import type { Hit } from '../match/matcher.js';
import type { CountRule, Level } from '../schema/pack.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import { levelReached } from './levels.js';
import { applies, excepted, finding, inContext, type CompiledRule } from './rule.js';

/**
 * Counts the hits of a rule's patterns per sentence (or per draft) and grades
 * the severity by the count: one hedge is polish, three in one sentence leave
 * no answer. Overlapping hits count once.
 */
export class CountCheck {
  private readonly group: Group;
  constructor(private readonly c: CompiledRule<CountRule>) {
    this.group = c.groups.add(c.rule.patterns, c.classes, 'first');
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    if (env.severityOf(this.c) === undefined || draft.wordCount === 0 || !applies(this.c, draft)) return [];
    // Context and exceptions apply to each hit, so one excepted hedge does not drop a sentence's count.
    const hits = [...this.c.groups.hits(this.group, draft)]
      .filter((h) => inContext(this.c, draft, h.start, h.end) && !excepted(this.c, draft, h.start, h.end))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const byScope = new Map<number, Hit<number>[]>();
    let lastEnd = -1;
    for (const h of hits) {
      if (h.start < lastEnd) continue;
      lastEnd = h.end;
      const key = this.c.rule.scope === 'draft' ? 0 : draft.tokens[h.first]!.sentence;
      const list = byScope.get(key);
      if (list) list.push(h);
      else byScope.set(key, [h]);
    }
    const out: RawFinding[] = [];
    for (const list of byScope.values()) {
      const level: Level | undefined = levelReached(this.c.rule.levels, list.length, draft.channel);
      if (!level) continue;
      const severity = env.severityOf(this.c, level.severity);
      if (severity === undefined) continue;
      const start = list[0]!.start;
      const end = list[list.length - 1]!.end;
      out.push(finding(this.c, severity, draft, start, end, [], { value: list.length }));
    }
    return out;
  }
}
