import type { Draft, Fields, NameParts } from '../checks/context.js';
import type { ResolvedProfile } from '../data/profiles.js';
import type { CultureProfile } from '../schema/profile.js';
import { fill } from '../checks/suggest.js';
import { localeFor } from '../data/locales.js';
import type { Channel, Formality } from '../schema/common.js';
import type { Audience } from '../schema/options.js';
import { fold } from '../text/fold.js';
import { assignSentences, segment, type Span } from '../text/segment.js';
import { findStructure } from '../text/structure.js';
import { tokenize, type Token } from '../text/tokenize.js';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam']);

/**
 * Splits 'Anna Kowalska' into the parts inserted text may use; titles are not
 * name parts. Where names are written family name first ('Tanaka Kenji'), the
 * first part is the family name.
 */
export function nameParts(name: string | undefined, familyNameFirst: boolean): NameParts | undefined {
  const parts = (name ?? '').trim().split(/\s+/).filter((p) => p !== '' && !TITLES.has(fold(p).replace(/\.$/, '')));
  if (parts.length === 0) return undefined;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const givenName = familyNameFirst && parts.length > 1 ? last : first;
  const familyName = familyNameFirst && parts.length > 1 ? first : last;
  return { name: parts.join(' '), givenName, familyName, firstName: givenName, lastName: familyName };
}

/** The first formula of the list whose placeholders can all be filled. */
function firstFillable(formulas: readonly string[] | undefined, fields: Fields): string | undefined {
  for (const f of formulas ?? []) {
    const filled = fill(f, fields);
    if (filled !== undefined) return filled;
  }
  return undefined;
}

/** {greeting} and {closing}: the culture's formulas in the draft's language (or its English ones for an English draft). */
function formulaFields(profile: CultureProfile, language: string, channel: Channel, fields: Fields): Fields {
  const kind = channel === 'email' || channel === 'voice' ? 'email' : 'chat';
  const own = profile.language === language;
  const greetings = own ? profile.greetings[kind] : language === 'en' ? profile.english.greetings : undefined;
  const closings = own ? profile.closings[kind] : language === 'en' ? profile.english.closings : undefined;
  const out: Fields = {};
  const greeting = firstFillable(greetings, fields);
  const closing = firstFillable(closings, fields);
  if (greeting !== undefined) {
    out.greeting = greeting;
    // The greeting without its closing mark, to replace the words of a greeting in place.
    out.salutation = greeting.replace(/[\s,!:;、，]+$/u, '');
  }
  if (closing !== undefined) out.closing = closing;
  return out;
}

function words(text: string, abbreviations: ReadonlySet<string>, masked: readonly Span[] = []): { tokens: Token[]; segments: ReturnType<typeof segment> } {
  const segments = segment(text, abbreviations);
  // Masked spans (inline directives) are left out like quoted customer text.
  if (masked.length > 0) segments.quoted = [...segments.quoted, ...masked].sort((a, b) => a.start - b.start);
  return { tokens: assignSentences(tokenize(text), segments), segments };
}

/** Folded name parts, hyphenated parts also one by one ("Anna-Maria" greets as "Anna" too). */
function keysOf(parts: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const part of parts) {
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
  culture: ResolvedProfile;
  /** Spans that are not part of the reply (inline directives). */
  masked?: readonly Span[];
}

/** Normalises nothing in place: every stage reads the original text, so offsets stay those of the caller's string. */
export function buildDraft(text: string, s: DraftSettings): Draft {
  const locale = localeFor(s.language);
  const { tokens, segments } = words(text, locale.abbreviations, s.masked);
  const { profile, source } = s.culture;
  const name = nameParts(s.audience?.name, profile.familyNameFirst);
  // The caller's word, else the customer's culture, else what support in the draft's language does.
  const formality: Formality = s.audience?.formality ?? (source === 'neutral' ? locale.locale.formality : profile.formality);
  const nameFields: Fields = { ...name, ...(s.audience?.title ? { title: s.audience.title } : {}) };
  const fields: Fields = { ...nameFields, ...formulaFields(profile, s.language, s.channel, nameFields) };
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
    fields,
    culture: s.culture,
    match: { nameKeys: keysOf(name ? name.name.split(' ') : []), givenKeys: keysOf(name ? [name.givenName] : []) },
    inReplyTo: s.inReplyTo ? words(s.inReplyTo, locale.abbreviations).tokens : [],
    wordCount: tokens.reduce((n, t) => (t.placeholder ? n : n + 1), 0),
    cache: new Map(),
  };
  if (name) draft.name = name;
  return draft;
}
