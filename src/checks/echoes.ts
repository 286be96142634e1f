/**
 * Words a replacement would say twice with the draft around it: the replacement's edge words that the draft already
 * has beside the replaced text are dropped, or the edit takes the draft's repeated word in.
 */
import type { Draft } from './context.js';
import { firstFrom, tokenize, type Token } from '../text/tokenize.js';

/** Words a replacement may share with the draft at either edge before they count as an echo to drop. */
const MAX_ECHO_WORDS = 4;

/** Up to `max` draft words in a row from `at` on (or back from it), joined by spaces only, within one sentence. */
function wordsBeside(d: Draft, at: number, side: 'before' | 'after', max: number): Token[] {
  const tokens = d.tokens;
  const out: Token[] = [];
  let i = side === 'after' ? firstFrom(tokens, at) : firstFrom(tokens, at) - 1;
  let edge = at;
  while (out.length < max && i >= 0 && i < tokens.length) {
    const t = tokens[i]!;
    const gap = side === 'after' ? d.text.slice(edge, t.start) : d.text.slice(t.end, edge);
    if (t.placeholder || !/^[ \t]+$/.test(gap) || (out.length > 0 && t.sentence !== out[0]!.sentence)) break;
    out.push(t);
    edge = side === 'after' ? t.end : t.start;
    i += side === 'after' ? 1 : -1;
  }
  return side === 'after' ? out : out.reverse();
}

/**
 * The replacement without the words it shares with the draft right around it: "dočasná data prohlížeče" for "cache"
 * in "cache prohlížeče" would say "prohlížeče" twice, "karta orqasidagi uch xonali kodni" for "CVV kodni" after "karta
 * orqasidagi" would repeat those two. Whole words only; at least one word of the replacement stays.
 */
export function withoutEchoes(d: Draft, start: number, end: number, text: string): string {
  let words = tokenize(text);
  if (words.length < 2) return text;
  const same = (a: readonly Token[], b: readonly Token[]) => a.length === b.length && a.every((t, i) => t.key === b[i]!.key);
  // Only words and the spaces between them go: "(banka obchodníka)" keeps its bracket and what it holds.
  const plain = (s: string) => /^[\p{L}\p{M}\p{N}'’ʻ\s-]*$/u.test(s);
  let out = text;
  const after = wordsBeside(d, end, 'after', MAX_ECHO_WORDS);
  for (let k = Math.min(after.length, words.length - 1); k > 0; k--) {
    const cut = words[words.length - k]!.start;
    if (same(words.slice(words.length - k), after.slice(0, k)) && plain(out.slice(cut))) {
      out = out.slice(0, cut).trimEnd();
      words = words.slice(0, words.length - k);
      break;
    }
  }
  const before = wordsBeside(d, start, 'before', MAX_ECHO_WORDS);
  for (let k = Math.min(before.length, words.length - 1); k > 0; k--) {
    if (same(words.slice(0, k), before.slice(before.length - k)) && plain(out.slice(0, words[k]!.start))) return out.slice(words[k]!.start);
  }
  return out;
}

/**
 * Languages without articles: there a word repeated right after a replacement that opens with it is the same word said
 * twice, where in English it may be the next phrase's own ("for the trouble the delay caused").
 */
const NO_ARTICLES = new Set(['pl', 'cs', 'sk', 'uz']);

/**
 * How far past `end` an edit reaches to take the draft's next word when the replacement opens with it: "dołącz proszę
 * zdjęcie" with "proszę dołączyć" for "dołącz" would say "proszę" twice ("proszę dołączyć proszę zdjęcie").
 */
export function echoAfter(d: Draft, end: number, text: string): number {
  if (!NO_ARTICLES.has(d.language)) return 0;
  const first = tokenize(text)[0];
  const next = wordsBeside(d, end, 'after', 1)[0];
  if (!first || !next || first.key !== next.key || tokenize(text).length < 2) return 0;
  return next.end - end;
}
