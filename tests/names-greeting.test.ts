import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

/** The first suggestion of the missing-greeting finding: the culture's {greeting} when it can be filled. */
function greetingFor(locale: string, name: string, title?: string): string | undefined {
  const draft = 'The corrected invoice is attached and shows your new billing address and the refund.';
  const report = analyze(draft, { language: 'en', channel: 'email', audience: { locale, name, formality: 'formal', ...(title ? { title } : {}) } });
  const finding = report.findings.find((f) => /missing-greeting/.test(f.ruleId));
  return finding?.suggestions[0]?.edits[0]?.text.trim();
}

describe('English greetings to cultures that address by title and family name', () => {
  test.each([
    ['ja-JP', 'Tanaka Kenji', 'Mr.', 'Dear Mr. Tanaka,'],
    ['ja-JP', 'Tanaka Kenji', undefined, 'Dear Tanaka-sama,'],
    ['ja-JP', 'Mori Hana', 'Ms.', 'Dear Ms. Mori,'],
    ['ko-KR', 'Kim Minjun', undefined, 'Dear Kim Minjun,'],
    ['ko-KR', 'Kim Minjun', 'Mr.', 'Dear Mr. Kim,'],
    ['zh-CN', 'Wang Fang', undefined, 'Dear Wang Fang,'],
    ['de-DE', 'Hans Müller', 'Herr', 'Dear Mr. Müller,'],
    ['de-DE', 'Hans Müller', undefined, 'Dear Hans Müller,'],
    ['fr-FR', 'Claire Martin', 'Madame', 'Dear Ms. Martin,'],
    ['pl-PL', 'Anna Kowalska', 'Pani', 'Dear Ms. Kowalska,'],
    ['cs-CZ', 'Petr Novák', 'pan', 'Dear Mr. Novák,'],
    ['en-IN', 'Priya Sharma', 'Dr.', 'Dear Dr. Sharma,'],
  ])('%s %s (%s) → %s', (locale, name, title, expected) => {
    const greeting = greetingFor(locale, name, title);
    expect(greeting).toBe(expected);
    expect(greeting).not.toContain('!');
  });
  test('the name order follows the culture whatever order the caller used with a comma', () => {
    expect(greetingFor('ja-JP', 'Tanaka, Kenji', 'Mr.')).toBe('Dear Mr. Tanaka,');
  });
});

describe('greetings in the culture\'s own language keep their formulas', () => {
  test('Slovak: "Dobrý deň, pán Novák," with the title in Slovak even when given in English', () => {
    const report = analyze('Vrátenie peňazí sme dnes zadali a peniaze budú na karte do piatich pracovných dní.', {
      language: 'sk',
      channel: 'email',
      audience: { locale: 'sk-SK', name: 'Peter Novák', title: 'Mr.' },
    });
    const texts = report.findings.flatMap((f) => f.suggestions.map((s) => s.edits[0]?.text ?? ''));
    expect(texts.join('\n')).not.toContain('Mr.');
  });
});

describe('Slovak surnames in short -a: the gender is read only where the grammar states it', () => {
  const draft = 'Dobrý deň,\n\nreklamáciu sme uznali a nový kus Vám pošleme v pondelok.';
  const report = (name: string) => analyze(draft, { language: 'sk', channel: 'email', audience: { name } });
  test('an adjectival surname (Čierna, the rhythmic law\'s short -a) is a woman: the greeting is completed unattended', () => {
    const r = report('Zuzana Čierna');
    expect(r.rewrite).toBe('Dobrý deň, pani Čierna,\n\nreklamáciu sme uznali a nový kus Vám pošleme v pondelok.');
  });
  test('a masculine noun surname in -a (Vrána, Skala) is left open: both forms offered, neither applied', () => {
    for (const name of ['Pavol Vrána', 'Milan Skala']) {
      const r = report(name);
      const f = r.findings.find((x) => x.ruleId === 'sk.personalization.greeting-without-name')!;
      expect(f.excerpt).toBe('');
      expect(f.fixable).toBe(false);
      const family = name.split(' ')[1];
      expect(f.suggestions.map((s) => s.edits[0]!.text)).toEqual([`, pani ${family}`, `, pán ${family}`]);
      expect(r.rewrite).toBe(draft);
    }
  });
});
