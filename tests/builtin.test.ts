import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BUILTIN_LANGUAGES } from '../src/data/builtin.js';
import { createCoach as createCoreCoach, OptionsError } from '../src/core.js';
import { en } from '../src/languages/en.js';
import { pl } from '../src/languages/pl.js';
import { compromise } from '../src/nlp/compromise.js';
import { languagePacks } from '../src/data/packs.js';

const root = join(import.meta.dirname, '..');
const builtinPacks = () => BUILTIN_LANGUAGES.flatMap(languagePacks);

it('bundles every pack in rules/ and every locale in locales/, one module per language', () => {
  const onDisk = readdirSync(join(root, 'rules'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\\/g, '/').replace(/\.json$/, ''))
    .sort();
  expect(builtinPacks().map((p) => `${p.language}/${p.category}`).sort()).toEqual(onDisk);
  const locales = readdirSync(join(root, 'locales')).filter((f) => /^[a-z]{2,3}\.json$/.test(f)).map((f) => f.slice(0, -5));
  expect(BUILTIN_LANGUAGES.filter((l) => l.locale !== undefined).map((l) => l.language).sort()).toEqual(locales.sort());
  for (const l of BUILTIN_LANGUAGES) expect(languagePacks(l).every((p) => p.language === l.language)).toBe(true);
});

it('has no rule id twice across packs', () => {
  const ids = builtinPacks().flatMap((p) => p.rules.map((r) => r.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});

it('core: a coach of only the languages given, which takes a draft as its one language without a detector', () => {
  const coach = createCoreCoach({ languages: [pl] });
  expect([...coach.ruleIds].every((id) => id.startsWith('pl.'))).toBe(true);
  const draft = 'Niestety nie możemy zwrócić pieniędzy.';
  const report = coach.analyze(draft);
  expect(report.language).toEqual({ code: 'pl', confidence: 0, detected: true });
  const f = report.findings.find((x) => x.ruleId.startsWith('pl.positive-language.'));
  expect(f).toBeDefined();
  expect(draft.slice(f!.start, f!.end)).toBe(f!.excerpt);
});

it('core: English needs a part-of-speech engine, and the error says which rules and where to get one', () => {
  expect(() => createCoreCoach({ languages: [en] })).toThrow(OptionsError);
  expect(() => createCoreCoach({ languages: [en] })).toThrow(/config\.nlp: rules en\.clarity\.[a-z-]+.* need a part-of-speech engine/);
  // A pack given per call is held to the same rule, not run with its nlp rules skipped.
  const packs = languagePacks(en).filter((p) => p.rules.some((r) => r.kind === 'nlp'));
  expect(() => createCoreCoach({ languages: [pl] }).analyze('Your refund was processed.', { language: 'en', packs })).toThrow(
    /options\.packs: rules en\.clarity\.passive-voice need a part-of-speech engine/,
  );
  const coach = createCoreCoach({ languages: [en], nlp: compromise, language: 'en' });
  const draft = 'Hi Anna,\n\nYour refund was processed by the billing team yesterday.\n\nBest regards,\nSam';
  const passive = coach.analyze(draft).findings.find((f) => f.ruleId === 'en.clarity.passive-voice');
  expect(passive?.excerpt).toBe('was processed');
  expect(draft.slice(passive!.start, passive!.end)).toBe('was processed');
});

it('core: bad language modules, detector or nlp loader name the field', () => {
  expect(() => createCoreCoach({ languages: [{ language: 'xx' } as never] })).toThrow(/config\.languages\.0: must be a language module/);
  expect(() => createCoreCoach({ languages: [{ ...pl, vocative: 'Panie' } as never] })).toThrow(/config\.languages\.0: must be a language module/);
  expect(() => createCoreCoach({ detector: 'franc' as never })).toThrow(/config\.detector: must be a function/);
  expect(() => createCoreCoach({ nlp: {} as never })).toThrow(/config\.nlp: must be an nlp loader/);
});
