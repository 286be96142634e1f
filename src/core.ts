/**
 * reply-coach/core: the engine with no languages, detector or part-of-speech
 * engine built in, for bundles that ship only what they use:
 *
 *   import { createCoach } from 'reply-coach/core';
 *   import { en } from 'reply-coach/languages/en';
 *   import { compromise } from 'reply-coach/nlp';
 *   const coach = createCoach({ languages: [en], nlp: compromise, language: 'en' });
 */
export * from './api.js';
export { createCoach } from './coach/coach.js';
