import { describe, expect, it } from 'vitest';
import { createCoach, loadPack } from '../src/index.js';
import { lix } from '../src/checks/readability.js';
import { tokenize } from '../src/text/tokenize.js';

/** Engine features the seed languages need, on small packs of their own. */
const examples = { bad: [{ text: '⟦x⟧' }], good: ['y'] };

function coachWith(language: string, patterns: string[], suggestions: string[] = ['OK']) {
  return createCoach({
    builtinPacks: false,
    packs: [
      loadPack({
        language,
        category: 'formality',
        rules: [{ id: `${language}.formality.probe`, kind: 'phrase', severity: 'warning', message: '“{excerpt}”', patterns, suggestions, examples }],
      }),
    ],
  });
}

const excerpts = (coach: ReturnType<typeof coachWith>, text: string, language: string) =>
  coach.analyze(text, { language }).findings.map((f) => [f.excerpt, text.slice(f.start, f.end)]);

describe('matching in the seed languages', () => {
  it('ignores diacritics both ways and catches inflected forms by prefix', () => {
    const coach = coachWith('sk', ['nemôžeme', 'problém*']);
    expect(excerpts(coach, 'Bohužiaľ nemozeme, je tu problemu.', 'sk')).toEqual([
      ['nemozeme', 'nemozeme'],
      ['problemu', 'problemu'],
    ]);
    expect(excerpts(coach, 'S problémami nemôžeme pomôcť.', 'sk').map((e) => e[0])).toEqual(['problémami', 'nemôžeme']);
  });

  it('matches an exact spelling only with =word', () => {
    const coach = coachWith('cs', ['=vám'], ['Vám']);
    const text = 'Děkujeme Vám. Pošleme vám to zítra.';
    const report = coach.analyze(text, { language: 'cs' });
    expect(report.findings.map((f) => [f.start, f.excerpt])).toEqual([[22, 'vám']]);
    expect(report.rewrite).toBe('Děkujeme Vám. Pošleme Vám to zítra.');
  });

  it('treats every Uzbek apostrophe alike', () => {
    const coach = coachWith('uz', ["o'zbek"]);
    for (const spelling of ['oʻzbek', "o'zbek", 'o’zbek', 'o‘zbek', 'o`zbek']) {
      expect(excerpts(coach, `Biz ${spelling} tilida yozamiz.`, 'uz')).toEqual([[spelling, spelling]]);
    }
  });

  it('matches Uzbek Cyrillic drafts against Latin patterns, with offsets in the original text', () => {
    const coach = coachWith('uz', ['qaytarib bera olmaymiz', "yetkazib bera olmaymiz"]);
    const text = 'Кечирасиз, лекин биз пулни қайтариб бера олмаймиз.';
    const report = coach.analyze(text, { language: 'uz' });
    expect(report.findings.map((f) => f.excerpt)).toEqual(['қайтариб бера олмаймиз']);
    expect(report.findings[0]!.start).toBe(text.indexOf('қайтариб'));
    expect(excerpts(coach, 'Етказиб бера олмаймиз.', 'uz').map((e) => e[0])).toEqual(['Етказиб бера олмаймиз']);
  });

  it('computes LIX: words per sentence plus the share of long words', () => {
    // 8 words in 2 sentences; objednávku, odešleme and dopoledne have more than six letters: 4 + 37.5.
    const tokens = tokenize('Dobrý den, objednávku odešleme. Přijde zítra ráno dopoledne.');
    tokens.forEach((t) => (t.sentence = t.start < 32 ? 0 : 1));
    expect(lix(tokens, 2)).toEqual({ formula: 'lix', score: 41.5 });
  });
});

describe('Uzbek in Cyrillic', () => {
  it('gets its replacement back in Cyrillic', () => {
    const coach = coachWith('uz', ['sen'], ['Siz']);
    const report = coach.analyze('Сен тўлов қилдингми?', { language: 'uz' });
    expect(report.findings.map((f) => f.excerpt)).toEqual(['Сен']);
    expect(report.findings[0]!.suggestions[0]!.edits[0]!.text).toBe('Сиз');
  });

  it('round-trips Latin and Cyrillic spellings', async () => {
    const { cyrillicFromLatin, latinFromCyrillic } = await import('../src/text/uzbek.js');
    for (const [lat, cyr] of [
      ["o'zbek", 'ўзбек'],
      ["g'oya", 'ғоя'],
      ['yetkazib', 'етказиб'],
      ['eshik', 'эшик'],
      ['shoshilinch', 'шошилинч'],
      ["ma'lumot", 'маълумот'],
    ] as const) {
      expect(cyrillicFromLatin(lat)).toBe(cyr);
      expect(latinFromCyrillic(cyr)).toBe(lat);
    }
    expect(cyrillicFromLatin('Rahmat, Siz')).toBe('Раҳмат, Сиз');
  });

  it('keeps a word-final g\' as one word', () => {
    const coach = coachWith('uz', ["sog'"]);
    expect(excerpts(coach, "Sog' bo'ling!", 'uz')).toEqual([["Sog'", "Sog'"]]);
    expect(excerpts(coach, 'Sogʻ boʻling!', 'uz')).toEqual([['Sogʻ', 'Sogʻ']]);
  });
});
