import type { CompiledLocale } from '../data/locales.js';
import { genderOf, isPoliteForm } from '../names/titles.js';
import type { Segments, Span } from './segment.js';
import { PLACEHOLDER_SOURCE, tokenize, type Token } from './tokenize.js';

/** The frame of a reply: greeting, body and sign-off. Regions hold UTF-16 spans of the draft. */
export interface Structure {
  greeting?: Span;
  signOff?: Span;
  /** From the first word after the greeting to the end of the last sentence before the sign-off. */
  body: Span;
  /** The first body sentence. */
  opening?: Span;
  /**
   * The last two body sentences; when a footer follows the signature (a template's "reply to this
   * email to add comments"), the closing runs to the end of the footer, so an offer there counts.
   */
  closing?: Span;
  /** Text after the signature block: a template's footer paragraph. */
  footer?: Span;
  /**
   * A draft with no sign-off line that ends on a sentence of a sign-off formula ("…platí 10 minut. Čau!"):
   * a farewell, though no frame line of its own. Only the formula; the body ends before it.
   */
  farewell?: Span;
  /** The name after the farewell's formula, in the same sentence ("…napište nám. S pozdravem, Jana"): the agent's. */
  farewellName?: Span;
}

const GREETING_STOP = /[,!:;\n]/;
const MAX_GREETING_LINE_WORDS = 8;
const MAX_SIGNATURE_LINE_WORDS = 6;
const MAX_WORDS_AFTER_SIGN_OFF = 3;

export function findStructure(text: string, tokens: readonly Token[], segments: Segments, locale: CompiledLocale): Structure {
  const greeting = findGreeting(text, tokens, locale);
  const bodyStartToken = greeting ? tokens.findIndex((t) => t.start >= greeting.end) : 0;
  const { signOff, footer } = findSignOff(text, tokens, locale, bodyStartToken);
  const farewell = signOff ? undefined : findFarewell(text, tokens, segments, locale, bodyStartToken);

  const first = tokens[bodyStartToken];
  const bodyStart = first ? first.start : 0;
  // The body ends before the sign-off, or before a farewell at the end of its last line.
  const limit = signOff ? signOff.start : farewell ? farewell.formula.start : text.length;
  const bodySentences = segments.sentences.filter((s) => s.end > bodyStart && s.start < limit);
  const lastSentence = bodySentences[bodySentences.length - 1];
  const bodyEnd = lastSentence ? Math.min(lastSentence.end, limit) : bodyStart;
  const body = { start: bodyStart, end: Math.max(bodyStart, bodyEnd) };

  const structure: Structure = { body };
  if (greeting) structure.greeting = greeting;
  if (signOff) structure.signOff = signOff;
  if (footer) structure.footer = footer;
  if (farewell) {
    structure.farewell = farewell.formula;
    if (farewell.name) structure.farewellName = farewell.name;
  }
  if (bodySentences.length > 0 && first && first.start < limit) {
    structure.opening = { start: bodyStart, end: Math.min(bodySentences[0]!.end, body.end) };
    const fromSentence = bodySentences[Math.max(0, bodySentences.length - 2)]!;
    structure.closing = { start: Math.max(fromSentence.start, bodyStart), end: footer ? footer.end : body.end };
  }
  return structure;
}

/**
 * A greeting opens the draft. A short line of its own that ends like a
 * greeting ("Assalomu alaykum, hurmatli Dilnoza!", "Dobrý den, paní Nováková,")
 * is the greeting whole; otherwise it runs to the first comma, "!", colon or
 * line end ("Hi Anna" in "Hi Anna, thanks for writing.").
 */
function findGreeting(text: string, tokens: readonly Token[], locale: CompiledLocale): Span | undefined {
  if (tokens.length === 0) return undefined;
  const hits = locale.greetings.match(tokens.slice(0, 8));
  if (!hits.some((h) => h.first === 0)) return undefined;
  const start = tokens[0]!.start;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd).trimEnd();
  const lineTokens = tokens.filter((t) => t.end <= start + line.length);
  if (lineEnd !== -1 && lineTokens.length <= MAX_GREETING_LINE_WORDS && !/[.?]$/.test(line)) {
    return { start, end: lineTokens[lineTokens.length - 1]!.end };
  }
  let end = start;
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.sentence !== tokens[0]!.sentence) break;
    const gap = text.slice(end, t.start);
    if (end > start && GREETING_STOP.test(gap)) break;
    end = t.end;
  }
  return { start, end: addressAfterComma(text, tokens, locale, i, end) };
}

/** Words a greeting may name its reader with after its comma ("Dzień dobry, Pani Anno!"). */
const MAX_ADDRESS_WORDS = 3;

/**
 * A word that may name the reader in an address: capitalised, a title in lower case ("paní", "pán"), or a
 * word that is a greeting formula alone ("hurmatli", "vážená").
 */
function addressWord(t: Token, locale: CompiledLocale): boolean {
  return /^\p{Lu}/u.test(t.text) || genderOf(t.text) !== undefined || locale.greetings.match([t]).some((h) => h.last === 1);
}

/**
 * The end of a greeting that goes on after its comma with the reader's name or title and
 * another stop: "Dzień dobry, Pani Katarzyno! Zamówienie…" greets "Pani Katarzyno" too, and
 * "Dobrý deň, pani Kowalská, vrátenie…" greets "pani Kowalská".
 * Only address words (above), at most three, then a comma, "!", colon or the line end.
 */
function addressAfterComma(text: string, tokens: readonly Token[], locale: CompiledLocale, next: number, end: number): number {
  const first = tokens[next];
  if (!first || !/^[ \t]*,[ \t]*$/.test(text.slice(end, first.start))) return end;
  let k = next;
  while (k < tokens.length && k - next < MAX_ADDRESS_WORDS && addressWord(tokens[k]!, locale) && (k === next || /^[ \t]+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) k++;
  if (k === next) return end;
  const last = tokens[k - 1]!;
  return /^[ \t]*(?:[,!:]|\r?\n|$)/.test(text.slice(last.end)) ? last.end : end;
}

/**
 * Whether the mark at `at` closes a greeting made of the formula and the reader's title or name only
 * ("Dobrý den, paní Marková!", "Szanowna Pani!", "Hi Anna!"), where a letter puts a comma. A greeting
 * that goes on into a sentence ("Hi there, thanks a lot!", "Dobrý den, děkujeme!") is not closed by it.
 */
export function closesGreeting(text: string, tokens: readonly Token[], structure: Structure, locale: CompiledLocale, at: number): boolean {
  const g = structure.greeting;
  if (!g || at < g.end || !/^[ \t]*$/.test(text.slice(g.end, at))) return false;
  const words = tokensIn(tokens, { start: g.start, end: at });
  const formula = locale.greetings.match(words.slice(0, MAX_GREETING_LINE_WORDS)).reduce((end, h) => (h.first === 0 ? Math.max(end, h.last) : end), 0);
  if (formula === 0) return false;
  const address = words.slice(formula);
  return address.length <= MAX_ADDRESS_WORDS && address.every((t) => t.placeholder || /^\p{Lu}/u.test(t.text) || genderOf(t.text) !== undefined);
}

/** Words of a farewell's formula at most: "S přáním hezkého dne", "Přeji Vám hezký den". */
const MAX_FAREWELL_FORMULA_WORDS = 4;

/**
 * The draft's last sentence when it is a sign-off formula, alone or with a name after it ("…napište nám. S pozdravem,
 * Jana"), after at least one sentence of the body.
 */
function findFarewell(text: string, tokens: readonly Token[], segments: Segments, locale: CompiledLocale, bodyStartToken: number): { formula: Span; name?: Span } | undefined {
  const last = segments.sentences[segments.sentences.length - 1];
  const first = tokens[bodyStartToken];
  if (!last || !first || last.start <= first.start) return undefined;
  const words = tokensIn(tokens, last);
  if (words.length === 0) return undefined;
  const formula = locale.signOffs.match(words.slice(0, MAX_FAREWELL_FORMULA_WORDS)).reduce((end, h) => (h.first === 0 ? Math.max(end, h.last) : end), 0);
  if (formula === 0) return undefined;
  const formulaSpan = { start: words[0]!.start, end: words[formula - 1]!.end };
  const rest = words.slice(formula);
  if (rest.length === 0) return { formula: formulaSpan };
  // A name: capitalised words (or a placeholder) after a comma or a space on the same line, and nothing else.
  const name = { start: rest[0]!.start, end: rest[rest.length - 1]!.end };
  const signed =
    rest.length <= MAX_WORDS_AFTER_SIGN_OFF &&
    rest.every((t) => t.placeholder || (/^\p{Lu}/u.test(t.text) && !isPoliteForm(t.key))) &&
    /^[ \t]*,?[ \t]*$/.test(text.slice(formulaSpan.end, name.start)) &&
    !/\n/.test(text.slice(name.start, name.end));
  return signed ? { formula: formulaSpan, name } : undefined;
}

export type FramePart = 'greeting' | 'sign-off';

/** The part of the frame that [start, end) lies in, if any. */
export function framePartAt(structure: Structure, start: number, end: number): FramePart | undefined {
  const within = (span: Span | undefined) => span !== undefined && start >= span.start && end <= span.end;
  const farewell = structure.farewell && { start: structure.farewell.start, end: (structure.farewellName ?? structure.farewell).end };
  return within(structure.greeting) ? 'greeting' : within(structure.signOff) || within(farewell) ? 'sign-off' : undefined;
}

/** Whether the mark at `at` ends the sign-off's formula line ("Cześć!\nMarek", "Thanks!\nSam"). */
export function closesSignOffLine(text: string, structure: Structure, at: number): boolean {
  const s = structure.signOff;
  if (!s || at <= s.start || at >= s.end) return false;
  const lineEnd = text.indexOf('\n', s.start);
  return (lineEnd === -1 || at < lineEnd) && /^[ \t]*(?:\r?\n|$)/.test(text.slice(at + 1));
}

/** The part of the frame a text opens as its formula: "Dobrý den" a greeting, "S pozdravem" a sign-off; neither for "Hezký den", which may be both. */
export function formulaPart(text: string, locale: CompiledLocale): FramePart | undefined {
  const words = tokenize(text).slice(0, MAX_GREETING_LINE_WORDS);
  const opens = (formulas: CompiledLocale['greetings']) => formulas.match(words).some((h) => h.first === 0);
  const greeting = opens(locale.greetings);
  if (greeting === opens(locale.signOffs)) return undefined;
  return greeting ? 'greeting' : 'sign-off';
}

/** A placeholder that stands for the agent's signature or name: `%{signature}`, `{{agent.signature}}`, `{{current_user.name}}`. */
const SIGNATURE_PLACEHOLDER = /signature|podpis|agent|staff|current_?user|sender|assignee|operator/i;
/** Lines of contact details: a URL, an e-mail address, a phone number. */
const CONTACT = /https?:\/\/|www\.|@[\w-]+\.|\+?\d[\d ()/.-]{6,}\d/;
const MAX_SIGNATURE_BLOCK_LINES = 8;
/** Formula line, name, role, company and one more: longer blocks need contact details or a placeholder. */
const MAX_PLAIN_SIGNATURE_LINES = 5;
const MAX_FOOTER_WORDS = 100;
const MAX_FOOTER_PARAGRAPHS = 3;

interface Line extends Span {
  /** A blank line comes before this one. */
  paragraphStart: boolean;
}

/**
 * A sign-off is a short line near the end that opens with a closing formula
 * ("Best regards," or "Thanks, Sam"), or a signature placeholder (with the
 * short team line before it: "Your %{company.name} Team,\n%{signature}"),
 * followed only by signature lines (names, company lines, contact details,
 * placeholders) and, after a blank line, at most a short footer.
 */
function findSignOff(text: string, tokens: readonly Token[], locale: CompiledLocale, bodyStartToken: number): { signOff?: Span; footer?: Span } {
  const firstBody = tokens[bodyStartToken];
  if (!firstBody) return {};
  const lines = lastLines(text, MAX_SIGNATURE_BLOCK_LINES + MAX_FOOTER_WORDS / 4).filter((l) => l.start > firstBody.start);
  const tokensOf = (line: Span) => tokensIn(tokens, line);
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const lineTokens = tokensOf(line);
    if (lineTokens.length === 0) continue;
    const kind = opening(text, line, lineTokens, locale);
    if (!kind) continue;
    // A team line ("Twój %{company.name} zespół,") opens the sign-off only right before a signature placeholder.
    const next = lines[li + 1];
    if (kind === 'team' && !(next && isSignaturePlaceholder(text, next))) continue;
    const rest = lines.slice(li + 1);
    // The signature block: whole paragraphs of signature lines (a paragraph with a sentence in it is the footer).
    let block = 0;
    while (block < rest.length && block < MAX_SIGNATURE_BLOCK_LINES) {
      let until = block + 1;
      while (until < rest.length && !rest[until]!.paragraphStart) until++;
      const paragraph = rest.slice(block, until);
      if (!paragraph.every((l) => signatureLike(text, l))) {
        // Within the sign-off's own paragraph, signature lines before the sentence still belong to it.
        if (block === 0 && !paragraph[0]!.paragraphStart) {
          while (block < paragraph.length && signatureLike(text, paragraph[block]!)) block++;
        }
        break;
      }
      block = until;
    }
    // A long block is a signature only with contact details or a placeholder in it; else it is short lines of the body.
    const blockLines = [line, ...rest.slice(0, block)];
    if (blockLines.length > MAX_PLAIN_SIGNATURE_LINES && !blockLines.some((l) => CONTACT.test(text.slice(l.start, l.end)) || tokensOf(l).some((t) => t.placeholder))) continue;
    const end = block > 0 ? rest[block - 1]!.end : line.end;
    if (block >= rest.length) return { signOff: { start: line.start, end: text.trimEnd().length } };
    // Something longer follows: a footer, if the signature block was there and the footer is short and set apart.
    const signed = block > 0 || kind === 'signature';
    const footerLines = rest.slice(block);
    const footerText = text.slice(footerLines[0]!.start, footerLines[footerLines.length - 1]!.end);
    const paragraphs = footerLines.filter((l) => l.paragraphStart).length;
    if (signed && footerLines[0]!.paragraphStart && paragraphs <= MAX_FOOTER_PARAGRAPHS && countWords(footerText) <= MAX_FOOTER_WORDS) {
      return { signOff: { start: line.start, end }, footer: { start: footerLines[0]!.start, end: footerLines[footerLines.length - 1]!.end } };
    }
  }
  return {};
}

/** How a line can open a sign-off: a closing formula, a signature placeholder, or a short team line ending in a comma. */
function opening(text: string, line: Span, lineTokens: readonly Token[], locale: CompiledLocale): 'formula' | 'signature' | 'team' | undefined {
  const hit = locale.signOffs.match(lineTokens).filter((h) => h.first === 0).sort((a, b) => b.last - a.last)[0];
  if (hit && lineTokens.length - hit.last <= MAX_WORDS_AFTER_SIGN_OFF) {
    // After the formula: end of line, or punctuation and a name ("Thanks, Sam").
    const after = text.slice(hit.end, line.end).trim();
    if (after === '' || /^[,!.\-–—]/.test(after)) return 'formula';
  }
  if (isSignaturePlaceholder(text, line)) return 'signature';
  if (lineTokens.length <= MAX_SIGNATURE_LINE_WORDS && /,$/.test(text.slice(line.start, line.end)) && lineTokens.some((t) => t.placeholder)) return 'team';
  return undefined;
}

const WHOLE_PLACEHOLDER = new RegExp(`^(?:${PLACEHOLDER_SOURCE})$`, 'u');

/** A line that is only a signature placeholder. */
function isSignaturePlaceholder(text: string, line: Span): boolean {
  const raw = text.slice(line.start, line.end).trim();
  return WHOLE_PLACEHOLDER.test(raw) && SIGNATURE_PLACEHOLDER.test(raw);
}

/** A name, a company line, contact details or a placeholder. */
function signatureLike(text: string, line: Span): boolean {
  const raw = text.slice(line.start, line.end);
  const words = countWords(raw);
  // A list item or a line that introduces one is the body.
  if (/:$/.test(raw) || /^(?:[-*•–]|\d+[.)])\s+\S+\s+\S+/.test(raw)) return false;
  // "Your order shipped." is a sentence of the body; "Acme Inc." is a company line.
  if (words <= MAX_SIGNATURE_LINE_WORDS) return words < 3 || !/[.!?]$/.test(raw.trim());
  return words <= 2 * MAX_SIGNATURE_LINE_WORDS && CONTACT.test(raw) && !/[.!?]\s+\p{Lu}/u.test(raw);
}

/** The last `count` non-blank lines, in order, each marked when a blank line comes before it. */
function lastLines(text: string, count: number): Line[] {
  const out: Line[] = [];
  let end = text.length;
  let blankAfter = false;
  while (end > 0 && out.length < count) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = nl + 1;
    const raw = text.slice(start, end);
    if (raw.trim() !== '') {
      const lead = raw.length - raw.trimStart().length;
      out.unshift({ start: start + lead, end: start + raw.trimEnd().length, paragraphStart: false });
      blankAfter = false;
    } else if (!blankAfter && out.length > 0) {
      out[0]!.paragraphStart = true;
      blankAfter = true;
    }
    if (nl < 0) break;
    end = nl;
  }
  return out;
}

/** The tokens inside a span (tokens are in order: a binary search finds the first). */
function tokensIn(tokens: readonly Token[], span: Span): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.end <= span.end; i++) out.push(tokens[i]!);
  return out;
}

function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
