// Rule ids named in inline directives that no rule has: a typo there silences nothing, so it is reported.
import { closest } from '../cli/suggest.js';

const DIRECTIVE = /reply-coach-(?:disable-next-line|disable|enable)\b([^\n]*?)(?:-->|$)/gm;

export interface UnknownRule {
  /** Offset of the id in the text. */
  offset: number;
  id: string;
  /** The nearest rule id, when the id looks like a slip of it. */
  suggestion?: string;
}

/** Each rule id in a `reply-coach-disable…` / `reply-coach-enable` directive that `known` does not have. */
export function unknownDirectiveRules(text: string, known: ReadonlySet<string>): UnknownRule[] {
  if (!text.includes('reply-coach-')) return [];
  const found: UnknownRule[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const list = m[1]!;
    const start = m.index + m[0].indexOf(list);
    for (const id of list.matchAll(/[^\s,]+/g)) {
      if (known.has(id[0]) || !/^[a-z]{2,3}\./.test(id[0])) continue;
      const suggestion = closest(id[0], known);
      found.push({ offset: start + id.index, id: id[0], ...(suggestion ? { suggestion } : {}) });
    }
  }
  return found;
}
