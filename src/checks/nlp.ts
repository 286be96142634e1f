import type { NlpLoader } from '../nlp/engine.js';
import type { NlpRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import { replacement } from './suggest.js';
import type { Span } from '../text/segment.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import type { Group } from '../match/groups.js';
import type { Hit } from '../match/matcher.js';
import { applies, excepted, finding, type CompiledRule } from './rule.js';

/** A stretch of the draft handed to the parser, with the start of the sentence it lies in. */
interface Piece extends Span {
  sentenceStart: number;
}

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
 * cheap token prefilter picks (or, with `window`, only on the words around each hit), with results cached
 * by the text parsed (an editor re-sends the same sentences on every keystroke).
 */
export class NlpCheck {
  private readonly prefilter: Group;
  private readonly cache = new Map<string, Span[]>();

  constructor(
    private readonly c: CompiledRule<NlpRule>,
    private readonly nlp: NlpLoader,
  ) {
    this.prefilter = c.groups.add(c.rule.prefilter, c.classes, 'first');
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const severity = env.severityOf(this.c);
    if (severity === undefined || !applies(this.c, draft)) return [];
    // A sentence whose every prefilter hit lies inside an exception ("is interested") is not parsed:
    // whatever the tagger found there would be dropped by that exception anyway.
    const hits = this.c.groups.hits(this.prefilter, draft).filter((h) => !excepted(this.c, draft, h.start, h.end));
    const out: RawFinding[] = [];
    const seen = new Set<number>();
    for (const piece of this.pieces(draft, hits).slice(0, MAX_PARSES)) {
      for (const span of this.spans(draft.text.slice(piece.start, piece.end))) {
        const start = piece.start + span.start;
        const end = piece.start + span.end;
        // Overlapping windows may find the same words twice.
        if (seen.has(start)) continue;
        seen.add(start);
        const sentenceStart = start === piece.sentenceStart;
        const suggestions = this.c.rule.suggestions
          .map((r) => replacement(draft, start, end, r, sentenceStart))
          .filter((s): s is Suggestion => s !== undefined);
        out.push(finding(this.c, severity, draft, start, end, suggestions));
      }
    }
    return out;
  }

  /** The stretches of text to parse: each candidate sentence, or with `window` the words around each hit (overlaps merged). */
  private pieces(draft: Draft, hits: readonly Hit<number>[]): Piece[] {
    const { tokens, segments } = draft;
    const window = this.c.rule.window;
    if (!window) {
      const sentences = [...new Set(hits.map((h) => tokens[h.first]!.sentence))].map((i) => segments.sentences[i]);
      return sentences.filter((s): s is Span => s !== undefined && s.end - s.start <= MAX_SENTENCE).map((s) => ({ start: s.start, end: s.end, sentenceStart: s.start }));
    }
    const pieces: (Piece & { last: number })[] = [];
    for (const h of [...hits].sort((a, b) => a.first - b.first)) {
      const sentence = tokens[h.first]!.sentence;
      let first = h.first;
      while (first > 0 && h.first - first < window.before && tokens[first - 1]!.sentence === sentence) first--;
      let last = h.last;
      while (last < tokens.length && last - h.last < window.after && tokens[last]!.sentence === sentence) last++;
      const previous = pieces[pieces.length - 1];
      if (previous && first < previous.last) {
        previous.last = Math.max(previous.last, last);
        previous.end = tokens[previous.last - 1]!.end;
      } else {
        pieces.push({ start: tokens[first]!.start, end: tokens[last - 1]!.end, sentenceStart: segments.sentences[sentence]?.start ?? -1, last });
      }
    }
    return pieces;
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
