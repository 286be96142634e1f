import type { NlpLoader } from '../nlp/engine.js';
import type { NlpRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import { replacement } from './suggest.js';
import type { Span } from '../text/segment.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import type { Group } from '../match/groups.js';
import { applies, excepted, finding, type CompiledRule } from './rule.js';

interface Term {
  offset: { start: number; length: number };
}

/** Sentences longer than this are not parsed: compromise's cost grows with them and such a sentence gets a length finding anyway. */
const MAX_SENTENCE = 600;
/** Parsing is the costly step; a long draft parses at most this many candidate sentences. */
const MAX_PARSES = 40;
const CACHE_SIZE = 500;

/**
 * Part-of-speech matches through compromise (loaded on the first candidate), run only on the sentences a
 * cheap token prefilter picks, with results cached by sentence text (an
 * editor re-sends the same sentences on every keystroke).
 */
export class NlpCheck {
  private readonly prefilter: Group;
  private readonly cache = new Map<string, Span[]>();

  constructor(
    private readonly c: CompiledRule<NlpRule>,
    private readonly nlp: NlpLoader,
  ) {
    this.prefilter = c.groups.add(c.rule.prefilter, c.classes);
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const severity = env.severityOf(this.c);
    if (severity === undefined || !applies(this.c, draft)) return [];
    // A sentence whose every prefilter hit lies inside an exception ("is interested") is not parsed:
    // whatever the tagger found there would be dropped by that exception anyway.
    const hits = this.c.groups.hits(this.prefilter, draft).filter((h) => !excepted(this.c, draft, h.start, h.end));
    const candidates = [...new Set(hits.map((h) => draft.tokens[h.first]!.sentence))];
    const out: RawFinding[] = [];
    for (const index of candidates.slice(0, MAX_PARSES)) {
      const sentence = draft.segments.sentences[index];
      if (!sentence || sentence.end - sentence.start > MAX_SENTENCE) continue;
      for (const span of this.spans(draft.text.slice(sentence.start, sentence.end))) {
        const start = sentence.start + span.start;
        const end = sentence.start + span.end;
        const sentenceStart = span.start === 0;
        const suggestions = this.c.rule.suggestions
          .map((r) => replacement(draft, start, end, r, sentenceStart))
          .filter((s): s is Suggestion => s !== undefined);
        out.push(finding(this.c, severity, draft, start, end, suggestions));
      }
    }
    return out;
  }

  /** Spans of the compromise match in one sentence, adjacent terms merged. */
  private spans(sentence: string): Span[] {
    const hit = this.cache.get(sentence);
    if (hit) return hit;
    const terms: Term[] = [];
    let matches: { terms: Term[] }[] = [];
    try {
      matches = this.nlp()(sentence).match(this.c.rule.match).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
    } catch {
      // A match string compromise cannot read finds nothing: analyze never throws on a draft.
    }
    for (const m of matches) terms.push(...m.terms);
    const spans: Span[] = [];
    for (const t of terms) {
      // A contraction's hidden word ("are" in "We're") has a span of spaces: trim it to the letters.
      const text = sentence.slice(t.offset.start, t.offset.start + t.offset.length);
      if (text.trim() === '') continue;
      const start = t.offset.start + (text.length - text.trimStart().length);
      const end = t.offset.start + text.trimEnd().length;
      const last = spans[spans.length - 1];
      if (last && /^\s*$/.test(sentence.slice(last.end, start))) last.end = Math.max(last.end, end);
      else spans.push({ start, end });
    }
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(sentence, spans);
    return spans;
  }
}
