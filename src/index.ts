/**
 * reply-coach: coaches a support agent's draft reply before it is sent.
 * The public contract is described in DESIGN.md and the README. This is the
 * Node entry: every language, with franc and compromise loaded on first need.
 */
import { compromiseOnDemand, detectLanguage } from './node-loaders.js';
import { withEverything } from './shipped.js';

export * from './api.js';
export { detectLanguage };
export { builtinProfiles } from './shipped.js';
export const { createCoach, analyze } = withEverything(compromiseOnDemand, detectLanguage);
