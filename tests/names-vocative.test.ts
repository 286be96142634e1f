import { describe, expect, test, vi } from 'vitest';
import { czechVocative, polishVocative } from '../src/names/index.js';
import { addressForms, splitName } from '../src/names/address.js';
import { registerVocative } from '../src/names/vocatives.js';
import { cs } from '../src/languages/cs.js';
import { pl } from '../src/languages/pl.js';

// createCoach registers its languages' declension; these tests call the name functions directly.
registerVocative('cs', cs.vocative);
registerVocative('pl', pl.vocative);

describe('declension travels with its language module', () => {
  test('a coach without Czech or Polish keeps names as written; registering the language declines them', async () => {
    vi.resetModules();
    const names = await import('../src/names/address.js');
    const { nicknamesOf } = await import('../src/names/nicknames.js');
    const { registerVocative: register } = await import('../src/names/vocatives.js');
    const forms = (language: string, name: string, title: string) => names.addressForms(language, names.splitName(name, false), title);
    expect(forms('cs', 'Jan Novák', 'pan').vocative).toBe('pane Novák');
    expect(forms('pl', 'Tomasz Nowak', 'Pan').vocative).toBe('Panie Tomasz');
    expect(nicknamesOf('Małgorzata').has('gosiu')).toBe(false);
    register('cs', cs.vocative);
    register('pl', pl.vocative);
    expect(forms('cs', 'Jan Novák', 'pan').vocative).toBe('pane Nováku');
    expect(forms('pl', 'Tomasz Nowak', 'Pan').vocative).toBe('Panie Tomaszu');
    // The nickname index is rebuilt with the Polish vocatives of the diminutives.
    expect(nicknamesOf('Małgorzata').has('gosiu')).toBe(true);
    expect(nicknamesOf('Małgorzata').has('gosia')).toBe(true);
  });
});

describe('Polish given-name vocative', () => {
  const cases: [string, string][] = [
    ['Anna', 'Anno'], ['Ewa', 'Ewo'], ['Agnieszka', 'Agnieszko'], ['Małgorzata', 'Małgorzato'], ['Joanna', 'Joanno'],
    ['Kasia', 'Kasiu'], ['Basia', 'Basiu'], ['Zosia', 'Zosiu'], ['Ania', 'Aniu'], ['Gosia', 'Gosiu'], ['Madzia', 'Madziu'],
    ['Maja', 'Maju'], ['Maria', 'Mario'], ['Julia', 'Julio'], ['Zofia', 'Zofio'], ['Natalia', 'Natalio'], ['Łucja', 'Łucjo'],
    ['Ola', 'Olu'], ['Pola', 'Polu'], ['Kuba', 'Kubo'], ['Zuzanna', 'Zuzanno'], ['Oliwia', 'Oliwio'], ['Nikola', 'Nikolo'],
    ['Maksymilian', 'Maksymilianie'], ['Oliwier', 'Oliwierze'], ['Kazimierz', 'Kazimierzu'], ['Mikołaj', 'Mikołaju'], ['Benedykt', 'Benedykcie'],
    ['Tomasz', 'Tomaszu'], ['Łukasz', 'Łukaszu'], ['Piotr', 'Piotrze'], ['Artur', 'Arturze'], ['Aleksander', 'Aleksandrze'],
    ['Marek', 'Marku'], ['Jacek', 'Jacku'], ['Tomek', 'Tomku'], ['Wojtek', 'Wojtku'], ['Franciszek', 'Franciszku'], ['Maciek', 'Maćku'],
    ['Paweł', 'Pawle'], ['Michał', 'Michale'], ['Rafał', 'Rafale'], ['Jan', 'Janie'], ['Marcin', 'Marcinie'], ['Adam', 'Adamie'],
    ['Jakub', 'Jakubie'], ['Filip', 'Filipie'], ['Krzysztof', 'Krzysztofie'], ['Stanisław', 'Stanisławie'], ['Robert', 'Robercie'],
    ['Dawid', 'Dawidzie'], ['Andrzej', 'Andrzeju'], ['Maciej', 'Macieju'], ['Grzegorz', 'Grzegorzu'], ['Wojciech', 'Wojciechu'],
    ['Karol', 'Karolu'], ['Kamil', 'Kamilu'], ['Henryk', 'Henryku'], ['Dominik', 'Dominiku'], ['Krzyś', 'Krzysiu'],
    // No vocative of its own, or unsure: the nominative.
    ['Jerzy', 'Jerzy'], ['Antoni', 'Antoni'], ['Bruno', 'Bruno'],
  ];
  test.each(cases)('%s → %s', (name, vocative) => expect(polishVocative(name)).toBe(vocative));
  test('a woman\'s name without -a keeps its nominative', () => {
    expect(polishVocative('Karen', 'female')).toBe('Karen');
    expect(polishVocative('Noemi', 'female')).toBe('Noemi');
  });
  test('double names decline part by part; capitals are kept', () => {
    expect(polishVocative('Anna-Maria')).toBe('Anno-Mario');
    expect(polishVocative('ANNA')).toBe('ANNO');
  });
});

describe('Czech vocative (czech-vocative)', () => {
  test.each([
    ['Novák', 'Nováku'], ['Dvořák', 'Dvořáku'], ['Svoboda', 'Svobodo'], ['Procházka', 'Procházko'], ['Černý', 'Černý'],
    ['Němec', 'Němče'], ['Beneš', 'Beneši'], ['Horák', 'Horáku'],
  ])('pane %s → pane %s', (name, vocative) => expect(czechVocative(name, 'male', true)).toBe(vocative));
  test('a woman\'s surname does not change; her given name in -a takes -o', () => {
    expect(czechVocative('Nováková', 'female', true)).toBe('Nováková');
    expect(czechVocative('Jana', 'female', false)).toBe('Jano');
    expect(czechVocative('Lucie', 'female', false)).toBe('Lucie');
  });
});

describe('{vocative} and the gendered alternatives', () => {
  const forms = (language: string, name: string, title?: string) => addressForms(language, splitName(name, false), title);
  test('Polish: Pan/Pani with the given name in the vocative', () => {
    expect(forms('pl', 'Anna Kowalska', 'Pani').vocative).toBe('Pani Anno');
    expect(forms('pl', 'Tomasz Nowak', 'Pan').vocative).toBe('Panie Tomaszu');
    expect(forms('pl', 'Tomasz Nowak', 'Mr.').vocative).toBe('Panie Tomaszu');
    expect(forms('pl', 'Tomasz Nowak', 'Mr.').title).toBe('Pan');
  });
  test('Czech: pane + vocative surname, paní + surname as it is', () => {
    expect(forms('cs', 'Petr Novák', 'pan').vocative).toBe('pane Nováku');
    expect(forms('cs', 'Petr Dvořák', 'Mr.').vocative).toBe('pane Dvořáku');
    expect(forms('cs', 'Jana Nováková', 'paní').vocative).toBe('paní Nováková');
  });
  test('Slovak: no vocative, pán/pani with the surname', () => {
    expect(forms('sk', 'Peter Novák', 'pán').vocative).toBe('pán Novák');
    expect(forms('sk', 'Jana Nováková', 'Ms.').vocative).toBe('pani Nováková');
  });
  test('English: the title as given or its English equivalent', () => {
    expect(forms('en', 'Anna Kowalska', 'Pani').vocative).toBe('Ms. Kowalska');
    expect(forms('en', 'Anna Kowalska', 'Pani').title).toBe('Ms.');
    expect(forms('en', 'John Smith', 'Dr.').vocative).toBe('Dr. Smith');
    expect(forms('en', 'John Smith', 'Mrs.').vocative).toBe('Mrs. Smith');
  });
  test('without a title: both alternatives, no {vocative}; with one: only its own alternative', () => {
    const pl = forms('pl', 'Anna Nowak');
    expect(pl.vocative).toBeUndefined();
    expect(pl.vocativeFemale).toBe('Pani Anno');
    expect(pl.vocativeMale).toBe('Panie Anno');
    expect(forms('cs', 'Petr Novák')).toMatchObject({ vocativeMale: 'pane Nováku', vocativeFemale: 'paní Novák' });
    expect(forms('sk', 'Peter Novák')).toMatchObject({ vocativeMale: 'pán Novák', vocativeFemale: 'pani Novák' });
    expect(forms('pl', 'Anna Kowalska', 'Pani')).toMatchObject({ vocative: 'Pani Anno', vocativeFemale: 'Pani Anno' });
    expect(forms('pl', 'Anna Kowalska', 'Pani').vocativeMale).toBeUndefined();
    expect(forms('cs', 'Petr Novák', 'Mr.').vocativeFemale).toBeUndefined();
  });
  test('a title with no gender gives no vocative outside English', () => {
    expect(forms('pl', 'Anna Nowak', 'Dr').vocative).toBeUndefined();
    expect(forms('uz', 'Dilnoza Karimova', 'opa').vocative).toBeUndefined();
  });
});

describe('a surname whose grammar states the gender', () => {
  const forms = (language: string, name: string, title?: string) => addressForms(language, splitName(name, false), title);
  test('Czech and Slovak -ová, -á are a woman, -ý a man; noun surnames say nothing', () => {
    expect(forms('cs', 'Jana Nováková')).toMatchObject({ vocative: 'paní Nováková', vocativeFemale: 'paní Nováková' });
    expect(forms('cs', 'Jana Nováková').vocativeMale).toBeUndefined();
    expect(forms('cs', 'Tomáš Černý').vocative).toBe('pane Černý');
    expect(forms('sk', 'Anna Kowalská').vocative).toBe('pani Kowalská');
    expect(forms('sk', 'Juraj Hrubý').vocative).toBe('pán Hrubý');
    expect(forms('cs', 'Petr Novák').vocative).toBeUndefined();
    expect(forms('cs', 'Jan Skála').vocative).toBeUndefined();
    expect(forms('sk', 'Marek Šimko').vocative).toBeUndefined();
  });
  test('Slovak adjectival surnames with a short -a after a long syllable (Čierna, Biela) are a woman, their -y pair a man', () => {
    expect(forms('sk', 'Zuzana Čierna')).toMatchObject({ vocative: 'pani Čierna', vocativeFemale: 'pani Čierna' });
    expect(forms('sk', 'Zuzana Čierna').vocativeMale).toBeUndefined();
    expect(forms('sk', 'Katarína Biela').vocative).toBe('pani Biela');
    expect(forms('sk', 'Jana Krásna').vocative).toBe('pani Krásna');
    expect(forms('cs', 'Eva Čierna').vocative).toBe('paní Čierna');
    expect(forms('sk', 'Ján Čierny').vocative).toBe('pán Čierny');
    expect(forms('sk', 'Peter Múdry').vocative).toBe('pán Múdry');
    // Already read by the -á ending: Malá, Dlhá (no long syllable before the ending, so it stays long).
    expect(forms('sk', 'Eva Malá').vocative).toBe('pani Malá');
  });
  test('a masculine surname in -a stays unknown, with both forms offered (Skala, Baťa, Vrána, Bláha; -y of Nagy)', () => {
    for (const name of ['Milan Skala', 'Tomáš Baťa', 'Pavol Vrána', 'Jozef Bláha', 'Ondrej Kosa', 'Marek Mihalka', 'Eva Nagy']) {
      const f = forms('sk', name);
      expect(f.vocative, name).toBeUndefined();
      expect(f.vocativeMale, name).toBeDefined();
      expect(f.vocativeFemale, name).toBeDefined();
    }
  });
  test('Polish -ska, -cka, -dzka are a woman, -ski, -cki, -dzki a man; Nowak says nothing', () => {
    expect(forms('pl', 'Anna Kowalska').vocative).toBe('Pani Anno');
    expect(forms('pl', 'Tomasz Zawadzki').vocative).toBe('Panie Tomaszu');
    expect(forms('pl', 'Ewa Nowacka').vocative).toBe('Pani Ewo');
    expect(forms('pl', 'Anna Nowak').vocative).toBeUndefined();
  });
  test('a title wins over the surname, {title} stays the caller\'s, and other languages read nothing', () => {
    expect(forms('sk', 'Juraj Hrubý', 'pani').vocative).toBe('pani Hrubý');
    expect(forms('pl', 'Anna Kowalska', 'Dr')).toMatchObject({ title: 'Dr', vocative: 'Pani Anno' });
    expect(forms('pl', 'Anna Kowalska').title).toBeUndefined();
    expect(forms('en', 'Anna Kowalska').vocative).toBeUndefined();
    expect(forms('cs', 'Jana Nováková-Dvořáková').vocative).toBe('paní Nováková-Dvořáková');
  });
});

describe('{male} and {female}: empty markers for a text written for one gender', () => {
  const forms = (language: string, name: string | undefined, title?: string) => addressForms(language, name ? splitName(name, false) : undefined, title);
  test('both while the gender is open, only the named one once a title or the surname names it', () => {
    expect(forms('pl', 'Anna Nowak')).toMatchObject({ male: '', female: '' });
    expect(forms('pl', undefined)).toMatchObject({ male: '', female: '' });
    expect(forms('pl', 'Anna Kowalska')).toMatchObject({ female: '' });
    expect(forms('pl', 'Anna Kowalska').male).toBeUndefined();
    expect(forms('pl', 'Anna Nowak', 'Pan')).toMatchObject({ male: '' });
    expect(forms('pl', 'Anna Nowak', 'Pan').female).toBeUndefined();
  });
});
