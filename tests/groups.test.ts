import { describe, expect, it } from 'vitest';
import type { Draft } from '../src/checks/context.js';
import { PatternGroups, type Group } from '../src/match/groups.js';
import { tokenize } from '../src/text/tokenize.js';

/** Just what PatternGroups reads of a draft: its words, the customer's words, the match context and the memo. */
function draftOf(text: string, inReplyTo = ''): Draft {
  return { tokens: tokenize(text), inReplyTo: tokenize(inReplyTo), match: { nameKeys: new Set(), givenKeys: new Set() }, cache: new Map() } as unknown as Draft;
}

const text = 'Sorry for the wait. We will refund the order today, and the refund reaches you by Friday. Please reply if the parcel is late.';
const lists = [
  ['refund*'],
  ['today|tomorrow', 'by friday|monday'],
  ['the order|parcel'],
  ['sorry for * wait'],
  ['please reply'],
  ['is late|delayed'],
  ['we will *'],
  ['you by'],
  ['nothing here'],
];

const excerpts = (groups: PatternGroups, group: Group, draft: Draft) => groups.hits(group, draft).map((h) => text.slice(h.start, h.end));

describe('pattern groups', () => {
  it('a later group gives the same hits scanned alone as in the whole later scan, in any order of asking', () => {
    const groups = new PatternGroups();
    const made = lists.map((l) => groups.add(l, undefined, 'later'));
    // In order: the first six are scanned alone, the rest come from the whole scan.
    const inOrder = draftOf(text);
    const first = made.map((g) => excerpts(groups, g, inOrder));
    // Reversed: the groups scanned alone are others.
    const reversed = draftOf(text);
    const second = [...made].reverse().map((g) => excerpts(groups, g, reversed)).reverse();
    expect(second).toEqual(first);
    expect(first).toEqual([['refund', 'refund'], ['today', 'by Friday'], ['the order', 'the parcel'], ['Sorry for the wait'], ['Please reply'], ['is late'], ['We will refund'], ['you by'], []]);
    // Asked again, a group alone keeps its answer after the whole scan ran.
    expect(excerpts(groups, made[0]!, inOrder)).toEqual(['refund', 'refund']);
  });

  it('reply groups read the customer message, first groups the draft', () => {
    const groups = new PatternGroups();
    const reply = groups.add(['refund*'], undefined, 'reply');
    const first = groups.add(['refund*'], undefined, 'first');
    const draft = draftOf('We sent it.', 'I want a refund now.');
    expect(groups.hits(reply, draft).map((h) => h.start)).toEqual([9]);
    expect(groups.hits(first, draft)).toEqual([]);
  });
});
