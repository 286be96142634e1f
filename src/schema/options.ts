import {
  array,
  boolean,
  custom,
  extend,
  enum as zEnum,
  literal,
  maxLength,
  optional,
  record,
  refine,
  regex,
  strictObject,
  string,
  union,
  type output as Infer,
} from './zod.js';
import { CategorySchema, ChannelSchema, SeveritySchema } from './common.js';
import type { Detection } from '../detect/detect.js';
import type { LanguageData } from '../data/language-data.js';
import type { NlpLoader } from '../nlp/engine.js';
import { isSpeller, type Speller } from '../spelling/speller.js';
import type { RulePackInput } from './pack.js';

/** An IANA time zone name the runtime knows ('Europe/Prague', 'UTC'). */
export const TimeZoneSchema = string().check(
  refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA time zone such as "Europe/Warsaw"' },
  ),
);

export const AudienceSchema = strictObject({
  /** The customer's culture, BCP 47 ('ja-JP', 'pl-PL'). */
  locale: optional(string().check(regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as "en-US"'))),
  /** The customer's name, e.g. 'Anna Kowalska' (or 'Tanaka Kenji' where the family name comes first). */
  name: optional(string().check(maxLength(200))),
  /** A title to address the customer with ('Ms.', 'Herr', 'Pani'); we never infer one from a name. */
  title: optional(string().check(maxLength(40))),
  formality: optional(zEnum(['formal', 'informal'])),
  /** The customer's IANA time zone ('Asia/Tokyo'); else the zones of the locale's region, where the runtime knows them. */
  timeZone: optional(TimeZoneSchema),
});

/** Who writes: the support team's own culture and time zone, against which dates and promised times are read. */
export const TeamSchema = strictObject({
  /** The team's locale ('en-US' writes 3/4 for March 4; 'en-GB' for 3 April). */
  locale: optional(string().check(regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as "en-US"'))),
  /** The team's IANA time zone ('Europe/Warsaw'): a time promised without a zone is read in it. */
  timeZone: optional(TimeZoneSchema),
});

/** Packs arrive already validated by loadPack (or are validated by the coach). */
const PackList = array(custom<RulePackInput>((v) => typeof v === 'object' && v !== null, 'must be a rule pack object (see loadPack)'));

const RuleOverrides = record(string(), union([literal('off'), SeveritySchema]));

/** Checks `analyze` options (the `AnalyzeOptions` type); a failed check names each field. */
export const AnalyzeOptionsSchema = strictObject({
  language: optional(string().check(regex(/^[a-z]{2,3}$/i, 'must be an ISO 639-1 code such as "en"'))),
  audience: optional(AudienceSchema),
  channel: optional(ChannelSchema),
  inReplyTo: optional(string()),
  categories: optional(array(CategorySchema)),
  rules: optional(RuleOverrides),
  packs: optional(PackList),
  template: optional(boolean()),
  /** The email's subject line: checked when given (missing, generic, capitals, "Re: Re:"); findings on it carry `field: 'subject'`. */
  subject: optional(string().check(maxLength(998))),
  /** The support team's locale and time zone (dates and promised times are read against the customer's). */
  team: optional(TeamSchema),
});

/** A coach's defaults; every field may be overridden per call. */
export const CoachConfigSchema = extend(AnalyzeOptionsSchema, {
  /** false: use only `packs`, not the built-in ones. */
  builtinPacks: optional(boolean()),
  /** Extra or replacement culture profiles (checked by loadProfile); a profile for a locale already shipped wins over it. */
  profiles: optional(array(custom<object>((v) => typeof v === 'object' && v !== null, 'must be a culture profile object'))),
  /** The languages the coach knows (`reply-coach/languages/en`, ...); `reply-coach` defaults to every shipped one. */
  languages: optional(
    array(
      custom<LanguageData>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as LanguageData).language === 'string' &&
          Array.isArray((v as LanguageData).packs) &&
          (v as LanguageData).packs.every((p) => typeof p === 'object' && p !== null) &&
          ((v as LanguageData).vocative === undefined || typeof (v as LanguageData).vocative === 'function'),
        'must be a language module such as `en` from reply-coach/languages/en (a language code, a list of rule pack objects and, if any, a vocative function)',
      ),
    ),
  ),
  /** Tells the language of a draft given without `language`; `reply-coach` defaults to its franc-based detector. */
  detector: optional(custom<(text: string) => Detection>((v) => typeof v === 'function', 'must be a function (text) => { language, confidence }')),
  /** The part-of-speech engine for `nlp` rules (English); see reply-coach/nlp. */
  nlp: optional(custom<NlpLoader>((v) => typeof v === 'function', 'must be an nlp loader such as `compromise` from reply-coach/nlp')),
  /** A spell checker (`await loadSpelling()` from reply-coach/spelling): the `spelling` rules run only with one. */
  spelling: optional(custom<Speller>(isSpeller, 'must be a speller such as `await loadSpelling()` from reply-coach/spelling (languages, correct, suggest)')),
});

// Written out with a doc comment on every field (public-types.ts checks they agree with the schemas above).
export type { Audience, Team, AnalyzeOptions, CoachConfig } from './public-types.js';
export type ParsedOptions = Infer<typeof AnalyzeOptionsSchema>;
