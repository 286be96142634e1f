import { createRequire } from 'node:module';
import { DETECTION_CANDIDATES, makeDetector } from './detect/detect.js';
import { makeRanker, type TrigramData } from './detect/ranker.js';
import { lazyEngine, type NlpLoader } from './nlp/engine.js';

// Node loads these synchronously on first need (require of an ES module works from Node 20.19):
// compromise takes about 300 ms to import and is needed only by packs of the caller's own with
// `nlp` rules (the shipped packs have none); franc takes about 25 ms, which a caller who names the
// language should not pay at start-up.
const require = createRequire(import.meta.url);

export const compromiseOnDemand: NlpLoader = lazyEngine(() => require('compromise/two') as ReturnType<NlpLoader>);

// franc's ranking from its own trigram data, on tables built for the languages detection asks about (src/detect/ranker.ts).
export const detectLanguage = makeDetector(() =>
  makeRanker((require('franc/data.js') as { data: TrigramData }).data, (require('franc/expressions.js') as { expressions: Record<string, RegExp> }).expressions, DETECTION_CANDIDATES),
);
