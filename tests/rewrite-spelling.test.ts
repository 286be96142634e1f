import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSpelling } from '../src/spelling/index.js';
import { describe, expect, it } from 'vitest';

/**
 * Every word a suggestion can put into a Polish, Czech or Slovak reply is
 * spelled right: replacements, substitution entries and inserted sentences,
 * with their {name} fields filled, checked against the Hunspell dictionaries
 * (dictionary-pl, -cs, -sk) through the project's own Hunspell reader (which
 * tests/spelling.test.ts holds to hunspell-asm's answers).
 *
 * Not checked: acronyms and words with inner capitals (codes, brands: "SLA-ów",
 * "ePUAP"), and words a substitution keeps from the draft with its
 * explanation beside it ("backend (serverová časť)"): those are the
 * customer's jargon, spelled as the draft spells it. A word that mixes
 * scripts ("backlogе" with a Cyrillic е) is always wrong.
 */

/** Reviewed words the dictionaries lack: brands, abbreviations and trade terms. */
const ALLOW: Record<string, string[]> = {
  pl: ['Booking', 'wysokokwotowych'],
  cs: ['např'],
  sk: ['naskladnenie', 'vychystávanie', 'vychystané', 'vyskakovacie', 'predobjednáte'],
};

/**
 * Misspellings in the packs, reported to the language's owner. The list must
 * shrink: an entry that is fixed fails the test until it is taken out.
 */
const KNOWN: Record<string, string[]> = {
  pl: [],
  cs: [],
  sk: ['sk.jargon.english-terms: "backlogе" mixes Latin and Cyrillic letters'],
};

/** Sample names for the {name} fields (proper names are not looked up). */
const SAMPLES: Record<string, Record<string, string>> = {
  pl: { name: 'Anna Nowak', givenName: 'Anna', familyName: 'Nowak', firstName: 'Anna', lastName: 'Nowak', title: 'Pani' },
  cs: { name: 'Jana Nováková', givenName: 'Jana', familyName: 'Nováková', firstName: 'Jana', lastName: 'Nováková', title: 'paní' },
  sk: { name: 'Jana Kováčová', givenName: 'Jana', familyName: 'Kováčová', firstName: 'Jana', lastName: 'Kováčová', title: 'pani' },
};

const WORD = /[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu;

interface Inserted {
  ruleId: string;
  text: string;
  /** The patterns whose words the text may keep from the draft. */
  patterns: string[];
}

type Replacement = string | { text: string };
interface RawRule {
  id: string;
  patterns?: string[];
  suggestions?: Replacement[];
  insert?: { text: Replacement[] };
  entries?: { patterns: string[]; suggestions: Replacement[] }[];
}

function insertedTexts(language: string): Inserted[] {
  const dir = join(import.meta.dirname, '..', 'rules', language);
  const out: Inserted[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const pack = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { rules: RawRule[] };
    for (const rule of pack.rules) {
      const add = (list: Replacement[] | undefined, patterns: string[] = []) => {
        for (const r of list ?? []) out.push({ ruleId: rule.id, text: typeof r === 'string' ? r : r.text, patterns });
      };
      add(rule.suggestions, rule.patterns);
      add(rule.insert?.text);
      for (const e of rule.entries ?? []) add(e.suggestions, e.patterns);
    }
  }
  return out;
}

function bare(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** Whether the word is one of the pattern's words, or an inflected form of one (the kept term with a case ending). */
function keptFromDraft(word: string, patterns: readonly string[]): boolean {
  const w = bare(word);
  for (const p of patterns) {
    for (const alt of p.split(/[\s|]+/)) {
      const a = bare(alt.replace(/^=/, '').replace(/\?$/, ''));
      if (a.endsWith('*') ? a.length >= 4 && w.startsWith(a.slice(0, -1)) : a === w || (a.length >= 4 && w.startsWith(a) && w.length - a.length <= 3)) return true;
    }
  }
  return false;
}

function misspelt(language: string, correct: (w: string) => boolean): string[] {
  const allow = new Set(ALLOW[language]);
  const sample = SAMPLES[language]!;
  const names = new Set(Object.values(sample).flatMap((v) => v.split(' ')));
  const found = new Set<string>();
  for (const { ruleId, text, patterns } of insertedTexts(language)) {
    const filled = text.replace(/\{(\w+)\}/g, (_, field: string) => sample[field] ?? '');
    for (const [word] of filled.matchAll(WORD)) {
      if (/\p{Script=Cyrillic}/u.test(word) && /\p{Script=Latin}/u.test(word)) {
        found.add(`${ruleId}: "${word}" mixes Latin and Cyrillic letters`);
        continue;
      }
      if (allow.has(word) || names.has(word)) continue;
      if (/^\p{Lu}$|\p{Lu}.*\p{Lu}/u.test(word) || /^\p{Lu}+[-'’]/u.test(word)) continue;
      if (correct(word) || word.split(/[-'’]/).every((part) => [...part].length === 1 || correct(part))) continue;
      if (keptFromDraft(word, patterns)) continue;
      found.add(`${ruleId}: "${word}"`);
    }
  }
  return [...found].sort();
}

async function dictionary(language: string): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  switch (language) {
    case 'pl':
      return (await import('dictionary-pl')).default;
    case 'cs':
      return (await import('dictionary-cs')).default;
    default:
      return (await import('dictionary-sk')).default;
  }
}

describe('words that suggestions insert are spelled right', () => {
  for (const language of ['pl', 'cs', 'sk']) {
    it(language, async () => {
      const speller = createSpelling({ [language]: await dictionary(language) });
      const found = misspelt(language, (w) => speller.correct(w, language));
      const known = KNOWN[language]!;
      const bad = found.filter((f) => !known.includes(f));
      expect(bad, bad.join('\n')).toEqual([]);
      const fixed = known.filter((k) => !found.includes(k));
      expect(fixed, `fixed in the pack: take out of KNOWN in tests/rewrite-spelling.test.ts: ${fixed.join('; ')}`).toEqual([]);
    });
  }
});
