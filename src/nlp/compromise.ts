import nlp from 'compromise/two';
import type { NlpLoader } from './engine.js';

/** compromise's tagger (the "two" build: tags without the larger phrase plugins), imported statically: for bundles. */
export const compromise: NlpLoader = () => nlp as unknown as ReturnType<NlpLoader>;
