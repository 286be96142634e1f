import type { Draft } from '../checks/context.js';
import { memo } from './memo.js';
import { Matcher, type Hit } from './matcher.js';
import type { WordClasses } from './pattern.js';

/** A handle on one list of patterns inside a PatternGroups. */
export interface Group {
  readonly id: number;
}

/**
 * The small pattern lists of a language's rules (conditions, exceptions,
 * required phrases, prefilters) compiled into one matcher, so a draft is
 * scanned once for all of them instead of once per list.
 */
export class PatternGroups {
  private readonly matcher = new Matcher<number>();
  private count = 0;
  // One memo key per text scanned: the draft and the customer's message.
  private readonly draftKey = {};
  private readonly replyKey = {};

  add(patterns: readonly string[], classes?: WordClasses): Group {
    const id = this.count++;
    for (const p of patterns) this.matcher.add(p, id, classes);
    return { id };
  }

  /** Hits of one group in the draft (or in the customer's message), from one shared scan. */
  hits(group: Group, draft: Draft, text: 'draft' | 'reply' = 'draft'): readonly Hit<number>[] {
    const all = memo(draft, text === 'draft' ? this.draftKey : this.replyKey, () => {
      const tokens = text === 'draft' ? draft.tokens : draft.inReplyTo;
      const byGroup = new Map<number, Hit<number>[]>();
      for (const hit of this.matcher.match(tokens, draft.match)) {
        const list = byGroup.get(hit.payload);
        if (list) list.push(hit);
        else byGroup.set(hit.payload, [hit]);
      }
      return byGroup;
    });
    return all.get(group.id) ?? [];
  }
}
