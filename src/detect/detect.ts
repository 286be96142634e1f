import type { Rank } from './ranker.js';
import codes from './detect-languages.json' with { type: 'json' };
import otherCodes from './other-languages.json' with { type: 'json' };
import { PLACEHOLDER_SOURCE } from '../text/tokenize.js';
import { readHints, type Hints } from './hints.js';
import { trimmedLength } from './white-space.js';

/**
 * franc's ISO 639-3 codes for the languages we have packs for. Detection is
 * restricted to them: with nine candidates franc took 5 of 40 short English
 * replies for French or German, with these five none. Browser bundles keep
 * only these languages' trigrams (scripts/esbuild-plugins.mjs).
 */
const CODES: Record<string, string> = codes;
const ONLY = Object.keys(CODES);

/**
 * Common languages we have no packs for. A draft in one of them must be
 * reported as such (and not coached with the rules of the nearest language
 * we know), so a second look compares our languages with these; only a clear
 * lead on text long enough, with no letter or word of ours, names one.
 */
const OTHER: Record<string, string> = otherCodes;
const WIDE = [...ONLY, ...Object.keys(OTHER)];
/** Every language detection ranks: a ranker needs tables for these only. */
export const DETECTION_CANDIDATES: readonly string[] = WIDE;
/** How far (in franc's 0..1 scores) another language must lead ours. */
const OTHER_LEAD = 0.08;
/** Shorter text than this (in characters) is never called a language we do not know. */
const OTHER_MIN_LENGTH = 24;
/** With a letter or word of ours in it, text must be this long (letters) to be called another language. */
const OTHER_HINTED_LENGTH = 80;
const PLACEHOLDERS = new RegExp(PLACEHOLDER_SOURCE, 'gu');

/** Text this long (in characters) gives franc's trigrams enough to go on; shorter text lowers the confidence. */
const FULL_LENGTH = 150;

/** What a language detector tells of a text. */
export interface Detection {
  /** ISO 639-1 code, or 'und' when nothing can be told. */
  language: string;
  /** 0..1: grows with the length of the text and with the lead of the best guess over the next one. */
  confidence: number;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Detects the language of a draft: franc restricted to the languages we have
 * packs for; on short text, letters only one of them uses (ě ř ů, ä ô ľ,
 * ą ę ł, oʻ ў қ) decide where franc's guess differs. franc comes from a
 * loader: in Node it is required on the first detection, so callers who name
 * the language never pay for its import (about 25 ms of trigram tables).
 */
export function makeDetector(loadFranc: () => Rank): (text: string) => Detection {
  let francAll: Rank | undefined;
  return (text) => detect(text, (francAll ??= loadFranc()));
}

function detect(text: string, francAll: Rank): Detection {
  if (typeof text !== 'string') return { language: 'und', confidence: 0 };
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const length = Math.min(1, 0.3 + (0.7 * trimmedLength(sample)) / FULL_LENGTH);
  // Template placeholders ({{ticket.requester.name}}, %{recipient.name}) are English whatever the draft's language.
  const plain = sample.replace(PLACEHOLDERS, ' ');
  const hints = readHints(plain);
  const hint = hints.lead?.[0];
  const ours = francAll(sample, { only: ONLY, minLength: 8 });
  const other = otherLanguage(sample, plain, francAll, hints, ours);
  if (other) return other;
  const [best, second] = ours;
  if (!best || best[0] === 'und') return hint ? { language: hint, confidence: round(0.6 * length) } : { language: 'und', confidence: 0 };
  const language = CODES[best[0]]!;
  if (hint && hint !== language && sample.length < FULL_LENGTH * 2) return { language: hint, confidence: round(0.6 * length) };
  const lead = Math.min(1, 4 * (best[1] - (second?.[1] ?? 0)));
  const agreed = hint === language ? 0.1 : 0;
  return { language, confidence: round(Math.min(1, length * (0.5 + 0.5 * lead) + agreed)) };
}

/** Czech and Slovak share most trigrams: either may be the nearest for the other. */
const family = (code: string) => (code === 'sk' ? 'cs' : code);

/** A language without packs that clearly leads ours on the draft without its placeholders (`plain`; see OTHER), or undefined. */
function otherLanguage(sample: string, plain: string, francAll: Rank, { lead: hint, letters }: Hints, ours: [string, number][]): Detection | undefined {
  // The hint test below settles most replies without ranking the other languages at all: on short text always;
  // on text without placeholders, where the nearest of ours is the top of `ours` (ranked on the same text).
  if (hint && letters < OTHER_HINTED_LENGTH) return undefined;
  if (hint && hint[1] >= 3 && plain === sample && ours[0]![0] in CODES && family(CODES[ours[0]![0]]!) === family(hint[0])) return undefined;
  const wide = francAll(plain, { only: WIDE, minLength: 8 });
  const top = wide[0];
  if (!top || !(top[0] in OTHER)) return undefined;
  // Letters or words only one of our languages has outweigh trigrams: always on short text; on longer text from three
  // hints, when the trigrams agree on which of ours is nearest (German "Sie" three times is not Polish "się").
  const nearest = wide.find(([code]) => code in CODES);
  const agrees = nearest !== undefined && hint !== undefined && family(CODES[nearest[0]]!) === family(hint[0]);
  if (hint && (letters < OTHER_HINTED_LENGTH || (agrees && hint[1] >= 3))) return undefined;
  // Scripts our languages do not use (Han, Kana, Hangul, Arabic, Hebrew, Devanagari, Thai, Greek) need no length.
  const script = /^(cmn|jpn|kor|arb|heb|hin|tha|ell)$/.test(top[0]);
  if (!script && letters < OTHER_MIN_LENGTH) return undefined;
  const nearestScore = nearest?.[1] ?? 0;
  if (!script && top[1] - nearestScore < OTHER_LEAD) return undefined;
  const length = Math.min(1, 0.3 + (0.7 * trimmedLength(plain)) / FULL_LENGTH);
  return { language: OTHER[top[0]]!, confidence: round(Math.min(1, length * (0.5 + 2 * (top[1] - nearestScore)))) };
}
