import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createSpelling, type HunspellFiles } from './create.js';
import type { Speller } from './speller.js';

/**
 * The npm packages of the Hunspell dictionaries for the languages reply-coach
 * coaches: the first is required, the others are variants used when
 * installed (English accepts US and British spellings: "canceled" and
 * "cancelled"). Uzbek has none: its drafts report `spelling: 'unavailable'`.
 */
export const DICTIONARY_PACKAGES: Readonly<Record<string, readonly string[]>> = {
  en: ['dictionary-en', 'dictionary-en-gb'],
  pl: ['dictionary-pl'],
  cs: ['dictionary-cs'],
  sk: ['dictionary-sk'],
};

/** A language code that is not one, or a dictionary package that is not installed. */
export class SpellingError extends Error {
  override name = 'SpellingError';
}

/**
 * A speller from the Hunspell dictionaries of the languages given (default:
 * en, pl, cs, sk), each read from its npm package (`dictionary-en`, ...),
 * which must be installed. A language without a dictionary (Uzbek) is left
 * out: the coach reports `spelling: 'unavailable'` for its drafts.
 *
 * @throws {SpellingError} for a code that is not an ISO 639 code, or a dictionary package that is not installed.
 */
export async function loadSpelling(languages: readonly string[] = Object.keys(DICTIONARY_PACKAGES)): Promise<Speller> {
  const wanted = withDictionaries(languages);
  const files = await Promise.all(
    wanted.map(async (l) => {
      const [main, ...variants] = DICTIONARY_PACKAGES[l]!;
      const found = await Promise.all([importDictionary(l, main!), ...variants.map((v) => importDictionary(l, v).catch(() => undefined))]);
      return found.filter((f): f is HunspellFiles => f !== undefined);
    }),
  );
  return createSpelling(Object.fromEntries(wanted.map((l, i) => [l, files[i]!])));
}

/**
 * `loadSpelling` for synchronous callers (the CLI, the language server): the
 * dictionary files are read from the installed packages. `installedOnly`: a
 * language whose package is missing is left out (its drafts report
 * 'unavailable') instead of being an error; `missing` lists the packages.
 */
export function loadSpellingSync(languages: readonly string[] = Object.keys(DICTIONARY_PACKAGES), options: { installedOnly?: boolean } = {}): Speller & { missing: string[] } {
  const require = createRequire(import.meta.url);
  const missing: string[] = [];
  const files: Record<string, HunspellFiles[]> = {};
  const read = (name: string): HunspellFiles | undefined => {
    let dir: string;
    try {
      dir = dirname(require.resolve(name));
    } catch {
      return undefined;
    }
    return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  };
  for (const language of withDictionaries(languages)) {
    const [main, ...variants] = DICTIONARY_PACKAGES[language]!;
    const first = read(main!);
    if (!first) {
      if (!options.installedOnly) throw notInstalled(language, main!);
      missing.push(main!);
      continue;
    }
    files[language] = [first, ...variants.map(read).filter((f): f is HunspellFiles => f !== undefined)];
  }
  return Object.assign(createSpelling(files), { missing });
}

/** The languages asked for that have a dictionary package, each once; a code that is not one is an error. */
function withDictionaries(languages: readonly string[]): string[] {
  if (!Array.isArray(languages)) throw new SpellingError(`languages: must be a list of language codes such as ['en', 'pl'], got ${typeof languages}`);
  languages.forEach((l, i) => {
    if (typeof l !== 'string' || !/^[a-z]{2,3}$/.test(l)) throw new SpellingError(`languages.${i}: must be an ISO 639-1 code such as "en", got ${JSON.stringify(l)}`);
  });
  return [...new Set(languages)].filter((l) => DICTIONARY_PACKAGES[l] !== undefined);
}

const notInstalled = (language: string, name: string) => new SpellingError(`the ${language} spell check needs the dictionary package ${name}: npm install ${name}`);

async function importDictionary(language: string, name: string): Promise<HunspellFiles> {
  try {
    const module = (await import(name)) as { default: HunspellFiles };
    return module.default;
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw notInstalled(language, name);
    throw e;
  }
}
