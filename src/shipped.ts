import { BUILTIN_LANGUAGES, BUILTIN_PROFILE_DATA } from './data/builtin.js';
import { createCoach, sharedAnalyze, type Coach, type Shipped } from './coach/coach.js';
import type { Detection } from './detect/detect.js';
import type { NlpLoader } from './nlp/engine.js';
import { validProfiles } from './data/profiles.js';
import type { CoachConfig } from './schema/options.js';
import type { CultureProfile } from './schema/profile.js';

/**
 * createCoach and analyze with every shipped language, the given detector and nlp loader (none in the browser: the
 * shipped packs need none, and packs with `nlp` rules pass one): for the Node and browser entries.
 */
export function withEverything(nlp: NlpLoader | undefined, detector: (text: string) => Detection) {
  const shipped: Shipped = { languages: BUILTIN_LANGUAGES, profiles: BUILTIN_PROFILE_DATA, detector, ...(nlp ? { nlp } : {}) };
  const create = (config?: CoachConfig): Coach => createCoach(config, shipped);
  return { createCoach: create, analyze: sharedAnalyze(() => create()) };
}

/** The shipped culture profiles, validated on first call. */
export function builtinProfiles(): readonly CultureProfile[] {
  return validProfiles(BUILTIN_PROFILE_DATA);
}
