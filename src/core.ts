/**
 * reply-coach/core: the engine with no languages, detector or part-of-speech
 * engine built in, for bundles that ship only what they use:
 *
 *   import { createCoach } from 'reply-coach/core';
 *   import { en } from 'reply-coach/languages/en';
 *   const coach = createCoach({ languages: [en], language: 'en' });
 *
 * The shipped packs need no part-of-speech engine; packs of your own with `nlp` rules add
 * `nlp: compromise` (import { compromise } from 'reply-coach/nlp').
 */
export * from './api.js';
export { createCoach } from './coach/coach.js';
