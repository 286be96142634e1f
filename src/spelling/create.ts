// createSpelling without Node: the browser builds its speller from .aff/.dic files it fetched (dist/spelling-standalone.js).
import { HunspellDictionary } from './hunspell/checker.js';
import type { Speller } from './speller.js';

/** The two files of a Hunspell dictionary, as bytes (any SET encoding) or as text. */
export interface HunspellFiles {
  aff: Uint8Array | string;
  dic: Uint8Array | string;
}

/** Answers kept per language, so that an editor re-checking a draft on every keystroke looks each word up once. */
const MAX_CACHED = 20_000;

type Dictionary = HunspellFiles | HunspellDictionary;

/**
 * A speller from dictionaries you have (any Hunspell .aff/.dic pair: de,
 * en-AU, ...), by language code. Several for one language are variants: a
 * word any of them knows is right; corrections come from the first first.
 */
export function createSpelling(dictionaries: Readonly<Record<string, Dictionary | readonly Dictionary[]>>): Speller {
  const byLanguage = new Map<string, { dict: Variants; correct: Map<string, boolean>; suggest: Map<string, string[]> }>();
  for (const [language, given] of Object.entries(dictionaries)) {
    const list = (Array.isArray(given) ? given : [given]) as readonly Dictionary[];
    const dicts = list.map((files) => (files instanceof HunspellDictionary ? files : HunspellDictionary.parse(...decode(files))));
    if (dicts.length > 0) byLanguage.set(language, { dict: new Variants(dicts), correct: new Map(), suggest: new Map() });
  }
  const remember = <T>(cache: Map<string, T>, word: string, value: T): T => {
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(word, value);
    return value;
  };
  return {
    languages: [...byLanguage.keys()],
    correct(word, language) {
      const l = byLanguage.get(language);
      if (!l) return true;
      return l.correct.get(word) ?? remember(l.correct, word, l.dict.correct(word));
    },
    suggest(word, language) {
      const l = byLanguage.get(language);
      if (!l) return [];
      return [...(l.suggest.get(word) ?? remember(l.suggest, word, l.dict.suggest(word)))];
    },
  };
}

/** Variants of one language (US and British English) answering as one dictionary. */
class Variants {
  constructor(private readonly dicts: readonly HunspellDictionary[]) {}

  correct(word: string): boolean {
    return this.dicts.some((d) => d.correct(word));
  }

  suggest(word: string): string[] {
    if (this.correct(word)) return [];
    return [...new Set(this.dicts.flatMap((d) => d.suggest(word)))].slice(0, 5);
  }
}

/** The .aff and .dic as text, in the encoding the .aff's SET line names (UTF-8 when it names none the runtime knows). */
function decode(files: HunspellFiles): [string, string] {
  if (typeof files.aff === 'string' && typeof files.dic === 'string') return [files.aff, files.dic];
  const head = typeof files.aff === 'string' ? files.aff.slice(0, 4096) : new TextDecoder('latin1').decode(files.aff.subarray(0, 4096));
  const set = /^SET\s+(\S+)/m.exec(head)?.[1] ?? 'UTF-8';
  const decoder = decoderFor(set);
  const text = (x: Uint8Array | string) => (typeof x === 'string' ? x : decoder.decode(x));
  return [text(files.aff), text(files.dic)];
}

function decoderFor(encoding: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(encoding.toLowerCase());
  } catch {
    return new TextDecoder('utf-8');
  }
}
