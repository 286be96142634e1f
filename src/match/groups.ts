import type { Draft } from '../checks/context.js';
import { memo } from './memo.js';
import { Matcher, type Hit } from './matcher.js';
import type { WordClasses } from './pattern.js';

/**
 * When a group's hits are needed, which decides the scan it joins:
 * - `first`: on every draft, to tell whether a rule applies at all (`when` triggers, prefilters, counted patterns);
 * - `later`: only once a rule has a candidate finding (exceptions, context, required phrases): most drafts of a
 *   language leave most rules without one, so this scan is often skipped;
 * - `reply`: in the customer's message (`when.inReplyTo`, customer context), scanned only when asked;
 * - `subject`: the subject-line rules' words (generic subjects, topics), scanned only when a subject is given.
 */
export type GroupUse = 'first' | 'later' | 'reply' | 'subject';

/** A handle on one list of patterns inside a PatternGroups. */
export interface Group {
  readonly id: number;
  readonly use: GroupUse;
}

/** `later` groups a draft may have scanned one by one before their use's whole scan runs instead. */
const MAX_ALONE = 6;

/**
 * The small pattern lists of a language's rules (conditions, exceptions,
 * required phrases, prefilters) compiled into one matcher per use, so a draft
 * is scanned once for all the lists of a use instead of once per list, and a
 * scan that no rule asks for is never run.
 */
export class PatternGroups {
  private readonly matchers: Record<GroupUse, Matcher<number>> = { first: new Matcher(), later: new Matcher(), reply: new Matcher(), subject: new Matcher() };
  /** Each `later` group on its own too: a draft with a candidate or two asks for a few of them, not the whole scan. */
  private readonly alone = new Map<number, Matcher<number>>();
  /** Per draft, how many `later` groups were scanned alone. */
  private readonly asked = {};
  private count = 0;

  add(patterns: readonly string[], classes: WordClasses | undefined, use: GroupUse): Group {
    const id = this.count++;
    const own = use === 'later' ? new Matcher<number>() : undefined;
    for (const p of patterns) {
      this.matchers[use].add(p, id, classes);
      own?.add(p, id, classes);
    }
    if (own) this.alone.set(id, own);
    return { id, use };
  }

  /** Hits of one group in the draft (in the customer's message for a `reply` group), from its use's one scan. */
  hits(group: Group, draft: Draft): readonly Hit<number>[] {
    const matcher = this.matchers[group.use];
    if (group.use === 'later' && !draft.cache.has(matcher)) {
      const asked = memo(draft, this.asked, () => ({ groups: 0 }));
      // The first few groups asked for are scanned alone; past that one scan of them all is cheaper.
      if (draft.cache.has(group) || asked.groups++ < MAX_ALONE) return memo(draft, group, () => this.alone.get(group.id)!.match(draft.tokens, draft.match));
    }
    const all = memo(draft, matcher, () => {
      const tokens = group.use === 'reply' ? draft.inReplyTo : draft.tokens;
      const byGroup = new Map<number, Hit<number>[]>();
      for (const hit of matcher.match(tokens, draft.match)) {
        const list = byGroup.get(hit.payload);
        if (list) list.push(hit);
        else byGroup.set(hit.payload, [hit]);
      }
      return byGroup;
    });
    return all.get(group.id) ?? [];
  }
}
