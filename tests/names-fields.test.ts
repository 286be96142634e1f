import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, createCoach, loadPack } from '../src/index.js';

/** Every rule of every shipped pack, as JSON. */
function shippedRules(): { file: string; rule: { id: string; fix?: boolean; [k: string]: unknown } }[] {
  const dir = join(import.meta.dirname, '..', 'rules');
  const out: { file: string; rule: { id: string; fix?: boolean } }[] = [];
  for (const language of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(dir, language.name)).filter((f) => f.endsWith('.json'))) {
      const pack = JSON.parse(readFileSync(join(dir, language.name, file), 'utf8')) as { rules: { id: string; fix?: boolean }[] };
      for (const rule of pack.rules) out.push({ file: `${language.name}/${file}`, rule });
    }
  }
  return out;
}

describe('gendered alternatives never reach the unattended rewrite', () => {
  test('a rule that offers both {vocativeMale} and {vocativeFemale} sets "fix": false (one alone follows the draft\'s own Pani/Panie)', () => {
    const unsafe = shippedRules()
      .filter(({ rule }) => /\{vocativeMale\}/.test(JSON.stringify(rule)) && /\{vocativeFemale\}/.test(JSON.stringify(rule)) && rule.fix !== false)
      .map(({ file, rule }) => `${file} ${rule.id}`);
    expect(unsafe).toEqual([]);
  });

  const pack = {
    language: 'pl',
    category: 'personalization',
    description: 'Test pack.',
    rules: [
      {
        id: 'pl.personalization.test-vocative',
        kind: 'phrase',
        severity: 'suggestion',
        message: 'Powitanie bez imienia.',
        patterns: ['dzień|dzien dobry'],
        suggestions: ['Dzień dobry {vocative}', 'Dzień dobry {vocativeFemale}', 'Dzień dobry {vocativeMale}', 'Dzień dobry'],
        fix: false,
        examples: { bad: [{ text: '⟦Dzień dobry⟧, paczka jest w drodze.', rewrite: 'Dzień dobry Pani Anno, paczka jest w drodze.', options: { audience: { name: 'Anna Nowak', title: 'Pani' } } }], good: ['Paczka jest w drodze.'] },
      },
    ],
  };
  const coach = createCoach({ builtinPacks: false });
  const suggestions = (audience: { name?: string; title?: string }) => {
    const report = coach.analyze('Dzień dobry, paczka jest w drodze i dotrze jutro.', { language: 'pl', packs: [loadPack(pack)], audience });
    const f = report.findings.find((x) => x.ruleId === 'pl.personalization.test-vocative')!;
    return { texts: f.suggestions.map((s) => s.edits[0]!.text), rewrite: report.rewrite };
  };
  test('with a title: {vocative} and the same alternative, never the other gender', () => {
    expect(suggestions({ name: 'Anna Nowak', title: 'Pani' }).texts).toEqual(['Dzień dobry Pani Anno', 'Dzień dobry Pani Anno', 'Dzień dobry']);
    expect(suggestions({ name: 'Tomasz Nowak', title: 'Pan' }).texts).toEqual(['Dzień dobry Panie Tomaszu', 'Dzień dobry Panie Tomaszu', 'Dzień dobry']);
  });
  test('without a title: both alternatives, and the rewrite leaves the greeting alone', () => {
    const { texts, rewrite } = suggestions({ name: 'Anna Nowak' });
    expect(texts).toEqual(['Dzień dobry Pani Anno', 'Dzień dobry Panie Anno', 'Dzień dobry']);
    expect(rewrite).toBe('Dzień dobry, paczka jest w drodze i dotrze jutro.');
  });
  test('without a name: the plain formula', () => {
    expect(suggestions({}).texts).toEqual(['Dzień dobry']);
  });
});

describe('{title} in the draft\'s language', () => {
  test('a Slovak draft greets "pán Novák" when the caller gave "Mr."', () => {
    const report = analyze('Vrátenie peňazí sme dnes zadali a peniaze budú na karte do piatich pracovných dní.', {
      language: 'sk',
      channel: 'email',
      audience: { locale: 'sk-SK', name: 'Peter Novák', title: 'Mr.' },
    });
    const greeting = report.findings.find((f) => /missing-greeting/.test(f.ruleId));
    if (greeting?.suggestions.some((s) => /Novák/.test(s.edits[0]!.text))) {
      expect(greeting.suggestions.map((s) => s.edits[0]!.text).join('\n')).toContain('pán Novák');
    }
  });
});
