import { describe, expect, test } from 'vitest';
import { analyze, createCoach, loadPack } from '../src/index.js';

describe('gendered alternatives never reach the unattended rewrite', () => {
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
        unless: ['dzień|dzien dobry pani|panie *'],
        suggestions: ['Dzień dobry {vocative}', 'Dzień dobry {vocativeFemale}', 'Dzień dobry {vocativeMale}', 'Dzień dobry'],
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
  test('with a title: {vocative} once (its alternative fills in alike), never the other gender, and the rewrite applies it', () => {
    expect(suggestions({ name: 'Anna Nowak', title: 'Pani' }).texts).toEqual(['Dzień dobry Pani Anno', 'Dzień dobry']);
    expect(suggestions({ name: 'Tomasz Nowak', title: 'Pan' }).texts).toEqual(['Dzień dobry Panie Tomaszu', 'Dzień dobry']);
    expect(suggestions({ name: 'Anna Nowak', title: 'Pani' }).rewrite).toBe('Dzień dobry Pani Anno, paczka jest w drodze i dotrze jutro.');
  });
  test('a surname that states the gender acts as the title does', () => {
    const { texts, rewrite } = suggestions({ name: 'Anna Kowalska' });
    expect(texts).toEqual(['Dzień dobry Pani Anno', 'Dzień dobry']);
    expect(rewrite).toBe('Dzień dobry Pani Anno, paczka jest w drodze i dotrze jutro.');
  });
  test('without a title: both alternatives, and the rewrite leaves the greeting alone although the rule is fixable', () => {
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
