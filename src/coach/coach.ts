import type { Draft, RawFinding } from '../checks/context.js';
import { RunEnv } from '../checks/env.js';
import { RuleSet } from '../checks/ruleset.js';
import { findDirectives, type Directives } from './directives.js';
import { buildDraft } from './draft.js';
import { atPath, OptionsError } from '../schema/errors.js';
import type { LanguageData } from '../data/language-data.js';
import type { NlpLoader } from '../nlp/engine.js';
import { registerLocale } from '../data/locales.js';
import { registerVocative } from '../names/vocatives.js';
import { loadProfile, NEUTRAL_PROFILE, resolveProfile, validProfiles } from '../data/profiles.js';
import { declaredRules, languagePacks, loadPack } from '../data/packs.js';
import { LineIndex } from './position.js';
import { bodyReadability, readabilityOf, type Readability } from '../checks/readability.js';
import { resolveOverlaps } from './resolve.js';
import { rewrite } from './rewrite.js';
import { CATEGORIES, type Category } from '../schema/common.js';
import { AnalyzeOptionsSchema, CoachConfigSchema, type ParsedOptions } from '../schema/options.js';
import type { RulePack } from '../schema/pack.js';
import type { AnalyzeOptions, Coach, CoachConfig, Finding, Report, Shipped } from '../schema/public-types.js';
import type { ZodError } from '../schema/zod.js';
import { score } from './score.js';
import { glossaryWords } from '../spelling/glossary.js';
import { SPELLING_STATUS, type SpellingStatus } from '../spelling/check.js';
import type { Speller } from '../spelling/speller.js';

export type { Coach, Shipped };

/** Used when the caller gives no language and detection cannot tell. */
const DEFAULT_LANGUAGE = 'en';

const NO_PACKS: readonly RulePack[] = Object.freeze([]);

function validPacks(packs: unknown[] | undefined, root: string): RulePack[] {
  return (packs ?? []).map((p, i) => atPath(`${root}.${i}`, () => loadPack(p)));
}

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, value: unknown, root: string): T {
  // A record parsed by assignment would drop an own "__proto__" key in silence: name it instead.
  const rules = (value as { rules?: unknown } | undefined)?.rules;
  if (typeof rules === 'object' && rules !== null && Object.hasOwn(rules, '__proto__')) {
    throw new OptionsError([{ path: `${root}.rules.__proto__`, message: 'no rule has this id' }]);
  }
  const r = schema.safeParse(value ?? {});
  if (!r.success) throw OptionsError.from(r.error, root);
  return r.data;
}

/**
 * Rule sets of a shipped language on its own, shared by every coach: a server
 * that creates a coach per request compiles each language once. Checks keep
 * no per-draft state (per-draft memos live on the draft).
 */
const sharedSets = new WeakMap<LanguageData, Map<NlpLoader | undefined, RuleSet>>();

function sharedRuleSet(data: LanguageData, nlp: NlpLoader | undefined): RuleSet {
  let byNlp = sharedSets.get(data);
  if (!byNlp) sharedSets.set(data, (byNlp = new Map()));
  let set = byNlp.get(nlp);
  if (!set) byNlp.set(nlp, (set = new RuleSet(languagePacks(data), nlp)));
  return set;
}

/**
 * Word classes are resolved against the language's own when a pack compiles:
 * compile a caller's packs up front, so an unknown `@class` is a RulePackError
 * naming the pack and rule, not a surprise on some later draft.
 */
const compiledOwn = new WeakSet<RulePack>();
function compiles(packs: readonly RulePack[], nlp: NlpLoader | undefined, root: string): void {
  packs.forEach((pack, i) => {
    if (compiledOwn.has(pack)) return;
    atPath(`${root}.${i}`, () => new RuleSet([pack], nlp));
    compiledOwn.add(pack);
  });
}

/** `nlp` rules without a part-of-speech engine would be skipped in silence: refuse them, naming the rules. */
function requireNlp(rules: readonly { id: string; kind: string }[], nlp: NlpLoader | undefined, path: string): void {
  const needing = rules.filter((r) => r.kind === 'nlp').map((r) => r.id);
  if (needing.length > 0 && !nlp) {
    throw new OptionsError([{ path, message: `rules ${needing.join(', ')} need a part-of-speech engine: pass \`nlp: compromise\` from reply-coach/nlp, or leave those packs out` }]);
  }
}

/**
 * Creates a reusable coach with the languages in `config.languages` (or
 * `shipped`'s): packs are validated and compiled once per language, on first
 * use of the language, so calling `coach.analyze` on every keystroke costs
 * only the matching. `config` sets defaults for every draft and adds your own
 * rule `packs` and culture `profiles`.
 *
 * @throws {OptionsError} when `config` does not fit `CoachConfigSchema` (the message names each field).
 * @throws {RulePackError} when one of `config.packs` is not a valid pack.
 * @example
 * const coach = createCoach({ languages: [en], language: 'en' });
 * const report = coach.analyze(draft, { audience: { name: 'Anna Kowalska' } });
 */
export function createCoach(config: CoachConfig = {}, shipped: Shipped = {}): Coach {
  const base = parse(CoachConfigSchema, config, 'config');
  const languages = base.languages ?? shipped.languages ?? [];
  const detector = base.detector ?? shipped.detector;
  const nlp = base.nlp ?? shipped.nlp;
  for (const l of languages) {
    registerLocale(l.language, l.locale);
    registerVocative(l.language, l.vocative);
  }
  const own = validPacks(base.packs, 'config.packs');
  compiles(own, nlp, 'config.packs');
  const speller = base.spelling;
  const ownGlossary = speller ? glossaryWords(own) : undefined;
  const builtinOf = (language: string) => (base.builtinPacks === false ? [] : languages.filter((l) => l.language === language).flatMap(languagePacks));
  const declared = [...(base.builtinPacks === false ? [] : languages.flatMap(declaredRules)), ...own.flatMap((p) => p.rules)];
  const ruleIds = new Set(declared.map((r) => r.id));
  requireNlp(declared, nlp, 'config.nlp');
  const ownProfiles = (base.profiles ?? []).map((p, i) => atPath(`config.profiles.${i}`, () => loadProfile(p)));
  const profiles = [...ownProfiles, ...validProfiles(shipped.profiles ?? []).filter((b) => !ownProfiles.some((p) => p.locale === b.locale))];
  // Without a detector, a coach for one language takes every draft as that language.
  const detect = (text: string) => detector?.(text) ?? { language: languages.length === 1 ? languages[0]!.language : 'und', confidence: 0 };
  const sets = new Map<string, RuleSet>();
  const setFor = (language: string, extra: readonly RulePack[]): RuleSet => {
    const mine = () => [...builtinOf(language), ...own.filter((p) => p.language === language)];
    if (extra.length > 0) return new RuleSet([...mine(), ...extra.filter((p) => p.language === language)], nlp);
    let set = sets.get(language);
    if (!set) {
      const data = languages.filter((l) => l.language === language);
      const shippedOnly = own.length === 0 && base.builtinPacks !== false && data.length === 1;
      set = shippedOnly ? sharedRuleSet(data[0]!, nlp) : new RuleSet(mine(), nlp);
      sets.set(language, set);
    }
    return set;
  };

  const analyze = (text: string, options?: AnalyzeOptions): Report => {
    if (typeof text !== 'string') throw new OptionsError([{ path: 'draft', message: `must be a string, got ${text === null ? 'null' : typeof text}` }]);
    const call = parse(AnalyzeOptionsSchema, options, 'options');
    // Most calls bring no packs: skipping the empty-array work keeps this hot function's compiled code stable.
    const extra = call.packs && call.packs.length > 0 ? validPacks(call.packs, 'options.packs') : NO_PACKS;
    if (extra.length > 0) {
      requireNlp(extra.flatMap((p) => p.rules), nlp, 'options.packs');
      compiles(extra, nlp, 'options.packs');
    }
    const o: ParsedOptions = {
      ...base,
      ...call,
      audience: base.audience || call.audience ? { ...base.audience, ...call.audience } : undefined,
      rules: { ...base.rules, ...call.rules },
    };
    const known = (id: string) => ruleIds.has(id) || extra.some((p) => p.rules.some((r) => r.id === id));
    for (const id of Object.keys(o.rules ?? {})) {
      if (!known(id)) throw new OptionsError([{ path: `options.rules.${id}`, message: 'no rule has this id' }]);
    }

    const directives = findDirectives(text);
    const detected = o.language === undefined;
    const detection = detected ? detect(text) : { language: o.language!.toLowerCase(), confidence: 1 };
    const language = detection.language === 'und' ? DEFAULT_LANGUAGE : detection.language;
    // A language no pack covers is not coached: no findings would read as a clean draft.
    if (!languages.some((l) => l.language === language) && !own.some((p) => p.language === language) && !extra.some((p) => p.language === language)) {
      return unsupportedReport(text, { code: language, confidence: detection.confidence, detected }, o.audience?.locale, o.categories ?? CATEGORIES);
    }
    const settings = {
      language,
      channel: o.channel ?? 'email',
      audience: o.audience,
      inReplyTo: o.inReplyTo,
      template: o.template ?? false,
      team: o.team,
      culture: o.audience?.locale ? resolveProfile(o.audience.locale, profiles) : { profile: NEUTRAL_PROFILE, source: 'neutral' as const },
      masked: directives.spans,
      // The caller's packs' terms (a glossary's product names) are never misspelled.
      spelling: speller ? { speller, glossary: extra.length > 0 ? new Set([...ownGlossary!, ...glossaryWords(extra)]) : ownGlossary! } : undefined,
    } as const;
    const categories: readonly Category[] = o.categories ?? CATEGORIES;
    const env = new RunEnv(new Set(categories), o.rules ?? {});
    const rules = setFor(language, extra);
    const draft = buildDraft(text, settings);
    const findingsOf = (d: Draft, dir: Directives) => resolveOverlaps(rules.run(d, env).filter((f) => !dir.silenced(f.ruleId, f.start)));
    const raw = findingsOf(draft, directives);
    const onSubject = o.subject === undefined ? [] : rules.runSubject(buildDraft(o.subject, { ...settings, masked: [] }), draft, env);
    const lines = new LineIndex(text);
    // The rewrite may take extra passes; an editor asking on every keystroke rarely reads it, so it is made on first read.
    let rewritten: string | undefined;
    const rewriteNow = () =>
      rewrite(text, raw, (t) => {
        const again = findDirectives(t);
        // Spelling findings are never applied and stand apart: the passes need not look for them again.
        return findingsOf(buildDraft(t, { ...settings, masked: again.spans, spelling: undefined }), again);
      });
    const readability = lazyReadability(draft);
    const counts = { words: draft.wordCount, sentences: countSentences(draft.tokens) };
    // Getters written in the literals, not added with defineProperty, which would turn the objects into slow dictionaries.
    const report: Report = {
      language: { code: language, confidence: detection.confidence, detected },
      audience: {
        ...(o.audience?.locale ? { locale: o.audience.locale } : {}),
        profile: settings.culture.source === 'neutral' ? 'neutral' : settings.culture.profile.locale,
        source: settings.culture.source,
        formality: draft.formality,
      },
      // The subject comes before the body, so its findings come first.
      findings: onSubject.length > 0 ? [...onSubject.map((f) => toFinding(f, o.subject!, new LineIndex(o.subject!))), ...raw.map((f) => toFinding(f, text, lines))] : raw.map((f) => toFinding(f, text, lines)),
      get rewrite() {
        return (rewritten ??= rewriteNow());
      },
      ...spellingStatus(draft, speller),
      scores: score(onSubject.length > 0 ? [...onSubject, ...raw] : raw, draft.wordCount, categories),
      metrics: readability
        ? {
            ...counts,
            get readability() {
              return readability();
            },
          }
        : counts,
    };
    return report;
  };

  return { analyze, ruleIds };
}

/**
 * `report.metrics.readability`, computed on first read: counting syllables is a fair share of a short reply's
 * analysis and an audit never reads the score (the readability rule computes it itself when it applies).
 * Undefined for a draft without words or a language without a formula.
 */
function lazyReadability(draft: Draft): (() => Readability | undefined) | undefined {
  if (draft.wordCount === 0 || draft.locale.locale.readability.formula === 'none') return undefined;
  // Already computed by the rule: keep the value, not the draft.
  if (draft.cache.has(bodyReadability)) {
    const known = bodyReadability(draft);
    return () => known;
  }
  let compute: (() => Readability | undefined) | undefined = readabilityOf(draft);
  let value: Readability | undefined;
  return () => {
    if (compute) (value = compute()), (compute = undefined);
    return value;
  };
}

/** `report.spelling`: whether the spelling rule checked the draft, or could not for want of a dictionary; absent without a speller. */
function spellingStatus(draft: Draft, speller: Speller | undefined): Pick<Report, 'spelling'> {
  if (!speller) return {};
  const status = draft.cache.get(SPELLING_STATUS) as SpellingStatus | undefined;
  // A language with no spelling rule (Uzbek) has no dictionary either.
  if (status === undefined && speller.languages.includes(draft.language)) return {};
  return { spelling: status ?? 'unavailable' };
}

/** The report on a draft in a language without rules: nothing checked, so no score claims a clean draft (all 0). */
function unsupportedReport(text: string, language: { code: string; confidence: number; detected: boolean }, locale: string | undefined, checked: readonly Category[]): Report {
  const scores = Object.fromEntries([...checked.map((c) => [c, 0]), ['overall', 0]]) as Report['scores'];
  return {
    language: { ...language, supported: false },
    audience: { ...(locale ? { locale } : {}), profile: 'neutral', source: 'neutral', formality: 'neutral' },
    findings: [],
    rewrite: text,
    scores,
    metrics: { words: 0, sentences: 0 },
  };
}

function countSentences(tokens: readonly { sentence: number }[]): number {
  let n = 0;
  let last = -1;
  for (const t of tokens) if (t.sentence !== last) (n++, (last = t.sentence));
  return n;
}

function toFinding(f: RawFinding, text: string, lines: LineIndex): Finding {
  const { line, column } = lines.at(f.start);
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    start: f.start,
    end: f.end,
    line,
    column,
    excerpt: text.slice(f.start, f.end),
    suggestions: f.suggestions,
    fixable: f.fix && f.suggestions.length > 0,
    ...(f.field ? { field: f.field } : {}),
  };
}

/** `analyze` for an entry point: one shared coach with what it ships, created on first use. */
export function sharedAnalyze(create: () => Coach): (draft: string, options?: AnalyzeOptions) => Report {
  let shared: Coach | undefined;
  return (draft, options) => (shared ??= create()).analyze(draft, options);
}
