import type { Draft } from '../checks/context.js';
import type { Token } from '../text/tokenize.js';
import { spellingKey } from './glossary.js';

/**
 * Which of the draft's words a spell check reads. Left out: placeholders
 * (the engine already keeps them as one token), words with digits or an
 * inner dot (codes, versions, "e.g", domains), words in another script,
 * addresses (URLs, e-mails, @handles, #tags), words in capitals or with
 * inner capitals (acronyms, brands: "SLA", "iPhone", "PayPal"), capitalised
 * words inside a sentence (names: "Kowalski", "Prague"), signatures ("^JK",
 * "-Anwar" ending a line), tags ("<url>"), the customer's name,
 * the words the customer wrote (their product, their typo, their name) and
 * the caller's own terms (`allowed`: glossary packs, the rule's allow list).
 */
export function wordsToCheck(draft: Draft, allowed: (word: string) => boolean): Token[] {
  const tokens = draft.tokens;
  const addresses = addressSpans(draft.text);
  // Compared as written (not folded): the customer's "objednávka" does not excuse the agent's "objednavka".
  const customer = new Set(draft.inReplyTo.map((t) => spellingKey(t.text)));
  const names = draft.match.nameKeys;
  // A name capitalised inside a sentence somewhere is a name at the start of one too.
  const midSentenceCaps = new Set<string>();
  const initial = tokens.map((_, i) => startsSentence(draft.text, tokens, i));
  tokens.forEach((t, i) => {
    if (!initial[i] && isCapitalised(t.text)) midSentenceCaps.add(spellingKey(t.text));
  });
  return tokens.filter((t, i) => {
    if (t.placeholder || !LATIN_WORD.test(t.text)) return false;
    if (!initial[i] && isCapitalised(t.text)) return false;
    if (isShouted(t.text) || hasInnerCapital(t.text)) return false;
    if (names.has(t.key) || customer.has(spellingKey(t.text)) || midSentenceCaps.has(spellingKey(t.text)) || allowed(t.text)) return false;
    return !addresses.some((a) => t.start >= a.start && t.start < a.end);
  });
}

/** Letters of the Latin script (with marks), joined by apostrophes or hyphens: no digits, no inner dot. */
const LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}\p{M}]*(?:['’‘ʼ`´\-][\p{Script=Latin}\p{M}]+)*['’]?$/u;

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Two or more letters, all capitals ("SLA", "DHL"); a lone "I" or "A" is read as a word. */
function isShouted(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** A capital after the first letter: a brand ("iPhone", "PayPal", "McDonald") or a name joined on ("Jean-Luc", "thanks-Anwar"). */
function hasInnerCapital(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1));
}

/** Sentence starts: the first word of a sentence, a line, a quotation, a parenthesis, or after a colon. */
function startsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  if (prev.sentence !== tokens[i]!.sentence) return true;
  return /[\n:"“„«(•*]/.test(text.slice(prev.end, tokens[i]!.start));
}

const ADDRESS = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|www\.)[^\s<>"]+`,
    String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+`,
    String.raw`(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+`,
    String.raw`\b[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+\/[^\s<>"]*`,
    // Tags and stand-ins for removed text: <url>, <br>, <name>.
    String.raw`<\/?[\p{L}_][^<>\s]{0,40}>`,
    // Signatures: "^JK" anywhere, a name after a dash at the end of a line ("- Anwar", "-Thanks-Anwar").
    String.raw`[\^~]\s?[\p{L}\p{N}._\-]+`,
    String.raw`(?<=^|[\s\p{P}\p{S}])[\-–—]\s?\p{Lu}[\p{L}'’\-]*(?:\s\p{Lu}[\p{L}'’\-]*)?[ \t]*$`,
  ].join('|'),
  'gmu',
);

function addressSpans(text: string): { start: number; end: number }[] {
  if (!/[@#/<^~\-–—]|www\./.test(text)) return [];
  return [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
