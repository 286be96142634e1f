import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { LocaleSchema } from '../src/schema/locale.js';

/**
 * Text put into a draft speaks in the draft's person: a team letter ("dziękujemy…, wrócimy…") gets "jesteśmy do
 * dyspozycji", a letter in the first person singular "jestem". The pack examples hold the rules; these cases hold
 * the reading of the draft: what counts as evidence, and what does not.
 */

const OFFER = 'pl.personalization.missing-closing-offer';

function firstSuggestion(draft: string, ruleId: string, options: Parameters<typeof analyze>[1] = {}): string[] {
  const f = analyze(draft, { language: 'pl', ...options }).findings.find((x) => x.ruleId === ruleId);
  expect(f, ruleId).toBeDefined();
  return f!.suggestions.map((s) => s.edits.map((e) => e.text).join('|'));
}

describe("the agent's person", () => {
  it('a letter that says both "I" and "we" keeps the default first and offers both', () => {
    const draft = 'Dzień dobry,\n\nsprawdziłam zamówienie: paczkę wyślemy jutro rano, a kurier dostarczy ją w czwartek do 14:00.\n\nPozdrawiam\nOla';
    const texts = firstSuggestion(draft, OFFER);
    expect(texts[0]).toContain('jestem do dyspozycji');
    expect(texts.some((t) => t.includes('jesteśmy do dyspozycji'))).toBe(true);
  });

  it('a team letter gets only team forms', () => {
    const draft = 'Dzień dobry,\n\nsprawdziliśmy zamówienie: paczkę wyślemy jutro rano, a kurier dostarczy ją w czwartek do 14:00.\n\nPozdrawiam\nOla';
    const texts = firstSuggestion(draft, OFFER);
    expect(texts[0]).toContain('jesteśmy do dyspozycji');
    expect(texts.some((t) => /jestem|mogę/.test(t))).toBe(false);
  });

  it('the sign-off ("Pozdrawiam") and "proszę" as a plain "please" are no evidence of a single writer', () => {
    const draft = 'Dzień dobry,\n\nproszę sprawdzić skrzynkę: kod wyślemy jeszcze dziś, a paczkę nadamy jutro rano.\n\nPozdrawiam\nZespół Sklepu';
    expect(firstSuggestion(draft, OFFER)[0]).toContain('jesteśmy do dyspozycji');
  });

  it('a word that folds into a first-person form is not one ("ją" is not "ja")', () => {
    const draft = 'Dzień dobry,\n\npaczkę nadaliśmy wczoraj, a kurier dostarczy ją jutro do 14:00 pod wskazany adres.\n\nPozdrawiam\nOla';
    expect(firstSuggestion(draft, OFFER)[0]).toContain('jesteśmy do dyspozycji');
  });

  it("the replaced words' own person wins over the body's", () => {
    const draft = 'Z przykrością informuję, iż oferta już się skończyła, ale możemy zaproponować rabat na kolejne zamówienie.';
    expect(firstSuggestion(draft, 'pl.empathy.regret-to-inform')[0]).toBe('Przykro mi, ale');
  });

  it('Czech "náš" (our) is no evidence of a team letter: it folds like "nás"', () => {
    const draft = 'Dobrý den,\n\nobjednávku dnes převzal náš kurýr a doručí ji ve čtvrtek do 14:00.\n\nS pozdravem\nPetr';
    const f = analyze(draft, { language: 'cs', inReplyTo: 'Už potřetí píšu, pořád nic nepřišlo a jsem naštvaná.' }).findings.find((x) => x.ruleId === 'cs.empathy.missing-acknowledgement');
    expect(f).toBeDefined();
    expect(f!.suggestions[0]!.edits[0]!.text).toMatch(/^omlouvám se/i);
  });
});

describe('the person words are locale data', () => {
  const locale = (language: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', 'locales', `${language}.json`), 'utf8'));

  it('every language that reads the person lists its words in its locale; a bad list is refused naming the field', () => {
    for (const language of ['pl', 'cs', 'sk', 'uz', 'en']) expect(LocaleSchema.parse(locale(language)).person?.we, language).toContain(language === 'en' ? 'we' : language === 'uz' ? 'biz' : 'my');
    const cs = locale('cs');
    const empty = LocaleSchema.safeParse({ ...cs, person: { ...cs.person, I: [] } });
    expect(empty.error?.issues.map((i) => i.path.join('.'))).toEqual(['person.I']);
    // Endings are letters: they go into a pattern, so "eme|x" or "(" is refused.
    const ending = LocaleSchema.safeParse({ ...cs, person: { ...cs.person, endings: { we: { after: 2, endings: ['eme', 'e(me'] } } } });
    expect(ending.error?.issues.map((i) => i.path.join('.'))).toEqual(['person.endings.we.endings.1']);
  });
});
