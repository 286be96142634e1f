import type { Hit } from '../match/matcher.js';
import type { Insert, RequiredRule, StructureRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import { insertion } from './suggest.js';
import type { Span } from '../text/segment.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import type { Group } from '../match/groups.js';
import { applies, finding, firstDraftTrigger, type CompiledRule } from './rule.js';

/** Where an insert anchor points in this draft, and which side of it the text goes. */
function anchor(at: Insert['at'], draft: Draft, trigger: Hit<number> | undefined): { offset: number; side: 'before' | 'after' } {
  switch (at) {
    case 'start':
      return { offset: 0, side: 'before' };
    case 'body-start':
      return { offset: draft.structure.body.start, side: 'before' };
    case 'body-end':
      return { offset: draft.structure.body.end, side: 'after' };
    case 'end':
      return { offset: draft.text.trimEnd().length, side: 'after' };
    case 'after-trigger':
      return trigger ? { offset: trigger.end, side: 'after' } : { offset: draft.structure.body.end, side: 'after' };
    case 'before-trigger':
      return trigger ? { offset: trigger.start, side: 'before' } : { offset: draft.structure.body.end, side: 'after' };
  }
}

/** A finding at the place where missing words belong, with insertions as suggestions. */
function missing(c: CompiledRule<RequiredRule | StructureRule>, draft: Draft, env: RunEnv): RawFinding[] {
  const severity = env.severityOf(c);
  if (severity === undefined) return [];
  const { offset, side } = anchor(c.rule.insert.at, draft, firstDraftTrigger(c, draft));
  const suggestions: Suggestion[] = [];
  for (const t of c.rule.insert.text) {
    const s = insertion(draft, offset, t, side);
    if (s) suggestions.push(s);
  }
  return [finding(c, severity, draft, offset, offset, suggestions)];
}

function regionOf(c: CompiledRule<RequiredRule>, draft: Draft): Span | undefined {
  const region = c.rule.region;
  if (region === 'draft') return { start: 0, end: draft.text.length };
  if (region !== 'trigger') return draft.structure[region];
  const trigger = firstDraftTrigger(c, draft);
  if (!trigger) return { start: 0, end: draft.text.length };
  const { sentences } = draft.segments;
  const index = draft.tokens[trigger.first]!.sentence;
  return { start: sentences[index]!.start, end: (sentences[index + 1] ?? sentences[index]!).end };
}

export class RequiredCheck {
  private readonly present: Group;
  constructor(private readonly c: CompiledRule<RequiredRule>) {
    this.present = c.groups.add(c.rule.present, c.classes, 'later');
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    if (draft.wordCount === 0 || env.severityOf(this.c) === undefined || !applies(this.c, draft)) return [];
    const region = regionOf(this.c, draft);
    if (!region) return [];
    if (this.c.groups.hits(this.present, draft).some((h) => h.start >= region.start && h.end <= region.end)) return [];
    return missing(this.c, draft, env);
  }
}

export class StructureCheck {
  constructor(private readonly c: CompiledRule<StructureRule>) {}

  run(draft: Draft, env: RunEnv): RawFinding[] {
    if (draft.wordCount === 0 || env.severityOf(this.c) === undefined || !applies(this.c, draft)) return [];
    const has = this.c.rule.element === 'greeting' ? draft.structure.greeting : draft.structure.signOff;
    return has ? [] : missing(this.c, draft, env);
  }
}
