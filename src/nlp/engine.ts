/**
 * The part-of-speech engine behind `nlp` rules. It is handed to the coach as a
 * loader, not imported by the core: compromise takes about 300 ms to import,
 * and only English drafts whose sentences pass a rule's prefilter need it.
 */
/** A text parsed by the engine: compromise's document, of which rules use `match`. */
export interface NlpDocument {
  match(pattern: string): { json(options: object): unknown };
}
/** Parses a text into a document that `nlp` rules match against (compromise's default export). */
export type NlpEngine = (text: string) => NlpDocument;
/** Returns the engine, loading it on first call; called only when an nlp rule has a candidate sentence. */
export type NlpLoader = () => NlpEngine;

/** Wraps a loader so the engine is loaded once, on first use. */
export function lazyEngine(load: NlpLoader): NlpLoader {
  let engine: NlpEngine | undefined;
  return () => (engine ??= load());
}
