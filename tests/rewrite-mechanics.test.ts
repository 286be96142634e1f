import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { createCoach } from '../src/core.js';
import { applyEdits } from '../src/coach/edits.js';
import { editsTouch } from '../src/coach/resolve.js';
import { fold } from '../src/text/fold.js';
import { cyrillicFromLatin, latinFromCyrillic } from '../src/text/uzbek.js';
import type { Report } from '../src/schema/report.js';

/**
 * How suggestions are put into the text: what a native speaker would send.
 * Each case names the language's own mechanics (clitics, the greeting comma,
 * Uzbek script), not a rule: rules change, the mechanics stay.
 */

function findingOf(report: Report, ruleId: string) {
  const f = report.findings.find((x) => x.ruleId === ruleId);
  expect(f, `${ruleId} in ${JSON.stringify(report.findings.map((x) => x.ruleId))}`).toBeDefined();
  return f!;
}

function firstFix(text: string, report: Report, ruleId: string): string {
  return applyEdits(text, findingOf(report, ruleId).suggestions[0]!.edits);
}

describe('deleting the word that opens a clause leaves no clitic first', () => {
  const cases: [string, string, string, string, boolean][] = [
    // language, draft, rule, first suggestion applied, applied unattended
    ['pl', 'Niestety się spóźnimy z dostawą.', 'pl.positive-language.niestety', 'Spóźnimy się z dostawą.', false],
    ['pl', 'Niestety go nie ma.', 'pl.positive-language.niestety', 'Nie ma go.', true],
    ['pl', 'Niestety mu nie mogę pomóc.', 'pl.positive-language.niestety', 'Nie mogę mu pomóc.', false],
    ['cs', 'Bohužel Vám nemůžeme vrátit peníze.', 'cs.positive-language.unfortunately', 'Nemůžeme Vám vrátit peníze.', false],
    ['cs', 'Prostě ho restartujte.', 'cs.positive-language.simply', 'Restartujte ho.', true],
    ['sk', 'Žiaľ, sa to nepodarilo.', 'sk.positive-language.unfortunately', 'Nepodarilo sa to.', true],
    // "to" joins a run of clitics ("sa to") but may open a clause alone.
    ['cs', 'Bohužel to nejde.', 'cs.positive-language.unfortunately', 'To nejde.', true],
  ];
  for (const [language, text, ruleId, fixed, unattended] of cases) {
    it(`${language}: ${text}`, () => {
      const report = analyze(text, { language });
      const f = findingOf(report, ruleId);
      expect(applyEdits(text, f.suggestions[0]!.edits)).toBe(fixed);
      expect(f.fixable).toBe(unattended);
      expect(report.rewrite.startsWith(unattended ? fixed.slice(0, 8) : text.slice(0, 8))).toBe(true);
    });
  }

  it('after a greeting comma on the same line, the clause goes on in lower case', () => {
    const text = 'Dobrý deň, žiaľ, sa to nepodarilo.';
    const report = analyze(text, { language: 'sk' });
    expect(firstFix(text, report, 'sk.positive-language.unfortunately')).toBe('Dobrý deň, nepodarilo sa to.');
  });

  it('a clause after a comma is a clause start too', () => {
    const text = 'Je mi líto, bohužel se to nepodařilo.';
    const report = analyze(text, { language: 'cs' });
    expect(firstFix(text, report, 'cs.positive-language.unfortunately')).toBe('Je mi líto, nepodařilo se to.');
  });

  it('an aside between commas loses both commas', () => {
    const text = 'Tovar je, žiaľ, vypredaný.';
    const report = analyze(text, { language: 'sk' });
    expect(firstFix(text, report, 'sk.positive-language.unfortunately')).toBe('Tovar je vypredaný.');
  });
});

describe('edits that touch the same words clash', () => {
  const text = 'eskaloval na L2 dnes';
  it('edits with only spaces between them touch; a word between them keeps them apart', () => {
    expect(editsTouch({ start: 0, end: 9, text: 'x' }, { start: 10, end: 12, text: 'y' }, text)).toBe(true);
    expect(editsTouch({ start: 0, end: 9, text: 'x' }, { start: 13, end: 15, text: 'y' }, text)).toBe(false);
    // An insertion at the edge of a replacement touches it: which goes first would be a guess.
    expect(editsTouch({ start: 0, end: 0, text: 'Hello. ' }, { start: 0, end: 9, text: 'E' }, text)).toBe(true);
    expect(editsTouch({ start: 9, end: 9, text: ' today' }, { start: 0, end: 9, text: 'x' }, text)).toBe(true);
    expect(editsTouch({ start: 3, end: 5, text: 'x' }, { start: 4, end: 6, text: 'y' }, text)).toBe(true);
  });
});

describe('removing an emoji or an exclamation mark keeps the sentence end', () => {
  it('an emoji between two sentences becomes a full stop', () => {
    const text = 'Dzień dobry, zmieniłem adres dostawy 😊 Wszystko będzie dobrze.';
    const report = analyze(text, { language: 'pl' });
    expect(firstFix(text, report, 'pl.formality.emoji')).toBe('Dzień dobry, zmieniłem adres dostawy. Wszystko będzie dobrze.');
  });
  it('an emoji in the greeting parts no sentence', () => {
    const text = 'Dzień dobry 😊 Pani Anno,\nzmieniłem adres dostawy.';
    const report = analyze(text, { language: 'pl' });
    expect(firstFix(text, report, 'pl.formality.emoji')).toBe('Dzień dobry Pani Anno,\nzmieniłem adres dostawy.');
  });
  it('an emoji inside a sentence goes with one space', () => {
    const text = 'Dzień dobry, zmieniłem 😊 adres dostawy.';
    const report = analyze(text, { language: 'pl' });
    expect(firstFix(text, report, 'pl.formality.emoji')).toBe('Dzień dobry, zmieniłem adres dostawy.');
  });
});

describe('inserted text after a greeting comma', () => {
  const upset = { inReplyTo: 'To już trzeci raz, jestem bardzo zdenerwowany, nikt mi nie pomaga!' };
  it('goes on in lower case where the draft does (pl)', () => {
    const text = 'Dzień dobry,\nzamówienie zostanie wysłane jutro rano.';
    const report = analyze(text, { language: 'pl', ...upset });
    const fixed = firstFix(text, report, 'pl.empathy.missing-acknowledgement');
    expect(fixed).toMatch(/^Dzień dobry,\n\p{Ll}[^\n]*[.!] Zamówienie zostanie wysłane jutro rano\.$/u);
  });
  it('keeps a capital where the draft has one (en)', () => {
    const text = 'Hi Anna,\nYour order ships tomorrow morning.';
    const report = analyze(text, { language: 'en', inReplyTo: 'This is the third time I am writing, I am furious and nobody helps!' });
    expect(firstFix(text, report, 'en.empathy.missing-acknowledgement')).toMatch(/^Hi Anna,\n\p{Lu}/u);
  });
});

describe('an apology is not inserted into a sentence that has one', () => {
  const pack = {
    language: 'tst',
    category: 'empathy',
    rules: [
      {
        id: 'tst.empathy.acknowledge',
        kind: 'required',
        severity: 'warning',
        message: 'Acknowledge the trouble.',
        present: ['we understand'],
        insert: { at: 'body-start', text: ['I am sorry for the trouble.'] },
        examples: { bad: [{ text: '⟦⟧Your order ships today.' }], good: ['We understand. Your order ships today.'] },
      },
    ],
  };
  const locale = { language: 'tst', name: 'Test', abbreviations: [], greetings: ['hi'], signOffs: [], readability: { formula: 'none' }, apologies: ['sorry', 'apologi*'] };
  const coach = createCoach({ languages: [{ language: 'tst', locale, packs: [pack] }], language: 'tst' } as never);
  it('skips the insertion before "Sorry, but…"', () => {
    const report = coach.analyze('Sorry, but we cannot refund the ticket.', { language: 'tst' });
    const f = report.findings.find((x) => x.ruleId === 'tst.empathy.acknowledge')!;
    expect(f.suggestions).toEqual([]);
    expect(f.fixable).toBe(false);
    expect(report.rewrite).toBe('Sorry, but we cannot refund the ticket.');
  });
  it('inserts it where the sentence has none', () => {
    const report = coach.analyze('We cannot refund the ticket.', { language: 'tst' });
    expect(report.rewrite).toBe('I am sorry for the trouble. We cannot refund the ticket.');
  });
});

describe('Uzbek script', () => {
  const words: [string, string][] = [
    ["O'zbekiston", 'Ўзбекистон'],
    ['Oʻzbekiston', 'Ўзбекистон'],
    ["yo'q", 'йўқ'],
    ["YO'L", 'ЙЎЛ'],
    ["ma'lumot", 'маълумот'],
    ['maʼlumot', 'маълумот'],
    ["Is'hoq", 'Исҳоқ'],
    ['eshik', 'эшик'],
    ['poeziya', 'поэзия'],
    ['yetkazib', 'етказиб'],
    ['ayol', 'аёл'],
    ['choy', 'чой'],
    ['Shahar', 'Шаҳар'],
    ["so'rayman", 'сўрайман'],
    ["g'alaba", 'ғалаба'],
    ["qo'ng'iroq", 'қўнғироқ'],
    ['mingta', 'мингта'],
    ['kechirasiz', 'кечирасиз'],
    ['Toshkent', 'Тошкент'],
    ['yangi', 'янги'],
    ['yuz', 'юз'],
    ["san'at", 'санъат'],
    ["bog'", 'боғ'],
    ["Murojaatingiz uchun rahmat, so'rovingizni ko'rib chiqamiz.", 'Мурожаатингиз учун раҳмат, сўровингизни кўриб чиқамиз.'],
  ];
  for (const [latin, cyrillic] of words) {
    it(`${latin} → ${cyrillic}`, () => {
      expect(cyrillicFromLatin(latin)).toBe(cyrillic);
      // And back to the matching key of the Latin spelling (the sʼh apostrophe has no Cyrillic letter).
      if (!latin.includes("'h")) expect(fold(cyrillic)).toBe(fold(latin));
        expect(latinFromCyrillic(cyrillic.toLowerCase()).replace(/['ʼ]/g, '')).toBe(latin.toLowerCase().replace(/['ʻʼ]/g, ''));
    });
  }

  it('a Cyrillic draft gets its insertions in Cyrillic', () => {
    const text = 'Ассалому алайкум!\n\nБуюртмангиз эртага етказилади. Бошқа саволларингиз бўлса, ёзинг.';
    const report = analyze(text, { language: 'uz', inReplyTo: 'Uchinchi marta yozyapman, juda asabiylashdim, hech kim yordam bermayapti!' });
    const inserted = report.findings.flatMap((f) => f.suggestions[0]?.edits ?? []).filter((e) => e.start === e.end).map((e) => e.text);
    expect(inserted.length).toBeGreaterThan(0);
    for (const t of inserted) expect(t).not.toMatch(/[a-z]{2}/i);
  });
});

describe('Uzbek typed without oʻ/gʻ marks', () => {
  it('has the key of the marked spelling', () => {
    for (const [bare, marked] of [
      ['ozgartira', "o'zgartira"],
      ['notogri', 'notoʻgʻri'],
      ['jonata', 'jo‘nata'],
      ['bolim', 'boʻlim'],
      ['bolim', 'бўлим'],
    ] as [string, string][]) {
      expect(fold(bare), `${bare} / ${marked}`).toBe(fold(marked));
    }
  });
  it('keeps the tutuq belgisi, so English contractions stay apart from other words', () => {
    expect(fold("ma'lumot")).not.toBe(fold('malumot'));
    expect(fold("we're")).not.toBe(fold('were'));
    expect(fold("can't")).not.toBe(fold('cant'));
  });
  it('matches Uzbek patterns written with the marks', () => {
    const marked = analyze("Afsuski, buyurtmani o'zgartira olmaymiz.", { language: 'uz' }).findings.map((f) => f.ruleId);
    const bare = analyze('Afsuski, buyurtmani ozgartira olmaymiz.', { language: 'uz' }).findings.map((f) => f.ruleId);
    expect(marked.length).toBeGreaterThan(0);
    expect(bare).toEqual(marked);
  });
});

describe('after an inserted greeting with its comma, the letter goes on in lower case (pl, cs, sk)', () => {
  const rewriteOf = (language: string, text: string, name: string) => analyze(text, { language, channel: 'email', audience: { name } }).rewrite;
  it('the first word loses its capital', () => {
    expect(rewriteOf('cs', 'Objednávka je na cestě a dorazí ve čtvrtek, sledovat ji můžete v aplikaci.', 'Jana Nováková')).toMatch(
      /^Dobrý den, paní Nováková,\n\nobjednávka je na cestě/,
    );
    expect(rewriteOf('sk', 'Objednávka je na ceste a príde vo štvrtok, sledovať ju môžete v aplikácii.', 'Anna Kowalská')).toMatch(
      /^Dobrý deň, pani Kowalská,\n\nobjednávka je na ceste/,
    );
    expect(rewriteOf('pl', 'Zamówienie jest w drodze i dotrze w czwartek, można je śledzić w aplikacji.', 'Anna Kowalska')).toMatch(
      /^Dzień dobry, Pani Anno,\n\nzamówienie jest w drodze/,
    );
  });
  it('a polite form, the customer\'s name and a word the draft capitalises mid-sentence keep it', () => {
    expect(rewriteOf('cs', 'Vaše objednávka je na cestě a dorazí ve čtvrtek, sledovat ji můžete v aplikaci.', 'Jana Nováková')).toMatch(/,\n\nVaše objednávka/);
    expect(rewriteOf('pl', 'Pani zamówienie jest w drodze i dotrze w czwartek, można je śledzić w aplikacji.', 'Anna Kowalska')).toMatch(/,\n\nPani zamówienie/);
    expect(rewriteOf('cs', 'Alza Vám zásilku předá ve čtvrtek, sledovat ji můžete v aplikaci Alza i na webu.', 'Jana Nováková')).toMatch(/,\n\nAlza Vám/);
  });
  it('a greeting that ends with "!" and an English greeting leave the capital alone', () => {
    const options = { language: 'pl', channel: 'email', audience: { formality: 'informal' } } as const;
    const polish = analyze('Zamówienie jest w drodze i dotrze w czwartek, możesz je śledzić w aplikacji.', options).rewrite;
    expect(polish).toMatch(/^Cześć!\n\nZamówienie jest w drodze/);
    // Without the name a formal Polish letter is greeted "Dzień dobry," and goes on in lower case.
    const formal = analyze('Zamówienie jest w drodze i dotrze w czwartek, można je śledzić w aplikacji.', { language: 'pl', channel: 'email' }).rewrite;
    expect(formal).toMatch(/^Dzień dobry,\n\nzamówienie jest w drodze/);
    expect(rewriteOf('en', 'Your order is on its way and will arrive on Thursday, you can track it in the app.', 'Anna Kowalska')).toMatch(/,\n\nYour order/);
  });
});

describe('a replacement beside its own words', () => {
  it('drops plain words it repeats, never part of a bracket (sk)', () => {
    const jargon = (draft: string) => analyze(draft, { language: 'sk', channel: 'chat', categories: ['jargon'] }).rewrite;
    expect(jargon('Skúste vymazať cache prehliadača a prihláste sa znova.')).toBe('Skúste vymazať dočasné súbory prehliadača a prihláste sa znova.');
    expect(jargon('Reklamáciu sme poslali acquirerovi obchodníka.')).toContain('acquirerovi (banka obchodníka)');
  });
  it('an article after the replacement belongs to the next phrase, even when the replacement opens with one (en)', () => {
    const draft = "We're sorry for any inconvenience the delay has caused.";
    expect(analyze(draft, { language: 'en', channel: 'social' }).rewrite).toBe("We're sorry for the trouble the delay has caused.");
  });
});
