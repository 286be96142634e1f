import { createRequire } from 'node:module';
import type { francAll } from 'franc';
import { makeDetector } from './detect/detect.js';
import { lazyEngine, type NlpLoader } from './nlp/engine.js';

// Node loads these synchronously on first need (require of an ES module works from Node 20.19):
// compromise takes about 300 ms to import and franc about 25 ms, which a caller who names the
// language, or an English draft with no passive-voice candidate, should not pay at start-up.
const require = createRequire(import.meta.url);

export const compromiseOnDemand: NlpLoader = lazyEngine(() => require('compromise/two') as ReturnType<NlpLoader>);

export const detectLanguage = makeDetector(() => (require('franc') as { francAll: typeof francAll }).francAll);
