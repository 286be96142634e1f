/**
 * reply-coach/spelling: an optional spell check for en, pl, cs and sk from
 * Hunspell dictionaries, loaded on demand so the core and browser bundles
 * carry none of it.
 *
 * @example
 * import { createCoach } from 'reply-coach';
 * import { loadSpelling } from 'reply-coach/spelling';
 * const coach = createCoach({ spelling: await loadSpelling(['en', 'pl']) });
 */
export { createSpelling, type HunspellFiles } from './create.js';
export { DICTIONARY_PACKAGES, loadSpelling, loadSpellingSync, SpellingError } from './load.js';
export { HunspellDictionary } from './hunspell/checker.js';
export type { Speller } from './speller.js';
