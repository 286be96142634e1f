import { describe, expect, test } from 'vitest';
import { analyze, applyEdits, createCoach, loadPack } from '../src/index.js';
import { nameParts } from '../src/coach/draft.js';
import { nicknamesOf } from '../src/names/index.js';
import { fold } from '../src/text/fold.js';
import { registerVocative } from '../src/names/vocatives.js';
import { cs } from '../src/languages/cs.js';
import { pl } from '../src/languages/pl.js';

describe('name parts of names of any shape', () => {
  test.each([
    ['Anna Kowalska', 'Anna', 'Kowalska'],
    ['J.R. Smith', 'J.R.', 'Smith'],
    ['Smith, John', 'John', 'Smith'],
    ['Mary St. John', 'Mary', 'St. John'],
    ['Ma. Cristina Reyes', 'Ma. Cristina', 'Reyes'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven'],
    ['Dr. Jane Doe Jr.', 'Jane', 'Doe'],
    ['Pani Anna Kowalska', 'Anna', 'Kowalska'],
    ['Herr Hans Müller', 'Hans', 'Müller'],
    ['Pan Wei', 'Pan', 'Wei'],
    ['anna.kowalska@example.com', 'Anna', 'Kowalska'],
    ['@annak', '@annak', '@annak'],
    ['john_doe', 'john_doe', 'john_doe'],
  ])('%s → given %s, family %s', (name, given, family) => {
    expect(nameParts(name, false)).toMatchObject({ givenName: given, familyName: family });
  });
  test('family name first where the culture writes it so, and "Family, Given" in any culture', () => {
    expect(nameParts('Tanaka Kenji', true)).toMatchObject({ givenName: 'Kenji', familyName: 'Tanaka', name: 'Tanaka Kenji' });
    expect(nameParts('Tanaka, Kenji', true)).toMatchObject({ givenName: 'Kenji', familyName: 'Tanaka', name: 'Tanaka Kenji' });
    expect(nameParts('Smith, John', false)?.name).toBe('John Smith');
  });
});

/** Findings of the greeting-without-name rules. */
const missingName = (r: ReturnType<typeof analyze>) => r.findings.filter((f) => /greeting-without-name/.test(f.ruleId));

describe('a greeting with the name is recognised, and an inserted name is recognised on the next pass', () => {
  const names = ['J.R. Smith', 'Smith, John', 'St. John', 'Mary St. John', 'Ma. Cristina Reyes', '@annak', 'john_doe', 'anna.kowalska@example.com', "Seán O'Brien", 'Anna-Maria Nowak'];
  const drafts: Record<string, { text: string; formality?: 'formal' | 'informal' }> = {
    en: { text: 'Hi,\n\nYour refund was issued today and should reach your card within five business days.\n\nBest regards,\nSam' },
    pl: { text: 'Cześć,\n\nzwrot został zlecony dziś i pieniądze wrócą na kartę w ciągu pięciu dni roboczych.\n\nPozdrawiam,\nOla', formality: 'informal' },
    cs: { text: 'Dobrý den,\n\nvrácení peněz jsme dnes zadali a peníze budou na kartě do pěti pracovních dnů.\n\nS pozdravem,\nPetr' },
    sk: { text: 'Dobrý deň,\n\nvrátenie peňazí sme dnes zadali a peniaze budú na karte do piatich pracovných dní.\n\nS pozdravom,\nPeter' },
    uz: { text: 'Assalomu alaykum!\n\nPulingiz bugun qaytarildi va besh ish kuni ichida kartangizga tushadi.\n\nHurmat bilan,\nAziz' },
  };
  for (const [language, { text, formality }] of Object.entries(drafts)) {
    for (const name of names) {
      test(`${language}: ${name}`, () => {
        const options = { language, channel: 'email' as const, audience: { name, ...(formality ? { formality } : {}) } };
        const first = missingName(analyze(text, options));
        for (const f of first) {
          for (const s of f.suggestions) {
            const fixed = applyEdits(text, s.edits);
            expect(missingName(analyze(fixed, options)).map((g) => `${g.ruleId} in ${JSON.stringify(fixed.slice(0, 60))}`)).toEqual([]);
          }
        }
      });
    }
  }
  test('the name as the customer wrote it counts: "Hi J.R.", "Hi JR", "Dear Mr. Smith", "Hi @annak", "Hi Anna"', () => {
    const check = (draft: string, name: string) =>
      expect(missingName(analyze(`${draft}\n\nYour refund was issued today.\n\nBest regards,\nSam`, { language: 'en', audience: { name } }))).toEqual([]);
    check('Hi J.R.,', 'J.R. Smith');
    check('Hi JR,', 'J.R. Smith');
    check('Hi John,', 'Smith, John');
    check('Hi @annak,', '@annak');
    check('Hi annak,', '@annak');
    check('Hi Anna,', 'anna.kowalska@example.com');
    check('Hi Cristina,', 'Ma. Cristina Reyes');
    check('Dear Tanaka-sama,', 'Tanaka Kenji');
  });
  test('Polish and Czech vocatives count as the name in a greeting', () => {
    const pl = analyze('Cześć Anno,\n\nzwrot został zlecony dziś i pieniądze wrócą na kartę w ciągu pięciu dni.', { language: 'pl', audience: { name: 'Anna Kowalska', formality: 'informal' } });
    expect(missingName(pl)).toEqual([]);
    const cs = analyze('Dobrý den, pane Nováku,\n\nvrácení peněz jsme dnes zadali a peníze budou na kartě do pěti dnů.', { language: 'cs', audience: { name: 'Petr Novák' } });
    expect(missingName(cs)).toEqual([]);
  });
});

describe('$nickname', () => {
  const pack = {
    language: 'en',
    category: 'formality',
    description: 'Test pack.',
    rules: [
      {
        id: 'en.formality.test-nickname',
        kind: 'phrase',
        severity: 'warning',
        message: 'Nickname “{excerpt}”.',
        patterns: ['hi|hello|hey|dear|cześć|czesc|ahoj|dobrý|dobry $nickname', 'dobrý|dobry den|deň $nickname'],
        suggestions: ['Hello {firstName}'],
        examples: { bad: [{ text: '⟦Hi Bob⟧, thanks.', rewrite: 'Hello Robert, thanks.', options: { audience: { name: 'Robert Smith' } } }], good: ['Hi Bob, thanks.'] },
      },
    ],
  };
  const coach = createCoach({ builtinPacks: false });
  /** Every word the bare `$nickname` pattern matches. */
  const bare = (draft: string, name: string) => {
    const rule = { ...pack.rules[0]!, id: 'en.formality.test-bare', patterns: ['$nickname'] };
    return coach.analyze(draft, { language: 'en', packs: [loadPack({ ...pack, rules: [rule] })], audience: { name } }).findings.map((f) => f.excerpt);
  };
  const hits = (draft: string, name: string, language = 'en') =>
    coach.analyze(draft, { language, packs: [loadPack({ ...pack, language, rules: [{ ...pack.rules[0]!, id: `${language}.formality.test-nickname` }] })], audience: { name } }).findings.filter((f) => f.ruleId.endsWith('.test-nickname')).map((f) => f.excerpt);
  test.each([
    ['Hi Bob, thanks for writing.', 'Robert Smith'],
    ['Hey Bobby, thanks for writing.', 'Robert Smith'],
    ['Hi Liz, thanks for writing.', 'Elizabeth Taylor'],
    ['Hi Beth, thanks for writing.', 'Elizabeth Taylor'],
    ['Hi Bill, thanks for writing.', 'William Jones'],
    ['Hi Kate, thanks for writing.', 'Katherine Brown'],
    ['Hi Kasia, dziękuję za wiadomość.', 'Katarzyna Nowak'],
    ['Cześć Kasiu, dziękuję za wiadomość.', 'Katarzyna Nowak'],
    ['Cześć Gosiu, dziękuję za wiadomość.', 'Małgorzata Nowak'],
    ['Hi Ola, dziękuję za wiadomość.', 'Aleksandra Nowak'],
    ['Cześć Tomku, dziękuję za wiadomość.', 'Tomasz Nowak'],
    ['Ahoj Honzo, díky za zprávu.', 'Jan Novák'],
    ['Ahoj Jirko, díky za zprávu.', 'Jiří Dvořák'],
    ['Dobrý den Káťo, díky za zprávu.', 'Kateřina Nová'],
    ['Ahoj Terko, díky za zprávu.', 'Tereza Malá'],
    ['Dobrý deň Jano, ďakujem.', 'Ján Kováč'],
    ['Hi Zuzka, ďakujem.', 'Zuzana Horváthová'],
  ])('%s (%s)', (draft, name) => expect(hits(draft, name)).toHaveLength(1));
  test('a nickname that is also an everyday word counts only capitalised inside a sentence', () => {
    expect(hits('Hi Bill, thanks for writing.', 'William Jones')).toHaveLength(1);
    expect(hits('Hello Will, thanks for writing.', 'William Jones')).toHaveLength(1);
    expect(hits('Hi, your bill is attached and we will refund it.', 'William Jones')).toEqual([]);
    expect(hits('Hello. Will you be home tomorrow?', 'William Jones')).toEqual([]);
    expect(hits('hi bill, thanks for writing.', 'William Jones')).toEqual([]);
    expect(hits('hi bobby, thanks for writing.', 'Robert Smith')).toHaveLength(1);
    expect(hits('Ahoj Vláďo, díky za zprávu.', 'Vladimír Novák', 'cs')).toHaveLength(1);
    expect(bare('Hi Bill, your bill is attached. Will you pay it? We will wait, Bill.', 'William Jones')).toEqual(['Bill', 'Bill']);
    expect(bare('Thanks Bobby, I will ring bobby and bob tomorrow.', 'Robert Smith')).toEqual(['Bobby', 'bobby']);
  });
  test('the name itself, another name or no name is not a nickname', () => {
    expect(hits('Hi Robert, thanks for writing.', 'Robert Smith')).toEqual([]);
    expect(hits('Hi Bob, thanks for writing.', 'William Jones')).toEqual([]);
    expect(hits('Hi Bob, thanks for writing.', '')).toEqual([]);
    expect(hits('Cześć Katarzyno, dziękuję.', 'Katarzyna Nowak', 'pl')).toEqual([]);
  });
  test('the table is keyed by the folded formal name and never lists the name itself', () => {
    // Vocatives of diminutives come with the languages (createCoach registers them).
    registerVocative('pl', pl.vocative);
    registerVocative('cs', cs.vocative);
    expect(nicknamesOf('Małgorzata').has('gosia')).toBe(true);
    expect(nicknamesOf('malgorzata').has('gosiu')).toBe(true);
    expect(nicknamesOf('Jiří').has('jirka')).toBe(true);
    for (const name of ['Robert', 'Katarzyna', 'Jan', 'Zuzana']) expect(nicknamesOf(name).has(fold(name))).toBe(false);
  });
});
