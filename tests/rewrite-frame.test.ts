import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeOptions } from '../src/index.js';

/**
 * The rewrite keeps a reply's frame: a sign-off is rewritten into a sign-off, never into a greeting, and the
 * reader is addressed in the greeting, not in the sign-off or the signature under it.
 */

/** Every text the findings' suggestions would put inside the draft's last lines (from `from` on). */
function suggestedAfter(draft: string, options: AnalyzeOptions, from: string): string[] {
  const at = draft.lastIndexOf(from);
  return analyze(draft, options).findings.flatMap((f) => f.suggestions.flatMap((s) => s.edits.filter((e) => e.start >= at).map((e) => e.text)));
}

describe('a casual sign-off becomes a sign-off', () => {
  it.each([
    ['cs', { channel: 'chat' }, 'Ahoj, objednávka už je na cestě, zítra ji máte doma.\nČau\nLucka', 'Dobrý den, objednávka už je na cestě, zítra ji máte doma.\nS pozdravem\nLucka'],
    ['sk', { channel: 'chat' }, 'Ahoj, objednávka je už na ceste, zajtra ju máte doma.\nČau\nLucka', 'Dobrý deň, objednávka je už na ceste, zajtra ju máte doma.\nS pozdravom\nLucka'],
    ['pl', { channel: 'chat', audience: { locale: 'pl-PL' } }, 'Hej, zamówienie jest już w drodze, jutro będzie u Pani.\nCześć\nKasia', 'Dzień dobry, zamówienie jest już w drodze, jutro będzie u Pani.\nPozdrawiam\nKasia'],
    // A farewell at the end of the last line is a sign-off too, and becomes the closing line: the formula on a line of
    // its own with no mark after it, the name under it.
    ['pl', { channel: 'chat', audience: { locale: 'pl-PL' } }, 'Cześć, zwrot zlecimy jutro rano. Cześć!', 'Dzień dobry, zwrot zlecimy jutro rano.\nPozdrawiam'],
    ['cs', { audience: { formality: 'formal' } }, 'Dobrý den,\n\nheslo jsme Vám obnovili, odkaz platí do 30 minut. Čau!', 'Dobrý den,\n\nheslo jsme Vám obnovili, odkaz platí do 30 minut.\n\nS pozdravem'],
    ['sk', { audience: { formality: 'formal' } }, 'Dobrý deň,\n\nheslo sme Vám obnovili, odkaz platí 30 minút. Čau, Lucka!', 'Dobrý deň,\n\nheslo sme Vám obnovili, odkaz platí 30 minút.\n\nS pozdravom\nLucka'],
    // After the formula a Polish letter puts no mark.
    ['pl', { audience: { formality: 'formal' } }, 'Cześć!\n\nZwrot zlecimy jutro rano.\n\nCześć!\nMarek', 'Dzień dobry,\n\nzwrot zlecimy jutro rano.\n\nZ poważaniem\nMarek'],
  ] as const)('%s: the greeting is a greeting, the sign-off a sign-off', (language, options, draft, rewrite) => {
    expect(analyze(draft, { language, ...options }).rewrite).toBe(rewrite);
  });

  it('no suggestion puts a greeting or the reader’s name into the sign-off', () => {
    const cs = 'Objednávku jsme odeslali, dorazí zítra dopoledne kurýrem na Vaši adresu. Kdybyste cokoli potřebovali, napište nám.\n\nAhoj\nLucka';
    expect(suggestedAfter(cs, { language: 'cs', audience: { name: 'Eva Nováková' } }, 'Ahoj')).toEqual(['S pozdravem']);
    const sk = 'Objednávku sme odoslali, príde zajtra dopoludnia kuriérom na Vašu adresu. Ak budete mať otázky, napíšte nám.\n\nČau\nLucka';
    expect(suggestedAfter(sk, { language: 'sk', audience: { name: 'Eva Nováková' } }, 'Čau')).toEqual(['S pozdravom']);
    // The agent signs with a nickname of the customer's name: it is not the customer to address.
    const pl = 'Dzień dobry, Pani Katarzyno,\n\nzamówienie jest już w drodze, jutro będzie u Pani. W razie pytań proszę o kontakt.\n\nPozdrawiam\nKasia';
    expect(suggestedAfter(pl, { language: 'pl', audience: { name: 'Katarzyna Kowalska' } }, 'Pozdrawiam')).toEqual([]);
  });
});

describe('the mark after a greeting', () => {
  it('closes the greeting line with a comma, and the letter goes on in lower case', () => {
    const r = analyze('Dobrý den, paní Marková!\n\nDěkujeme za objednávku! Odešleme ji zítra.', { language: 'cs', audience: { name: 'Petra Marková' } });
    expect(r.rewrite).toBe('Dobrý den, paní Marková,\n\nděkujeme za objednávku. Odešleme ji zítra.');
    expect(r.findings.filter((f) => f.ruleId === 'cs.formality.exclamation').map((f) => f.excerpt)).toEqual(['!', '!']);
  });
  it('a greeting that goes on into a sentence keeps the full stop', () => {
    expect(analyze('Dobrý den, děkujeme za objednávku!\nOdešleme ji zítra.', { language: 'cs' }).rewrite).toBe('Dobrý den, děkujeme za objednávku.\nOdešleme ji zítra.');
  });
});

describe('a sign-off glued to the last sentence becomes the closing lines', () => {
  const body = {
    en: 'Hi Anna,\n\nYour refund was issued today and should reach your card within five business days. Let me know if anything else comes up.',
    pl: 'Dzień dobry,\n\nzwrot został zlecony dziś i pieniądze wrócą na kartę w ciągu pięciu dni roboczych. W razie pytań jestem do dyspozycji.',
    sk: 'Dobrý deň,\n\nvrátenie peňazí sme dnes zadali a peniaze budú na karte do piatich pracovných dní. Ak by ste niečo potrebovali, ozvite sa.',
  };
  it.each([
    // The formula the sign-off rule would add is there already: it moves, it is not added twice.
    ['pl', `${body.pl} Z poważaniem.`, `${body.pl}\n\nZ poważaniem`],
    // A farewell signed with a name keeps its own words, on its own lines.
    ['en', `${body.en} Thanks, Sam`, `${body.en}\n\nThanks,\nSam`],
    ['pl', `${body.pl} Pozdrawiam, Kasia`, `${body.pl}\n\nPozdrawiam\nKasia`],
    ['sk', `${body.sk} S pozdravom, Peter`, `${body.sk}\n\nS pozdravom\nPeter`],
    // A wish ends the body as a sentence; the formula goes under it.
    ['sk', `${body.sk} Pekný deň.`, `${body.sk} Pekný deň.\n\nS pozdravom`],
  ] as const)('%s: %j', (language, draft, rewrite) => {
    expect(analyze(draft, { language }).rewrite).toBe(rewrite);
  });
  it('a farewell that names the reader is no signature: the sign-off goes under it', () => {
    const draft = `${body.en} Thanks, Anna!`;
    expect(analyze(draft, { language: 'en', audience: { name: 'Anna Smith' } }).rewrite).toBe(`${draft}\n\nBest regards,`);
  });
});
