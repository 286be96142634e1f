import { atPath, ProfileError } from '../schema/errors.js';
import { CultureProfileSchema, type CultureProfile } from '../schema/profile.js';

/** Which profile a draft is coached for, and how it was found. */
export interface ResolvedProfile {
  profile: CultureProfile;
  /** `locale`: the exact tag; `language`: another locale of the same language; `neutral`: none fits. */
  source: 'locale' | 'language' | 'neutral';
}

/** Used when the caller names no locale, or one we have no profile for in any form. */
export const NEUTRAL_PROFILE: CultureProfile = {
  locale: 'und-ZZ' as string,
  language: 'und',
  formality: 'neutral',
  address: { polite: 'you', familiar: 'you', expected: 'polite' },
  nameForm: 'given-name',
  familyNameFirst: false,
  directness: 'moderate',
  emoji: true,
  exclamation: true,
  humour: true,
  // No formulas: without a culture, {greeting} and {closing} stay unfilled and packs use their own wording.
  greetings: { email: [], chat: [] },
  closings: { email: [], chat: [] },
  english: { greetings: [], closings: [] },
  notes: 'No culture given: neutral conventions.',
};

/** Validates a culture profile; ProfileError names each bad field. */
export function loadProfile(input: unknown): CultureProfile {
  const result = CultureProfileSchema.safeParse(input);
  if (!result.success) throw ProfileError.from(result.error);
  return result.data;
}

const validated = new WeakMap<readonly unknown[], CultureProfile[]>();

/** Shipped profile data, validated once per array. */
export function validProfiles(data: readonly unknown[]): readonly CultureProfile[] {
  let profiles = validated.get(data);
  if (!profiles) validated.set(data, (profiles = data.map((p, i) => atPath(`profiles[${i}]`, () => loadProfile(p)))));
  return profiles;
}

/** "ja_jp", "JA-jp" → "ja-JP". */
function canonical(tag: string): { language: string; region?: string } {
  const [language = '', region] = tag.replace('_', '-').split('-');
  return region ? { language: language.toLowerCase(), region: region.toUpperCase() } : { language: language.toLowerCase() };
}

/**
 * The profile for a BCP 47 tag: the exact locale, else the locale of the same
 * language whose region matches the language ("de" and "de-AT" → de-DE), else
 * the first of that language, else the neutral profile.
 */
export function resolveProfile(tag: string, profiles: readonly CultureProfile[]): ResolvedProfile {
  const { language, region } = canonical(tag);
  const exact = profiles.find((p) => p.locale === `${language}-${region}`);
  if (exact) return { profile: exact, source: 'locale' };
  const same = profiles.filter((p) => p.language === language);
  const home = same.find((p) => p.locale === `${language}-${language.toUpperCase()}`) ?? same[0];
  if (home) return { profile: home, source: 'language' };
  return { profile: NEUTRAL_PROFILE, source: 'neutral' };
}
