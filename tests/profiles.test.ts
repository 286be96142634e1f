import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, builtinProfiles, createCoach, CultureProfileSchema, loadProfile, ProfileError, resolveProfile } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'locales', 'profiles');
const REQUIRED = ['en-US', 'en-GB', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'es-MX', 'pt-BR', 'it-IT', 'nl-NL', 'sv-SE', 'pl-PL', 'cs-CZ', 'sk-SK', 'uz-UZ', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar-SA'];

describe('culture profile files', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('cover every required locale', () => {
    expect(files.map((f) => f.slice(0, -5)).sort()).toEqual([...REQUIRED].sort());
  });

  it.each(files)('%s fits the schema, names its own locale and always has a formula that needs nothing', (file) => {
    const profile = CultureProfileSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(profile.locale).toBe(file.slice(0, -5));
    expect(profile.locale.startsWith(`${profile.language}-`)).toBe(true);
    const lists = [profile.greetings.email, profile.greetings.chat, profile.closings.email, profile.closings.chat, profile.english.greetings, profile.english.closings];
    for (const list of lists) expect(list[list.length - 1]).not.toMatch(/\{/);
  });
});

describe('resolving a locale', () => {
  const profiles = builtinProfiles();
  it.each([
    ['ja-JP', 'ja-JP', 'locale'],
    ['ja_jp', 'ja-JP', 'locale'],
    ['de', 'de-DE', 'language'],
    ['de-AT', 'de-DE', 'language'],
    ['pt-PT', 'pt-BR', 'language'],
    ['xx-YY', 'und-ZZ', 'neutral'],
  ])('%s → %s (%s)', (tag, locale, source) => {
    const r = resolveProfile(tag, profiles);
    expect([r.profile.locale, r.source]).toEqual([locale, source]);
  });

  it('says in the report which profile was used', () => {
    expect(analyze('Hello, your order has shipped.', { language: 'en', audience: { locale: 'de-AT' } }).audience).toEqual({
      locale: 'de-AT',
      profile: 'de-DE',
      source: 'language',
      formality: 'formal',
    });
    expect(analyze('Hello.', { language: 'en', audience: { locale: 'xx-YY' } }).audience).toMatchObject({ profile: 'neutral', source: 'neutral', formality: 'neutral' });
    expect(analyze('Hello.', { language: 'en' }).audience).toEqual({ profile: 'neutral', source: 'neutral', formality: 'neutral' });
  });
});

describe('the formality category follows the audience', () => {
  const draft = "Hey Kenji! No worries, we can't do that but here's a fix 😊";
  const formality = (locale: string, extra: object = {}) =>
    analyze(draft, { language: 'en', channel: 'chat', audience: { locale, name: locale.startsWith('en') ? 'Kenji Tanaka' : 'Tanaka Kenji', ...extra } }).findings.filter(
      (f) => f.category === 'formality',
    );

  it.each(['ja-JP', 'de-DE', 'ko-KR'])('%s gets formality findings', (locale) => {
    const found = formality(locale).map((f) => f.excerpt);
    // "Hey" alone, or "Hey Kenji" where the culture expects a title and family name.
    expect(found.some((e) => e.startsWith('Hey'))).toBe(true);
    expect(found).toEqual(expect.arrayContaining(['No worries', '😊']));
  });

  it('ja-JP and ko-KR also get a softened refusal and a greeting by family name', () => {
    for (const locale of ['ja-JP', 'ko-KR']) {
      const ids = formality(locale, { title: 'Mr.' }).map((f) => f.ruleId);
      expect(ids).toEqual(expect.arrayContaining(['en.formality.blunt-refusal', 'en.formality.culture-greeting']));
    }
  });

  it('en-US with an informal audience gets none', () => {
    expect(formality('en-US', { formality: 'informal' }).map((f) => `${f.ruleId} “${f.excerpt}”`)).toEqual([]);
  });

  it('audience.formality overrides the profile', () => {
    const report = analyze(draft, { language: 'en', channel: 'chat', audience: { locale: 'ja-JP', formality: 'informal' } });
    expect(report.audience.formality).toBe('informal');
    expect(report.findings.filter((f) => f.ruleId === 'en.formality.no-worries')).toEqual([]);
  });
});

describe('names and greetings from the profile', () => {
  const body = 'Your replacement order left our warehouse this morning and will arrive on Friday.';

  it('writes a missing English greeting in the culture\'s form, family name in its order, title only when given', () => {
    const insert = (audience: object) => {
      const report = analyze(body, { language: 'en', channel: 'email', audience: audience as never });
      const f = report.findings.find((x) => x.ruleId.startsWith('en.personalization.missing-greeting'))!;
      return applyEdits(body, f.suggestions[0]!.edits).split('\n')[0];
    };
    expect(insert({ locale: 'ja-JP', name: 'Tanaka Kenji', title: 'Mr.' })).toBe('Dear Mr. Tanaka,');
    // Without a title, the culture's gender-neutral honorific (profile english.honorific).
    expect(insert({ locale: 'ja-JP', name: 'Tanaka Kenji' })).toBe('Dear Tanaka-sama,');
    expect(insert({ locale: 'zh-CN', name: 'Wang Fang' })).toBe('Dear Wang Fang,');
    expect(insert({ locale: 'en-US', name: 'Kenji Tanaka' })).toBe('Hi Kenji,');
    expect(insert({ locale: 'ko-KR' })).toBe('Dear Customer,');
  });

  it('never guesses gender: a Polish greeting without a title is the neutral formula', () => {
    const report = analyze('Paczka została wysłana dziś rano i dotrze do Pani w piątek, a numer przesyłki znajdzie Pani w mailu.', {
      language: 'pl',
      channel: 'email',
      audience: { locale: 'pl-PL', name: 'Anna Kowalska' },
    });
    const f = report.findings.find((x) => x.ruleId === 'pl.personalization.missing-greeting');
    expect(f).toBeDefined();
    expect(f!.suggestions[0]!.edits[0]!.text).toMatch(/^Dzień dobry/);
  });
});

describe('bad profiles', () => {
  const good = builtinProfiles().find((p) => p.locale === 'de-DE')!;

  it('get a ProfileError naming the field', () => {
    expect(() => loadProfile({ ...good, directness: 'blunt' })).toThrow(ProfileError);
    expect(() => loadProfile({ ...good, directness: 'blunt' })).toThrow(/directness/);
    expect(() => loadProfile({ ...good, locale: 'german' })).toThrow(/locale: must be a BCP 47 tag/);
    expect(() => createCoach({ profiles: [{ ...good, greetings: { email: [] } }] })).toThrow(/config\.profiles\.0\.greetings/);
  });

  it('a caller\'s own profile replaces the shipped one for its locale', () => {
    const coach = createCoach({ profiles: [{ ...good, formality: 'informal', notes: 'This brand uses du.' }] });
    expect(coach.analyze('Hello.', { language: 'en', audience: { locale: 'de-DE' } }).audience.formality).toBe('informal');
  });
});
