import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/**
 * A canned response goes to many customers: the name of the one whose ticket is open (audience.name) must never
 * take the place of the template's name placeholder, in the rewrite or in any suggestion, in any language.
 */

const FIELD = 'ticket.requester.first_name';
const P = `{{${FIELD}}}`;

const CASES: { language: string; draft: string; name: string; locale: string; keepsPlaceholder: boolean }[] = [
  { language: 'sk', draft: `Ahoj ${P},\n\nVašu objednávku sme odoslali. Príde vo štvrtok.`, name: 'Zuzana Šimková', locale: 'sk-SK', keepsPlaceholder: true },
  { language: 'sk', draft: `Dobrý deň, ${P},\n\nVašu objednávku sme odoslali. Príde vo štvrtok.`, name: 'Zuzana Šimková', locale: 'sk-SK', keepsPlaceholder: true },
  // Czech and Polish leave the first name out of a formal greeting (no nominative after "Dobrý den," / "Dzień dobry,").
  { language: 'cs', draft: `Ahoj ${P},\n\nVaši objednávku jsme odeslali. Dorazí ve čtvrtek.`, name: 'Jana Nováková', locale: 'cs-CZ', keepsPlaceholder: false },
  { language: 'pl', draft: `Cześć ${P},\n\nPani zamówienie wysłaliśmy. Dotrze w czwartek.`, name: 'Anna Lis', locale: 'pl-PL', keepsPlaceholder: false },
  { language: 'en', draft: `Hi ${P},\n\nWe have shipped your order. It arrives on Thursday.`, name: 'Kenji Tanaka', locale: 'ja-JP', keepsPlaceholder: true },
  { language: 'en', draft: `Dear Mr. ${P},\n\nWe have shipped your order. It arrives on Thursday.`, name: 'Kenji Tanaka', locale: 'ja-JP', keepsPlaceholder: true },
  { language: 'uz', draft: `Salom ${P},\n\nBuyurtmangiz yuborildi. Payshanba kuni yetib boradi.`, name: 'Laylo Nazarova', locale: 'uz-UZ', keepsPlaceholder: true },
];

function applied(draft: string, edits: { start: number; end: number; text: string }[]): string {
  let out = draft;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('a template keeps its name placeholder', () => {
  for (const c of CASES) {
    it(`${c.language}: ${c.draft.split('\n')[0]}`, () => {
      const report = analyze(c.draft, { language: c.language, channel: 'email', template: true, audience: { name: c.name, locale: c.locale, formality: 'formal' } });
      const parts = c.name.split(' ');
      const texts = [report.rewrite, ...report.findings.flatMap((f) => f.suggestions.map((s) => applied(c.draft, s.edits)))];
      for (const text of texts) for (const part of parts) expect(text, text).not.toContain(part);
      if (c.keepsPlaceholder) expect(report.rewrite).toContain(FIELD);
    });
  }
});
