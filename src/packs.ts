import { BUILTIN_PACK_DATA } from './builtin.js';
import { atPath, RulePackError } from './errors.js';
import { RulePackSchema, type RulePack } from './schema/pack.js';

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

let builtin: RulePack[] | undefined;

/** The shipped packs, validated once on first use. */
export function builtinPacks(): readonly RulePack[] {
  builtin ??= BUILTIN_PACK_DATA.map((data, i) => atPath(`builtin[${i}]`, () => loadPack(data)));
  return builtin;
}
