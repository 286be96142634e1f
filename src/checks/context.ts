import type { CompiledLocale } from '../data/locales.js';
import type { ResolvedProfile } from '../data/profiles.js';
import type { MatchContext } from '../match/matcher.js';
import type { Category, Channel, Formality, Severity } from '../schema/common.js';
import type { Audience, Team } from '../schema/options.js';
import type { Suggestion } from '../schema/report.js';
import type { Segments, Span } from '../text/segment.js';
import type { Structure } from '../text/structure.js';
import type { Token } from '../text/tokenize.js';
import type { Speller } from '../spelling/speller.js';

/** The customer's name in the forms that inserted text may use (firstName/lastName are given/family name). */
export interface NameParts {
  name: string;
  givenName: string;
  familyName: string;
  firstName: string;
  lastName: string;
}

/** Placeholders that suggestions and inserted text may use. */
export const FIELD_NAMES = ['name', 'givenName', 'familyName', 'firstName', 'lastName', 'title', 'vocative', 'vocativeMale', 'vocativeFemale', 'male', 'female', 'greeting', 'salutation', 'closing'] as const;
export type Fields = Partial<Record<(typeof FIELD_NAMES)[number], string>>;

/** Everything a check may read about one draft; built once per analysis. */
export interface Draft {
  text: string;
  language: string;
  /** The agent's words (quoted customer text left out), in order. */
  tokens: Token[];
  segments: Segments;
  structure: Structure;
  locale: CompiledLocale;
  channel: Channel;
  formality: Formality;
  template: boolean;
  name?: NameParts;
  /** Values for {name}, {title}, {greeting}... in suggestions; a field missing here makes a suggestion that needs it drop out. */
  fields: Fields;
  /** The customer's culture profile (neutral when no audience.locale is given). */
  culture: ResolvedProfile;
  /** The audience as the caller gave it (locale, time zone). */
  audience?: Audience;
  /** The support team's locale and time zone, when the caller gave them. */
  team?: Team;
  match: MatchContext;
  /** The words of the customer's message this draft answers. */
  inReplyTo: Token[];
  /** Agent words, placeholders excluded. */
  wordCount: number;
  /** Results that several checks need, computed once per draft (see `memo`). */
  cache: Map<unknown, unknown>;
  /** The coach's spell checker and the words it must not flag (the caller's packs' terms); absent when spelling is off. */
  spelling?: DraftSpelling;
}

export interface DraftSpelling {
  speller: Speller;
  /** Folded words of the caller's own packs (glossary terms, product names). */
  glossary: ReadonlySet<string>;
}

/** A finding before positions and messages are finished. */
export interface RawFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  fix: boolean;
  message: string;
  start: number;
  end: number;
  suggestions: Suggestion[];
  /** Set for findings on the subject line: offsets are into the subject. */
  field?: 'subject';
  /** A finding that stands beside overlapping findings of its category instead of competing with them (a misspelled word inside a flagged phrase). */
  apart?: boolean;
}

export type { Span };
