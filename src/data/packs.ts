import { atPath, RulePackError } from '../schema/errors.js';
import type { LanguageData } from './language-data.js';
import { RulePackSchema, type RulePack } from '../schema/pack.js';

/**
 * Validates a rule pack (an object, or its JSON text) against RulePackSchema.
 * Throws RulePackError whose message names every bad field, e.g.
 * `rules.2.patterns.0: invalid pattern "we can't*": ...`.
 */
export function loadPack(input: unknown): RulePack {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      throw new RulePackError([{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }]);
    }
  }
  const result = RulePackSchema.safeParse(data);
  if (!result.success) throw RulePackError.from(result.error);
  return result.data;
}

const validated = new WeakMap<LanguageData, RulePack[]>();

/** A shipped language's packs, validated once, on first use of that language. */
export function languagePacks(data: LanguageData): readonly RulePack[] {
  let packs = validated.get(data);
  if (!packs) validated.set(data, (packs = data.packs.map((p, i) => atPath(`languages.${data.language}.packs.${i}`, () => loadPack(p)))));
  return packs;
}


/** Rule ids and kinds read from unvalidated pack data: enough to know a rule exists without compiling its language. */
export function declaredRules(data: LanguageData): { id: string; kind: string }[] {
  return data.packs.flatMap((p) => ((p as { rules?: { id: string; kind: string }[] }).rules ?? []).map((r) => ({ id: r.id, kind: r.kind })));
}
