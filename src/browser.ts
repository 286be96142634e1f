/**
 * reply-coach for browsers and bundlers: the same API as the Node entry, with
 * compromise and franc imported statically (a browser has no synchronous require).
 */
import { francAll } from 'franc';
import { makeDetector } from './detect/detect.js';
import { compromise } from './nlp/compromise.js';
import { withEverything } from './shipped.js';

export * from './api.js';
export { builtinProfiles } from './shipped.js';
export const detectLanguage = makeDetector(() => francAll);
export const { createCoach, analyze } = withEverything(compromise, detectLanguage);
