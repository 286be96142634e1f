// Built-in synthetic support replies for the benchmark, composed deterministically
// from the sentence banks in banks-<lang>.mjs (see compose.mjs).
//
//   builtinReplies()            → 240 English replies (strings), 20–300 words
//   builtinDrafts(language)     → 48 replies in 'pl' | 'cs' | 'sk' | 'uz' (20–200 words); 'en' → builtinReplies()
//   builtinReplyRecords(lang)   → the same replies with metadata (words, style, size, weak, weaknesses, topics)
//   lengthDraft(words)          → one English reply of exactly `words` words (greeting first, sign-off last)
import en from './banks-en.mjs';
import pl from './banks-pl.mjs';
import cs from './banks-cs.mjs';
import sk from './banks-sk.mjs';
import uz from './banks-uz.mjs';
import { bankSentences, countWords, fill, generateReplies, mulberry32, shuffled } from './compose.mjs';

export { countWords };
export const BANKS = { en, pl, cs, sk, uz };

const SETS = {
  en: { count: 240, seed: 0x5eed0001, min: 20, max: 300, sizes: { short: 0.3, medium: 0.35, long: 0.2, xl: 0.15 } },
  pl: { count: 48, seed: 0x5eed0002, min: 20, max: 200, sizes: { short: 0.45, medium: 0.4, long: 0.15 } },
  cs: { count: 48, seed: 0x5eed0003, min: 20, max: 200, sizes: { short: 0.45, medium: 0.4, long: 0.15 } },
  sk: { count: 48, seed: 0x5eed0004, min: 20, max: 200, sizes: { short: 0.45, medium: 0.4, long: 0.15 } },
  uz: { count: 48, seed: 0x5eed0005, min: 20, max: 200, sizes: { short: 0.45, medium: 0.4, long: 0.15 } },
};

const cache = new Map();

/** Replies with metadata for one language (a fresh array of fresh objects on every call). */
export function builtinReplyRecords(language = 'en') {
  const opts = SETS[language];
  if (!opts) throw new Error(`no built-in replies for language "${language}" (have: ${Object.keys(SETS).join(', ')})`);
  if (!cache.has(language)) cache.set(language, generateReplies(BANKS[language], opts));
  return cache.get(language).map((r) => ({ ...r, weaknesses: [...r.weaknesses], topics: [...r.topics] }));
}

/** 240 English support replies, 20–300 words; about 40 % contain weak sentences, about 15 % are chat-style. */
export function builtinReplies() {
  return builtinReplyRecords('en').map((r) => r.text);
}

/** 48 replies in 'pl', 'cs', 'sk' or 'uz' (20–200 words each); 'en' returns builtinReplies(). */
export function builtinDrafts(language) {
  return builtinReplyRecords(language).map((r) => r.text);
}

const FILLERS = ['Thanks.']; // last resort for the final word-count gap (not reached with the current banks)

/**
 * One English reply of exactly `words` words (whitespace tokens): "Hi Anna," first,
 * "Best regards, Sam" last, and in between bank sentences — mostly good ones, about
 * one in six weak — in paragraphs of 4–6 sentences. Deterministic per `words`.
 */
export function lengthDraft(words) {
  if (!Number.isInteger(words) || words < 6) throw new Error(`lengthDraft(words): need an integer ≥ 6, got ${words}`);
  const rng = mulberry32(0x1e9a7000 + words);
  const ctx = { g: 'f', ag: 'm', name: 'Anna', title: 'Ms. Novak', agent: 'Sam', order: '#48213', day: 'Thursday' };
  const greeting = 'Hi Anna,';
  const signoff = 'Best regards,\nSam';
  const { good, weak } = bankSentences(en);
  const goodFilled = good.map((s) => fill(s, ctx));
  const weakFilled = weak.map((s) => fill(s, ctx));
  const all = [...goodFilled, ...weakFilled];

  // An endless stream: shuffled rounds of the good sentences with a weak one every sixth place.
  let goodQueue = [];
  let weakQueue = [];
  let n = 0;
  const nextSentence = () => {
    n++;
    if (n % 6 === 0) {
      if (!weakQueue.length) weakQueue = shuffled(rng, weakFilled);
      return weakQueue.shift();
    }
    if (!goodQueue.length) goodQueue = shuffled(rng, goodFilled);
    return goodQueue.shift();
  };

  const target = words - countWords(greeting) - countWords(signoff);
  const sentences = [];
  let total = 0;
  for (;;) {
    const s = nextSentence();
    if (total + countWords(s) > target) break;
    sentences.push(s);
    total += countWords(s);
  }
  // Close the remaining gap exactly with one or two sentences of the right total length,
  // preferring sentences not used yet; when no such pair exists, give back the last
  // sentence and try again with the larger gap.
  let gap = target - total;
  while (gap > 0) {
    const unusedFirst = [...all.filter((c) => !sentences.includes(c)), ...all.filter((c) => sentences.includes(c))];
    const byLength = new Map();
    for (const c of unusedFirst) if (!byLength.has(countWords(c))) byLength.set(countWords(c), c);
    let tail = byLength.has(gap) ? [byLength.get(gap)] : null;
    for (const [w, c] of byLength) {
      if (tail) break;
      const rest = byLength.get(gap - w);
      if (rest && rest !== c) tail = [c, rest];
    }
    if (tail) {
      sentences.push(...tail);
      break;
    }
    if (!sentences.length) {
      sentences.push(...Array.from({ length: gap }, () => FILLERS[0]));
      break;
    }
    gap += countWords(sentences.pop());
  }

  const paragraphs = [];
  for (let i = 0; i < sentences.length; ) {
    const size = 4 + Math.floor(rng() * 3);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return [greeting, ...paragraphs, signoff].join('\n\n');
}
