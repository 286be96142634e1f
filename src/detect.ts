import { francAll } from 'franc';

/**
 * franc's ISO 639-3 codes for the languages we have packs for. Detection is
 * restricted to them: with nine candidates franc took 5 of 40 short English
 * replies for French or German, with these five none.
 */
const CODES: Record<string, string> = {
  eng: 'en',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  uzn: 'uz',
};
const ONLY = Object.keys(CODES);

/** Letters that only one of the seed languages uses; they decide where franc is weak (short drafts). */
const HINTS: [RegExp, string][] = [
  [/[ўқғҳ]|[OoGg]ʻ/u, 'uz'],
  [/[ěřů]/iu, 'cs'],
  [/[äôĺľŕ]/iu, 'sk'],
  [/[ąęłńśźżć]/iu, 'pl'],
];

/** Text this long (in characters) gives franc's trigrams enough to go on; shorter text lowers the confidence. */
const FULL_LENGTH = 150;

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
 * ą ę ł, oʻ ў қ) decide where franc's guess differs.
 */
export function detectLanguage(text: string): Detection {
  if (typeof text !== 'string') return { language: 'und', confidence: 0 };
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const length = Math.min(1, 0.3 + (0.7 * sample.trim().length) / FULL_LENGTH);
  const hint = HINTS.find(([re]) => re.test(sample))?.[1];
  const [best, second] = francAll(sample, { only: ONLY, minLength: 8 });
  if (!best || best[0] === 'und') return hint ? { language: hint, confidence: round(0.6 * length) } : { language: 'und', confidence: 0 };
  const language = CODES[best[0]]!;
  if (hint && hint !== language && sample.length < FULL_LENGTH * 2) return { language: hint, confidence: round(0.6 * length) };
  const lead = Math.min(1, 4 * (best[1] - (second?.[1] ?? 0)));
  const agreed = hint === language ? 0.1 : 0;
  return { language, confidence: round(Math.min(1, length * (0.5 + 0.5 * lead) + agreed)) };
}
