import type { Replacement, RulePack } from '../schema/pack.js';
import { WORD_SOURCE } from '../text/tokenize.js';

/**
 * The words of a team's own packs (product names in a glossary, the brand's
 * terms in its patterns and replacements, its word classes), in lower case:
 * the spell check never flags them. Not folded: a pattern matches
 * "zamowienie" for "zamówienie", but only the spelling the pack writes is
 * the team's. A pattern's syntax (`a|b`, `x?`, `*`, `@class`, `$name`,
 * `<…>`) is not a word.
 */
export function glossaryWords(packs: readonly RulePack[]): Set<string> {
  const out = new Set<string>();
  for (const pack of packs) for (const w of packWords(pack)) out.add(w);
  return out;
}

const perPack = new WeakMap<RulePack, readonly string[]>();

function packWords(pack: RulePack): readonly string[] {
  let words = perPack.get(pack);
  if (words) return words;
  const texts: string[] = Object.values(pack.classes ?? {}).flat();
  const replacement = (r: Replacement) => (typeof r === 'string' ? r : r.text);
  for (const rule of pack.rules) {
    if ('patterns' in rule) texts.push(...rule.patterns);
    if ('suggestions' in rule && rule.suggestions) texts.push(...rule.suggestions.map(replacement));
    if (rule.kind === 'substitution') for (const e of rule.entries) texts.push(...e.patterns, ...e.suggestions.map(replacement));
    if (rule.kind === 'spelling') texts.push(...(rule.allow ?? []));
  }
  const word = new RegExp(`(?<![@$\\p{L}\\p{N}])${WORD_SOURCE}`, 'gu');
  words = [...new Set(texts.flatMap((t) => [...t.replace(/\{[^{}]*\}/g, ' ').matchAll(word)].map((m) => spellingKey(m[0]))))];
  perPack.set(pack, words);
  return words;
}

/** A word as the spell check compares it with a team's terms: lower case, one apostrophe. */
export function spellingKey(word: string): string {
  return word.toLowerCase().replace(/[’‘ʼ`´]/g, "'");
}
