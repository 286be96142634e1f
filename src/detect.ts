import { francAll } from 'franc';

/** franc's ISO 639-3 codes for the languages we tell apart, with their ISO 639-1 codes. */
const CODES: Record<string, string> = {
  eng: 'en',
  pol: 'pl',
  ces: 'cs',
  slk: 'sk',
  uzn: 'uz',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  swe: 'sv',
  rus: 'ru',
};
const ONLY = Object.keys(CODES);

/** Letters that only one of the seed languages uses; they decide where franc is weak (short drafts). */
const HINTS: [RegExp, string][] = [
  [/[ўқғҳ]|[OoGg]ʻ/u, 'uz'],
  [/[ěřů]/iu, 'cs'],
  [/[äôĺľŕ]/iu, 'sk'],
  [/[ąęłńśźżć]/iu, 'pl'],
];

/** Below this many characters franc's trigram statistics are unreliable. */
const SHORT = 40;

export interface Detection {
  /** ISO 639-1 code, or 'und' when nothing can be told. */
  language: string;
  /** 0..1: how far the best guess stands above the next one. */
  confidence: number;
}

/** Detects the language of a draft: franc restricted to the languages we know, helped by telling letters on short text. */
export function detectLanguage(text: string): Detection {
  if (typeof text !== 'string') return { language: 'und', confidence: 0 };
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const hint = HINTS.find(([re]) => re.test(sample))?.[1];
  const ranked = francAll(sample, { only: ONLY, minLength: 8 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return hint ? { language: hint, confidence: 0.5 } : { language: 'und', confidence: 0 };
  const language = CODES[best[0]] ?? 'und';
  const margin = second ? Math.max(0, Math.min(1, best[1] - second[1])) : 1;
  const length = Math.min(1, sample.trim().length / SHORT);
  if (hint && hint !== language && sample.length < SHORT * 4) return { language: hint, confidence: 0.5 };
  return { language, confidence: Math.round(Math.max(margin, 0.05) * length * 100) / 100 };
}
