// The spell check's section of BENCHMARKS.md (reply-coach/spelling): dictionary load time per language
// and time per 100-word reply, both as medians, and quietness on the real replies with spelling on.
// bench/run.mjs calls spellingSection(); `node bench/spelling.mjs` prints the section alone (after a build).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { builtinDrafts, builtinReplies } from './data/replies.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

/** `real`: the corpus's English replies (undefined without the corpus). */
export async function spellingSection({ real, quick = false } = {}) {
  const { createCoach } = await import('../dist/index.js');
  const { createSpelling, DICTIONARY_PACKAGES, HunspellDictionary, loadSpellingSync } = await import('../dist/spelling.js');
  const require = createRequire(import.meta.url);
  const files = (name) => {
    const dir = dirname(require.resolve(name));
    return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) };
  };
  const decoder = new TextDecoder();
  const runs = quick ? 3 : 7;
  // Fresh dictionaries timed per language ("no cache"), the median of their medians.
  const freshRuns = quick ? 1 : 3;
  const rows = [];
  for (const language of ['en', 'pl', 'cs', 'sk']) {
    const packages = DICTIONARY_PACKAGES[language];
    const bytes = packages.map(files);
    // Load: decode the files and read them (stems and rules indexed), as loadSpelling does after its import.
    const loads = Array.from({ length: runs }, () => {
      const t = performance.now();
      for (const f of bytes) HunspellDictionary.parse(decoder.decode(f.aff), decoder.decode(f.dic));
      return performance.now() - t;
    });
    const replies = language === 'en' ? (real ?? builtinReplies()) : builtinDrafts(language);
    const words = replies.map((r) => r.match(WORD) ?? []).filter((w) => w.length > 0);
    // The engine compiles the checker for the paths it has run, so a language checked after others (Czech, the only
    // one with twofold suffixes and circumfixes, after English and Polish) would first pay, once per process, for
    // compiling its own. Passes over the replies on another dictionary object do that (three: after one, code that
    // Czech's rules had thrown out was still being compiled again during the first timed pass); the ones measured
    // are fresh: each has answered no word, so each word is its first sight there. One such pass is a single draw on
    // a busy machine, so several fresh dictionaries are read (then the speller) and each checks the set once, in turn.
    const warmup = HunspellDictionary.parse(decoder.decode(bytes[0].aff), decoder.decode(bytes[0].dic));
    for (let pass = 0; pass < 3; pass++) for (const ws of words) for (const w of ws) warmup.correct(w);
    const fresh = Array.from({ length: freshRuns }, () => HunspellDictionary.parse(decoder.decode(bytes[0].aff), decoder.decode(bytes[0].dic)));
    const speller = createSpelling({ [language]: bytes });
    // Per 100 words of each reply: every word looked up, no answer kept (cold), then through the speller's cache after one pass (an editor re-checking).
    const per100 = (check) => median(words.map((ws) => {
      const t = performance.now();
      for (const w of ws) check(w);
      return ((performance.now() - t) * 100) / ws.length;
    }));
    const cold = median(fresh.map((dict) => per100((w) => dict.correct(w))));
    for (const ws of words) for (const w of ws) speller.correct(w, language);
    const warm = per100((w) => speller.correct(w, language));
    rows.push({ language, packages, load: median(loads), cold, warm, replies: replies.length });
  }
  // The whole analysis with spelling on and off, and quietness, on the English replies.
  const english = real ?? builtinReplies();
  const spelling = loadSpellingSync(['en']);
  const on = createCoach({ language: 'en', channel: real ? 'social' : 'email', spelling });
  const off = createCoach({ language: 'en', channel: real ? 'social' : 'email' });
  let serious = 0;
  let spelled = 0;
  for (const text of english) {
    const findings = on.analyze(text).findings.filter((f) => f.severity !== 'suggestion');
    serious += findings.length;
    spelled += findings.filter((f) => f.ruleId === 'en.clarity.spelling').length;
  }
  const timeOf = (c) => median(english.map((text) => {
    const t = performance.now();
    c.analyze(text);
    return performance.now() - t;
  }));
  const analyzeOff = timeOf(off);
  const analyzeOn = timeOf(on);
  const ms = (x) => x.toFixed(x < 1 ? 3 : 0);
  return [
    '## Spelling (reply-coach/spelling)',
    '',
    'Hunspell dictionaries read by reply-coach\'s own affix-stripping checker (src/spelling/hunspell): loading indexes the stems (a hash table over the .dic text) and the affix rules, no word form is generated. ' +
      `Load: decoding and reading the .aff and .dic (English: the US and British dictionaries), median of ${runs}. ` +
      'Per 100 words: each reply\'s words checked one by one, as ms per 100 words, median over the replies; "no cache" asks a fresh dictionary every time (one that has answered no word yet, after a pass over the set on another one so that the engine has compiled the checker; the median of ' + `${freshRuns} such dictionar${freshRuns === 1 ? 'y' : 'ies'}, each checking the set once), ` + '"speller" goes through the answers `loadSpelling`\'s speller keeps (after one pass over the set, as an editor re-checking a draft). ' +
      `English uses ${real ? `the ${real.length} real replies` : 'the built-in replies'}, the others their built-in replies. Budgets (issue 16): load under 1 s, under 0.2 ms per 100-word reply.`,
    '',
    '| language | dictionaries | load ms | ms per 100 words, no cache | ms per 100 words, speller |',
    '|---|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.language} | ${r.packages.join(', ')} | ${ms(r.load)} | ${ms(r.cold)} | ${ms(r.warm)} |`),
    '',
    `A whole English analysis, median per reply: ${ms(analyzeOff)} ms without spelling, ${ms(analyzeOn)} ms with it. ` +
      `Quietness with spelling on: ${(serious / english.length).toFixed(3)} warning-or-error findings per reply, ${(spelled / english.length).toFixed(3)} of them spelling.`,
    '',
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const corpus = join(ROOT, '..', 'shared', 'corpus', 'replies-en.jsonl');
  let real;
  try {
    real = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
  } catch {
    real = undefined;
  }
  console.log((await spellingSection({ real, quick: process.argv.includes('--quick') })).join('\n'));
}
