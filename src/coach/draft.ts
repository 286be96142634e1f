import type { Draft, DraftSpelling, Fields, NameParts } from '../checks/context.js';
import type { ResolvedProfile } from '../data/profiles.js';
import type { CultureProfile } from '../schema/profile.js';
import { fill } from '../checks/suggest.js';
import { localeFor } from '../data/locales.js';
import type { Channel, Formality } from '../schema/common.js';
import type { Audience, Team } from '../schema/options.js';
import { assignSentences, segment, type Span } from '../text/segment.js';
import { findStructure } from '../text/structure.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { addressForms, nameKeys, nicknameTokens, splitName } from '../names/address.js';

/**
 * Splits 'Anna Kowalska' into the parts inserted text may use; titles are not
 * name parts. Where names are written family name first ('Tanaka Kenji'), the
 * first part is the family name. "Smith, John", "J.R. Smith", "St. John",
 * e-mail addresses and handles are read as src/names/address.ts explains.
 */
export function nameParts(name: string | undefined, familyNameFirst: boolean): NameParts | undefined {
  const split = splitName(name, familyNameFirst);
  if (!split) return undefined;
  const { givenName, familyName } = split;
  return { name: split.name, givenName, familyName, firstName: givenName, lastName: familyName };
}

/** The first formula of the list whose placeholders can all be filled. */
function firstFillable(formulas: readonly string[] | undefined, fields: Fields): string | undefined {
  for (const f of formulas ?? []) {
    const filled = fill(f, fields);
    if (filled !== undefined) return filled;
  }
  return undefined;
}

/** English formulas with the culture's honorific ("Dear Tanaka-sama,") right after each one that needs a title: a title given wins, the honorific comes before the bare full name. */
function englishGreetings(profile: CultureProfile): readonly string[] {
  const honorific = profile.english.honorific;
  if (!honorific) return profile.english.greetings;
  const out: string[] = [];
  for (const f of profile.english.greetings) {
    out.push(f);
    if (f.includes('{title} {familyName}')) out.push(f.replace('{title} {familyName}', honorific));
  }
  return out;
}

/** {greeting} and {closing}: the culture's formulas in the draft's language (or its English ones for an English draft). */
function formulaFields(profile: CultureProfile, language: string, channel: Channel, fields: Fields): Fields {
  const kind = channel === 'email' || channel === 'voice' ? 'email' : 'chat';
  const own = profile.language === language;
  const english = !own && language === 'en';
  const greetings = own ? profile.greetings[kind] : english ? englishGreetings(profile) : undefined;
  const closings = own ? profile.closings[kind] : english ? profile.english.closings : undefined;
  const out: Fields = {};
  let greeting = firstFillable(greetings, fields);
  const closing = firstFillable(closings, fields);
  // An English greeting to a culture that keeps exclamation marks out of service mail ends with a comma.
  if (greeting !== undefined && english && !profile.exclamation) greeting = greeting.replace(/!$/, ',');
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

/**
 * What $name, $given and $nickname match in this draft. A nickname from the sign-off on is the agent's own
 * name in the signature ("Pozdrawiam\nKasia" to Katarzyna), not a way of addressing the customer.
 */
function matchContext(tokens: readonly Token[], keys: ReturnType<typeof nameKeys>, signOff: Span | undefined): Draft['match'] {
  const addressed = signOff ? tokens.filter((t) => t.start < signOff.start) : tokens;
  return { nameKeys: keys.nameKeys, givenKeys: keys.givenKeys, nicknames: nicknameTokens(addressed, keys.nicknameKeys) };
}

export interface DraftSettings {
  language: string;
  channel: Channel;
  audience: Audience | undefined;
  inReplyTo: string | undefined;
  template: boolean;
  culture: ResolvedProfile;
  /** The support team's locale and time zone. */
  team?: Team | undefined;
  /** Spans that are not part of the reply (inline directives). */
  masked?: readonly Span[];
  /** The spell checker, when the coach has one. */
  spelling?: DraftSpelling | undefined;
}

/** Normalises nothing in place: every stage reads the original text, so offsets stay those of the caller's string. */
export function buildDraft(text: string, s: DraftSettings): Draft {
  const locale = localeFor(s.language);
  const { tokens, segments } = words(text, locale.abbreviations, s.masked);
  const { profile, source } = s.culture;
  const split = splitName(s.audience?.name, profile.familyNameFirst);
  const name = nameParts(s.audience?.name, profile.familyNameFirst);
  // The caller's word, else the customer's culture, else what support in the draft's language does.
  const formality: Formality = s.audience?.formality ?? (source === 'neutral' ? locale.locale.formality : profile.formality);
  // {title} in the draft's language ("Pani" is "Ms." in English), {vocative} and the gendered alternatives.
  const nameFields: Fields = { ...name, ...addressForms(s.language, split, s.audience?.title || undefined) };
  const fields: Fields = { ...nameFields, ...formulaFields(profile, s.language, s.channel, nameFields) };
  const structure = findStructure(text, tokens, segments, locale);
  const draft: Draft = {
    text,
    language: s.language,
    tokens,
    segments,
    structure,
    locale,
    channel: s.channel,
    formality,
    template: s.template,
    fields,
    culture: s.culture,
    match: matchContext(tokens, nameKeys(split, s.language), structure.signOff),
    // Split only when a rule asks about the customer's words: most drafts leave every such rule without a candidate.
    get inReplyTo() {
      const value = s.inReplyTo ? words(s.inReplyTo, locale.abbreviations).tokens : [];
      Object.defineProperty(this, 'inReplyTo', { value, enumerable: true });
      return value;
    },
    wordCount: tokens.reduce((n, t) => (t.placeholder ? n : n + 1), 0),
    cache: new Map(),
    // Always present (undefined when absent), so every draft has one object shape for the checks that read it.
    name,
    audience: s.audience,
    team: s.team,
    spelling: s.spelling,
  };
  return draft;
}
