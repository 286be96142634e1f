import type { Draft, NameParts } from './checks/context.js';
import { localeFor } from './locales.js';
import type { Channel, Formality } from './schema/common.js';
import type { Audience } from './schema/options.js';
import { fold } from './text/fold.js';
import { assignSentences, segment } from './text/segment.js';
import { findStructure } from './text/structure.js';
import { tokenize, type Token } from './text/tokenize.js';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam']);

/** Splits 'Anna Kowalska' into the parts inserted text may use; titles are not name parts. */
export function nameParts(name: string | undefined): NameParts | undefined {
  const parts = (name ?? '').trim().split(/\s+/).filter((p) => p !== '' && !TITLES.has(fold(p).replace(/\.$/, '')));
  if (parts.length === 0) return undefined;
  return { name: parts.join(' '), firstName: parts[0]!, lastName: parts[parts.length - 1]! };
}

function words(text: string, abbreviations: ReadonlySet<string>): { tokens: Token[]; segments: ReturnType<typeof segment> } {
  const segments = segment(text, abbreviations);
  return { tokens: assignSentences(tokenize(text), segments), segments };
}

/** Folded name parts, hyphenated parts also one by one ("Anna-Maria" greets as "Anna" too). */
function nameKeys(name: NameParts | undefined): Set<string> {
  const keys = new Set<string>();
  for (const part of name ? name.name.split(' ') : []) {
    keys.add(fold(part));
    for (const piece of part.split('-')) if (piece) keys.add(fold(piece));
  }
  return keys;
}

export interface DraftSettings {
  language: string;
  channel: Channel;
  audience: Audience | undefined;
  inReplyTo: string | undefined;
  template: boolean;
}

/** Normalises nothing in place: every stage reads the original text, so offsets stay those of the caller's string. */
export function buildDraft(text: string, s: DraftSettings): Draft {
  const locale = localeFor(s.language);
  const { tokens, segments } = words(text, locale.abbreviations);
  const name = nameParts(s.audience?.name);
  const formality: Formality = s.audience?.formality ?? locale.locale.formality;
  const draft: Draft = {
    text,
    language: s.language,
    tokens,
    segments,
    structure: findStructure(text, tokens, segments, locale),
    locale,
    channel: s.channel,
    formality,
    template: s.template,
    match: { nameKeys: nameKeys(name) },
    inReplyTo: s.inReplyTo ? words(s.inReplyTo, locale.abbreviations).tokens : [],
    wordCount: tokens.reduce((n, t) => (t.placeholder ? n : n + 1), 0),
    cache: new Map(),
  };
  if (name) draft.name = name;
  return draft;
}
