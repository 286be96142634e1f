import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocaleSchema } from '../src/schema/locale.js';
import { analyze } from '../src/index.js';
import { draftMarks, inDraftMarks } from '../src/text/marks.js';
import { tokenize } from '../src/text/tokenize.js';
import type { Report } from '../src/schema/report.js';

/**
 * Inserted text follows the draft's own way with marks: a chat typed without
 * diacritics ("dekujeme") gets its suggestions without them, and Uzbek gets
 * the draft's own apostrophe for oʻ/gʻ, or none where the draft writes none.
 */

/** The language's `marks` as its shipped locale gives them. */
const localeMarks = (language: string) => LocaleSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'locales', `${language}.json`), 'utf8'))).marks;
const marksOf = (language: string, text: string) => draftMarks(localeMarks(language), tokenize(text));

/** Every text a report would put into the draft: suggestions and the rewrite's new parts. */
function insertedTexts(report: Report): string[] {
  return report.findings.flatMap((f) => f.suggestions.flatMap((s) => s.edits.map((e) => e.text))).filter((t) => t.trim() !== '');
}

describe('reading the draft', () => {
  it('a Czech, Slovak or Polish draft with no diacritics and an everyday word typed without them is plain', () => {
    expect(marksOf('cs', 'Dobry den, objednavku jsme predali restauraci k provereni dnes.').plain).toBe(true);
    expect(marksOf('cs', 'Dobrý den, objednávku jsme předali restauraci k prověření dnes.').plain).toBe(false);
    expect(marksOf('pl', 'Dzien dobry, zwrot zostal zlecony dzis i pieniadze wroca.').plain).toBe(true);
    expect(marksOf('sk', 'Dobry den, objednavku sme odoslali dnes a pride zajtra.').plain).toBe(true);
  });
  it('a draft with no word that needs a mark tells nothing, a short one with such a word does; English has no convention', () => {
    expect(marksOf('cs', 'Kouknu na to a ozvu se do hodiny.').plain).toBe(false);
    expect(marksOf('pl', 'Nie ma powodu do zdenerwowania. Paczka jest w drodze.').plain).toBe(false);
    expect(marksOf('cs', 'Ok, dekujeme.').plain).toBe(true);
    expect(marksOf('cs', 'Ok, děkujeme, uz to jede.').plain).toBe(false);
    expect(marksOf('en', 'We will send the replacement parcel out to you tomorrow morning.').plain).toBe(false);
  });
  it('Uzbek: the mark after o and g, the tutuq belgisi, or none at all', () => {
    expect(marksOf('uz', "Buyurtmangiz bugun joʻnatildi, maʼlumot SMS orqali keladi.")).toEqual({ plain: false, turnedComma: 'ʻ', apostrophe: 'ʼ' });
    expect(marksOf('uz', 'Buyurtmangiz bugun jo’natildi va ertaga yetib keladi.')).toEqual({ plain: false, turnedComma: '’' });
    expect(marksOf('uz', 'Buyurtmangiz bugun jonatildi va ertaga soat oltigacha yetib keladi.').plain).toBe(true);
    expect(marksOf('uz', 'Pulingiz bugun qaytarildi, besh ish kuni ichida kartangizga tushadi.').plain).toBe(false);
    // Cyrillic drafts get Cyrillic text; the Latin marks do not arise.
    expect(marksOf('uz', 'Буюртмангиз бугун жўнатилди ва эртага соат олтигача етиб келади.').plain).toBe(false);
  });
});

describe('writing the inserted text', () => {
  it('strips diacritics, ł included, and leaves other characters alone', () => {
    expect(inDraftMarks('W razie pytań jestem do dyspozycji – wystarczy odpowiedzieć na tę wiadomość.', 'pl', { plain: true })).toBe(
      'W razie pytan jestem do dyspozycji – wystarczy odpowiedziec na te wiadomosc.',
    );
    expect(inDraftMarks('Dobrý den, paní Nováková, děkujeme Vám 🙂', 'cs', { plain: true })).toBe('Dobry den, pani Novakova, dekujeme Vam 🙂');
    expect(inDraftMarks('Zażółć gęślą jaźń, Łódź', 'pl', { plain: true })).toBe('Zazolc gesla jazn, Lodz');
    expect(inDraftMarks('Dobrý deň', 'sk', { plain: false })).toBe('Dobrý deň');
  });
  it("Uzbek: o'/g' take the draft's mark, the tutuq its own, and a plain draft loses both", () => {
    expect(inDraftMarks("Yana savollaringiz bo'lsa, ma'lumot beraman.", 'uz', { plain: false, turnedComma: 'ʻ', apostrophe: 'ʼ' })).toBe(
      'Yana savollaringiz boʻlsa, maʼlumot beraman.',
    );
    expect(inDraftMarks("Yana savollaringiz bo'lsa, ma'lumot beraman.", 'uz', { plain: true })).toBe('Yana savollaringiz bolsa, malumot beraman.');
    expect(inDraftMarks("qo'ng'iroq", 'uz', { plain: false, turnedComma: "'", apostrophe: '’' })).toBe("qo'ng'iroq");
  });
});

describe('the report follows the draft', () => {
  const polish = 'Dzien dobry,\n\nzwrot zostal zlecony dzis i pieniadze wroca na karte w ciagu pieciu dni roboczych.\n\nPozdrawiam\nOla';
  const polishMarked = 'Dzień dobry,\n\nzwrot został zlecony dziś i pieniądze wrócą na kartę w ciągu pięciu dni roboczych.\n\nPozdrawiam\nOla';
  it('a Polish email without diacritics gets its closing offer without them; with them, with them', () => {
    const plain = analyze(polish, { language: 'pl' });
    const offer = plain.findings.find((f) => f.ruleId === 'pl.personalization.missing-closing-offer');
    expect(offer?.excerpt).toBe('');
    expect(insertedTexts(plain).length).toBeGreaterThan(0);
    for (const text of insertedTexts(plain)) expect(text).not.toMatch(/[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u);
    expect(plain.rewrite.startsWith(polish.slice(0, polish.indexOf('\n\nPozdrawiam')))).toBe(true);
    expect(plain.rewrite).not.toMatch(/[ąćęłńóśźż]/u);
    const marked = analyze(polishMarked, { language: 'pl' });
    expect(insertedTexts(marked).some((t) => /[ąćęłńóśźż]/u.test(t))).toBe(true);
  });
  it('a Czech chat without diacritics gets its replacement without them', () => {
    const report = analyze('Dobry den, bohuzel vam nemuzeme vratit penize za objednavku, protoze uz byla dorucena.', { language: 'cs', channel: 'chat' });
    const cant = report.findings.find((f) => f.ruleId === 'cs.positive-language.we-cant');
    expect(cant?.excerpt).toBe('nemuzeme');
    expect(cant!.suggestions.length).toBeGreaterThan(0);
    for (const s of cant!.suggestions) expect(s.edits[0]!.text).not.toMatch(/[áčďéěíňóřšťúůýž]/iu);
  });
  it('an Uzbek email typed without marks gets its closing offer without them, one typed with ʻ with ʻ', () => {
    const body = (og: string) =>
      `Assalomu alaykum!\n\nBuyurtmangiz bugun jo${og}natildi va ertaga soat 18:00 gacha yetib keladi, kuryer oldindan qo${og}ng${og}iroq qiladi.\n\nHurmat bilan,\nDilshod`;
    const offerOf = (r: Report) => r.findings.find((f) => f.ruleId === 'uz.personalization.missing-closing-offer')!.suggestions.map((s) => s.edits[0]!.text);
    const plain = offerOf(analyze(body(''), { language: 'uz' }));
    expect(plain.length).toBeGreaterThan(0);
    for (const t of plain) expect(t).not.toMatch(/\p{L}['ʻ‘’`ʼ]\p{L}/u);
    const turned = offerOf(analyze(body('ʻ'), { language: 'uz' }));
    expect(turned.some((t) => /[oOgG]ʻ/u.test(t))).toBe(true);
    for (const t of turned) expect(t).not.toMatch(/[oOgG]'/u);
  });
});

describe('the word lists are locale data', () => {
  it('every language with marks lists them in its locale; a bad list is refused naming the field', () => {
    for (const language of ['cs', 'sk', 'pl']) expect(localeMarks(language)?.letters, language).toMatch(/^\p{L}+$/u);
    expect(localeMarks('uz')?.letters).toBeUndefined();
    expect(localeMarks('en')).toBeUndefined();
    const cs = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'locales', 'cs.json'), 'utf8'));
    const bad = LocaleSchema.safeParse({ ...cs, marks: { letters: 'áč', words: [] } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['marks.words']);
  });
});
