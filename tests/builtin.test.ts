import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BUILTIN_LANGUAGES } from '../src/data/builtin.js';
import { createCoach as createCoreCoach, OptionsError, type RulePackInput } from '../src/core.js';
import { en } from '../src/languages/en.js';
import { pl } from '../src/languages/pl.js';
import { compromise } from '../src/nlp/compromise.js';
import { createCoach as createBrowserCoach } from '../src/browser.js';
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

it('core: the shipped packs need no part-of-speech engine; a pack with nlp rules does, and the error says which rules and where to get one', () => {
  // Passive voice is matched on words: English is coached without compromise.
  expect(BUILTIN_LANGUAGES.flatMap(languagePacks).flatMap((p) => p.rules).filter((r) => r.kind === 'nlp')).toEqual([]);
  const plain = createCoreCoach({ languages: [en], language: 'en' });
  const draft = 'Hi Anna,\n\nYour refund was processed by the billing team yesterday.\n\nBest regards,\nSam';
  const passive = plain.analyze(draft).findings.find((f) => f.ruleId === 'en.clarity.passive-voice');
  expect(passive?.excerpt).toBe('was processed');
  expect(draft.slice(passive!.start, passive!.end)).toBe('was processed');

  const nlpPack = {
    language: 'en',
    category: 'clarity',
    rules: [
      {
        id: 'en.clarity.refund-verb',
        kind: 'nlp',
        severity: 'suggestion',
        message: '"{excerpt}"',
        prefilter: ['refund*'],
        match: '#Verb',
        suggestions: [],
        examples: { bad: [{ text: 'We ⟦refunded⟧ it.' }], good: ['Thanks.'] },
      },
    ],
  } satisfies RulePackInput;
  expect(() => createCoreCoach({ languages: [en], packs: [nlpPack] })).toThrow(OptionsError);
  expect(() => createCoreCoach({ languages: [en], packs: [nlpPack] })).toThrow(/config\.nlp: rules en\.clarity\.refund-verb need a part-of-speech engine/);
  // A pack given per call is held to the same rule, not run with its nlp rules skipped.
  expect(() => createCoreCoach({ languages: [pl] }).analyze('We refunded it.', { language: 'en', packs: [nlpPack] })).toThrow(
    /options\.packs: rules en\.clarity\.refund-verb need a part-of-speech engine/,
  );
  // The browser entry ships no engine either: a pack with nlp rules there is the same typed error, fixed by passing one.
  expect(() => createBrowserCoach({ packs: [nlpPack] })).toThrow(/config\.nlp: rules en\.clarity\.refund-verb need a part-of-speech engine: pass `nlp: compromise` from reply-coach\/nlp/);
  expect(createBrowserCoach({ packs: [nlpPack], nlp: compromise, language: 'en' }).analyze('We refunded it.').findings.map((f) => f.excerpt)).toContain('refunded');
  const coach = createCoreCoach({ languages: [en], nlp: compromise, language: 'en', packs: [nlpPack] });
  const text = 'We refunded the order today.';
  const verb = coach.analyze(text).findings.find((f) => f.ruleId === 'en.clarity.refund-verb');
  expect(verb?.excerpt).toBe('refunded');
  expect(text.slice(verb!.start, verb!.end)).toBe('refunded');
});

it('core: bad language modules, detector or nlp loader name the field', () => {
  expect(() => createCoreCoach({ languages: [{ language: 'xx' } as never] })).toThrow(/config\.languages\.0: must be a language module/);
  expect(() => createCoreCoach({ languages: [{ ...pl, vocative: 'Panie' } as never] })).toThrow(/config\.languages\.0: must be a language module/);
  expect(() => createCoreCoach({ detector: 'franc' as never })).toThrow(/config\.detector: must be a function/);
  expect(() => createCoreCoach({ nlp: {} as never })).toThrow(/config\.nlp: must be an nlp loader/);
});
