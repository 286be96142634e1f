import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoach, loadPack, OptionsError } from '../src/index.js';
import { capType } from '../src/spelling/hunspell/case.js';
import { createSpelling, HunspellDictionary, loadSpelling, SpellingError } from '../src/spelling/index.js';

/**
 * The optional spell check: the Hunspell reader against Hunspell itself
 * (hunspell-asm, the C++ library compiled to WebAssembly), the features the
 * shipped dictionaries do not use on small hand-made ones, and the
 * `<language>.clarity.spelling` rules in a coach.
 */
const speller = await loadSpelling();
const coach = createCoach({ spelling: speller });
const root = join(import.meta.dirname, '..');

describe('agreement with Hunspell (hunspell-asm)', async () => {
  const require = createRequire(import.meta.url);
  let hunspell: typeof import('hunspell-asm') | undefined;
  try {
    require.resolve('hunspell-asm');
    hunspell = await import('hunspell-asm');
  } catch {
    hunspell = undefined;
  }
  const factory = hunspell ? await hunspell.loadModule() : undefined;
  // A fixed typo per word: drop, swap, replace or insert a letter, chosen by the word's own letters.
  const typo = (w: string) => {
    const c = Array.from(w);
    const h = [...w].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) >>> 0, 7);
    const i = h % c.length;
    const letters = 'aeiounrstlzyáéíóúěščřžąęłńśćźżôäľ';
    const other = letters[(h >>> 8) % letters.length]!;
    if (h % 4 === 0 && c.length > 2) c.splice(i, 1);
    else if (h % 4 === 1 && i + 1 < c.length) [c[i], c[i + 1]] = [c[i + 1]!, c[i]!];
    else if (h % 4 === 2) c[i] = other;
    else c.splice(i, 0, other);
    return c.join('');
  };
  for (const language of ['en', 'pl', 'cs', 'sk']) {
    it.skipIf(!factory)(`${language}: real words of the packs and a typo of each get Hunspell's answer`, async () => {
      const files = (await import(`dictionary-${language}`)).default as { aff: Uint8Array; dic: Uint8Array };
      const reference = factory!.create(factory!.mountBuffer(files.aff, `${language}.aff`), factory!.mountBuffer(files.dic, `${language}.dic`));
      const text = readdirSync(join(root, 'rules', language)).map((f) => readFileSync(join(root, 'rules', language, f), 'utf8')).join('\n');
      const real = [...new Set(text.match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? [])].slice(0, 400);
      const words = [...real, ...real.map(typo)];
      const differ = words.filter((w) => speller.correct(w, language) !== reference.spell(w));
      const accepted = real.filter((w) => reference.spell(w)).length;
      reference.dispose();
      // The full run (a few thousand words a language, README) differs on a handful of ALL CAPS and hyphenated words.
      expect(differ.length / words.length, differ.join(' ')).toBeLessThan(0.005);
      // Not agreement by rejecting everything: most of the packs' words are words.
      expect(accepted).toBeGreaterThan(real.length * 0.6);
    });
  }
});

describe('HunspellDictionary on small dictionaries', () => {
  it('strips suffixes and prefixes, crossed where both allow it, with conditions', () => {
    const d = HunspellDictionary.parse(
      ['SET UTF-8', 'PFX U Y 1', 'PFX U 0 un .', 'SFX S Y 2', 'SFX S y ies [^aeiou]y', 'SFX S 0 s [^y]', 'SFX D N 1', 'SFX D 0 ed .'].join('\n'),
      ['3', 'fly/S', 'pony/SU', 'walk/D'].join('\n'),
    );
    expect(['fly', 'flies', 'ponies', 'unpony', 'unponies', 'walked'].map((w) => d.correct(w))).toEqual([true, true, true, true, true, true]);
    // "flys" breaks the condition; "unfly" lacks the prefix flag; "unwalked": D does not cross.
    expect(['flys', 'unfly', 'unwalked', 'walks'].map((w) => d.correct(w))).toEqual([false, false, false, false]);
  });

  it('reads long and numeric flags, AF aliases, twofold suffixes, FORBIDDENWORD, NEEDAFFIX, KEEPCASE and CIRCUMFIX', () => {
    const long = HunspellDictionary.parse(['FLAG long', 'FORBIDDENWORD Fb', 'SFX Aa Y 1', 'SFX Aa 0 s/Bb .', 'SFX Bb Y 1', 'SFX Bb 0 ly .'].join('\n'), ['2', 'cat/Aa', 'dog/AaFb'].join('\n'));
    // catsly: "ly" on top of "s", which allows it (twofold); dog is forbidden, with its forms.
    expect(['cat', 'cats', 'catsly', 'catly', 'dog', 'dogs'].map((w) => long.correct(w))).toEqual([true, true, true, false, false, false]);
    const num = HunspellDictionary.parse(['FLAG num', 'AF 2', 'AF 101,7', 'AF 9', 'NEEDAFFIX 7', 'KEEPCASE 9', 'SFX 101 Y 1', 'SFX 101 0 er .'].join('\n'), ['2', 'work/1', 'iOS/2'].join('\n'));
    // "work" needs an affix; "worker" has one; "IOS" keeps the case of iOS.
    expect(['work', 'worker', 'iOS', 'IOS', 'Ios'].map((w) => num.correct(w))).toEqual([false, true, true, false, false]);
    const circumfix = HunspellDictionary.parse(['CIRCUMFIX X', 'PFX A Y 1', 'PFX A 0 leg/X .', 'SFX B Y 1', 'SFX B 0 obb/X .'].join('\n'), ['1', 'nagy/AB'].join('\n'));
    expect(['legnagyobb', 'nagyobb', 'legnagy', 'nagy'].map((w) => circumfix.correct(w))).toEqual([true, false, false, true]);
  });

  it('applies ICONV and IGNORE, breaks at hyphens, and keeps Hunspell case rules', () => {
    const d = HunspellDictionary.parse(['ICONV 1', 'ICONV ’ \'', 'IGNORE ¬'].join('\n'), ['4', "don't", 'well', 'known', 'Paris'].join('\n'));
    expect(["don’t", 'kno¬wn', 'well-known', 'Well', 'WELL', 'Paris', 'PARIS', 'paris'].map((w) => d.correct(w))).toEqual([true, true, true, true, true, true, true, false]);
  });

  it('finds every stem and keeps homonyms in the file\'s order when the .dic\'s count is far too low and the hidden homonyms of ALL CAPS stems grow the table again', () => {
    const stems = Array.from({ length: 400 }, (_, i) => `W${i.toString(36).toUpperCase()}Q/S`);
    // Homonyms: the first one's flags answer for the stem alone ("dog" is forbidden, "cat" is not, though its later homonym is); "dogs" is the later one's form.
    const d = HunspellDictionary.parse(['FORBIDDENWORD F', 'SFX S Y 1', 'SFX S 0 s .'].join('\n'), ['2', ...stems, 'dog/F', 'dog/S', 'cat/S', 'cat/F'].join('\n'));
    const all = stems.map((s) => s.slice(0, -2));
    expect(all.filter((w) => !d.correct(w))).toEqual([]);
    // "WAQS": the stem's hidden "Waq" takes the suffix, which an ALL CAPS form may show and a Capitalised one may not.
    expect(all.filter((w) => !d.correct(`${w}S`))).toEqual([]);
    expect(all.filter((w) => d.correct(`${w.charAt(0)}${w.slice(1).toLowerCase()}s`))).toEqual([]);
    expect(['dog', 'dogs', 'cat', 'cats', 'WZZZQ'].map((w) => d.correct(w))).toEqual([false, true, true, true, false]);
  });

  it('suggests from REP first, then MAP, then one edit, each checked, in the word\'s case', () => {
    const d = HunspellDictionary.parse(['TRY esianrtolcdugmphbyfvkwz', 'REP 1', 'REP f ph', 'MAP 2', 'MAP aá', 'MAP eé'].join('\n'), ['3', 'phone', 'kávé', 'the'].join('\n'));
    expect(d.suggest('fone')).toEqual(['phone']);
    expect(d.suggest('kave')).toEqual(['kávé']);
    expect(d.suggest('Teh')).toEqual(['The']);
    expect(d.suggest('the')).toEqual([]);
  });
});

describe('case without copies of the word', () => {
  // What capType answered when it built the lower- and upper-case strings.
  const byStrings = (word: string) => {
    if (word === word.toLowerCase()) return 'none';
    if (word === word.toUpperCase()) return 'all';
    const rest = word.slice(1);
    return rest === rest.toLowerCase() ? 'init' : 'mixed';
  };

  it('reads each character as toLowerCase and toUpperCase do the whole word, for every BMP character and mixed words', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const word of [c, `${c}a`, `a${c}`, `A${c}`, `${c}A`, `Ab${c}`]) if (capType(word) !== byStrings(word)) differ.push(word);
    }
    const words = ['Děkuji', 'ŽLUŤOUČKÝ', 'iPhone', 'McDonald', 'ǅungla', 'Straße', 'STRASSE', 'ΣΟΦΙΑ', 'İstanbul', 'a1', 'A1', '1', '𐐀𐐨', '𐐨𐐨', 'x𐐀'];
    for (const word of words) if (capType(word) !== byStrings(word)) differ.push(word);
    expect(differ).toEqual([]);
    expect(words.map(capType).slice(0, 4)).toEqual(['init', 'all', 'mixed', 'mixed']);
  });
});

describe('the spelling rule in a coach', () => {
  const spelled = (draft: string, options: Parameters<typeof coach.analyze>[1] = {}) =>
    coach.analyze(draft, options).findings.filter((f) => f.ruleId.endsWith('.clarity.spelling'));

  it.each([
    ['en', 'We have recieved your return.', 'recieved', 'received'],
    ['pl', 'Pańska przesylka została nadana.', 'przesylka', 'przesyłka'],
    ['cs', 'Vaše objednavka byla odeslána.', 'objednavka', 'objednávka'],
    ['sk', 'Vaša objednavka bola odoslaná.', 'objednavka', 'objednávka'],
  ])('%s: flags a misspelling with the dictionary\'s correction, never applied', (language, draft, excerpt, correction) => {
    const report = coach.analyze(draft, { language });
    const found = report.findings.filter((f) => f.ruleId === `${language}.clarity.spelling`);
    expect(found.map((f) => [f.excerpt, draft.slice(f.start, f.end), f.severity, f.category, f.fixable])).toEqual([[excerpt, excerpt, 'warning', 'clarity', false]]);
    expect(found[0]!.suggestions[0]!.edits).toEqual([{ start: draft.indexOf(excerpt), end: draft.indexOf(excerpt) + excerpt.length, text: correction }]);
    expect(found[0]!.message).toContain(correction);
    expect(report.rewrite).toBe(draft);
    expect(report.spelling).toBe('checked');
  });

  it.each([
    ['pl', 'Nieodebrane przesyłki wracają do magazynu, a zamówieniami zajmiemy się najszybciej, jak to możliwe.'],
    ['cs', 'Nevyzvednuté zásilky se vracejí do skladu a s objednávkami vám pomůžeme co nejrychleji.'],
    ['sk', 'Nevyzdvihnuté zásielky sa vracajú do skladu a s objednávkami vám pomôžeme najrýchlejšie.'],
  ])('%s: inflected and prefixed forms are words', (language, draft) => {
    expect(spelled(draft, { language }).map((f) => f.excerpt)).toEqual([]);
  });

  it('a very long run of letters is checked but not corrected (its candidates would grow with its square)', () => {
    const long = 'a'.repeat(100_000);
    const found = spelled(`We shipped ${long} today.`, { language: 'en' });
    expect(found.map((f) => [f.excerpt.length, f.severity, f.suggestions.length])).toEqual([[100_000, 'suggestion', 0]]);
  });

  it('a word the dictionary cannot correct is a suggestion to look at', () => {
    const found = spelled('We shipped the qwxzvbn today.', { language: 'en' });
    expect(found.map((f) => [f.excerpt, f.severity, f.suggestions.length])).toEqual([['qwxzvbn', 'suggestion', 0]]);
    expect(found[0]!.message).not.toContain('{suggestion}');
  });

  it('skips placeholders, names, the customer\'s words, addresses, numbers, capitals and the team\'s glossary', () => {
    const draft =
      'Hi {{ticket.requester.first_name}}, Kowalska here, Zorblax and SKUX are fine, see https://exmple.com/trakcing, write to suport@exmple.com, @sprintcare #refundz, order 48xq1. Greetings from Wroclaw.';
    const glossary = loadPack({
      language: 'en',
      category: 'jargon',
      rules: [{ id: 'en.jargon.our-terms', kind: 'substitution', severity: 'suggestion', message: 'x', entries: [{ patterns: ['trakcer'], suggestions: ['tracking page'] }], examples: { bad: [{ text: '⟦trakcer⟧', rewrite: 'tracking page' }], good: ['ok'] } }],
    });
    const report = createCoach({ spelling: speller, packs: [glossary] }).analyze(`${draft} Check the trakcer.`, {
      language: 'en',
      template: true,
      audience: { name: 'Anna Kowalska' },
      inReplyTo: 'My Zorblax broke',
    });
    expect(report.findings.filter((f) => f.ruleId === 'en.clarity.spelling').map((f) => f.excerpt)).toEqual([]);
    // The same words, sentence-initial and with nothing that excuses them, are flagged.
    expect(spelled('Trakcer broke. Zorblax too.', { language: 'en' }).map((f) => f.excerpt)).toEqual(['Trakcer', 'Zorblax']);
    // Signatures and stand-ins for removed text.
    expect(spelled('Your refund is on its way, see <url> ^Jkw\nThanks! -Anwaar', { language: 'en' }).map((f) => f.excerpt)).toEqual([]);
  });

  it('English takes British spellings too (dictionary-en-gb)', () => {
    expect(spelled('We cancelled the order and apologise for the colour.', { language: 'en' }).map((f) => f.excerpt)).toEqual([]);
    expect(spelled('We canceled the order and apologize for the color.', { language: 'en' }).map((f) => f.excerpt)).toEqual([]);
  });

  it('reports spelling unavailable for Uzbek, and nothing without a speller or with the rule off', () => {
    expect(coach.analyze('Buyurtmangiz bugun joʻnatildi.', { language: 'uz' }).spelling).toBe('unavailable');
    expect(createCoach().analyze('We have recieved it.', { language: 'en' }).spelling).toBeUndefined();
    const off = coach.analyze('We have recieved it.', { language: 'en', rules: { 'en.clarity.spelling': 'off' } });
    expect([off.spelling, off.findings.some((f) => f.ruleId === 'en.clarity.spelling')]).toEqual([undefined, false]);
    const partial = createCoach({ spelling: createSpelling({}) }).analyze('We have recieved it.', { language: 'en' });
    expect(partial.spelling).toBe('unavailable');
  });

  it('a misspelled word inside another clarity finding is reported beside it', () => {
    const report = coach.analyze('PLEASE DO NOT REPLY. We recieved it.', { language: 'en' });
    expect(report.findings.filter((f) => f.category === 'clarity').map((f) => f.excerpt)).toContain('recieved');
  });

  it('bad input is a typed error naming the field', async () => {
    expect(() => createCoach({ spelling: {} as never })).toThrow(OptionsError);
    expect(() => createCoach({ spelling: {} as never })).toThrow(/config\.spelling/);
    await expect(loadSpelling(['en', 'english'])).rejects.toThrow(SpellingError);
    await expect(loadSpelling(['en', 'english'])).rejects.toThrow(/languages\.1/);
    expect((await loadSpelling(['uz'])).languages).toEqual([]);
  });
});

describe('spelling in the CLI and the language server', () => {
  it('check --spelling and a config file with spelling: true report misspellings; without them nothing', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'reply-coach-spelling-'));
    writeFileSync(join(dir, 'reply.txt'), 'We have recieved your return.\n');
    const run = (...args: string[]) => {
      try {
        return execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'check', 'reply.txt', '--language', 'en', '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    };
    const spellingFindings = (out: string) =>
      (JSON.parse(out) as { report: { findings: { ruleId: string; excerpt: string }[] } }[]).flatMap((r) => r.report.findings.filter((f) => f.ruleId === 'en.clarity.spelling').map((f) => f.excerpt));
    expect(spellingFindings(run())).toEqual([]);
    expect(spellingFindings(run('--spelling'))).toEqual(['recieved']);
    writeFileSync(join(dir, 'reply-coach.config.json'), JSON.stringify({ spelling: true }));
    expect(spellingFindings(run())).toEqual(['recieved']);
  });

  it('reply-coach/spelling works by package name from the build', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `import { createCoach } from 'reply-coach'; import { loadSpelling } from 'reply-coach/spelling';
const r = createCoach({ spelling: await loadSpelling(['sk']) }).analyze('Vaša objednavka bola odoslaná.', { language: 'sk' });
console.log(r.spelling, r.findings.filter((f) => f.ruleId === 'sk.clarity.spelling').map((f) => f.excerpt + '>' + f.suggestions[0].edits[0].text).join());`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('checked objednavka>objednávka');
  });

  it('the language server setting turns it on over the config file', async () => {
    const { WorkspaceConfigs } = await import('../src/lsp/workspace.js');
    const configs = new WorkspaceConfigs(() => {});
    expect(configs.get(undefined, true).coach.analyze('We recieved it.', { language: 'en' }).spelling).toBe('checked');
    expect(configs.get(undefined, false).coach.analyze('We recieved it.', { language: 'en' }).spelling).toBeUndefined();
  });
});
