import type { CompiledLocale } from '../data/locales.js';
import type { Segments, Span } from './segment.js';
import type { Token } from './tokenize.js';

/** The frame of a reply: greeting, body and sign-off. Regions hold UTF-16 spans of the draft. */
export interface Structure {
  greeting?: Span;
  signOff?: Span;
  /** From the first word after the greeting to the end of the last sentence before the sign-off. */
  body: Span;
  /** The first body sentence. */
  opening?: Span;
  /** The last two body sentences. */
  closing?: Span;
}

const GREETING_STOP = /[,!:;\n]/;
const MAX_SIGNATURE_LINES = 4;
const MAX_GREETING_LINE_WORDS = 8;
const MAX_SIGNATURE_LINE_WORDS = 6;
const MAX_WORDS_AFTER_SIGN_OFF = 3;

export function findStructure(text: string, tokens: readonly Token[], segments: Segments, locale: CompiledLocale): Structure {
  const greeting = findGreeting(text, tokens, locale);
  const bodyStartToken = greeting ? tokens.findIndex((t) => t.start >= greeting.end) : 0;
  const signOff = findSignOff(text, tokens, locale, bodyStartToken);

  const first = tokens[bodyStartToken];
  const bodyStart = first ? first.start : 0;
  const limit = signOff ? signOff.start : text.length;
  const bodySentences = segments.sentences.filter((s) => s.end > bodyStart && s.start < limit);
  const lastSentence = bodySentences[bodySentences.length - 1];
  const bodyEnd = lastSentence ? Math.min(lastSentence.end, limit) : bodyStart;
  const body = { start: bodyStart, end: Math.max(bodyStart, bodyEnd) };

  const structure: Structure = { body };
  if (greeting) structure.greeting = greeting;
  if (signOff) structure.signOff = signOff;
  if (bodySentences.length > 0 && first && first.start < limit) {
    structure.opening = { start: bodyStart, end: Math.min(bodySentences[0]!.end, body.end) };
    const fromSentence = bodySentences[Math.max(0, bodySentences.length - 2)]!;
    structure.closing = { start: Math.max(fromSentence.start, bodyStart), end: body.end };
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
  for (const t of tokens) {
    if (t.sentence !== tokens[0]!.sentence) break;
    const gap = text.slice(end, t.start);
    if (end > start && GREETING_STOP.test(gap)) break;
    end = t.end;
  }
  return { start, end };
}

/**
 * A sign-off is a short line near the end that opens with a closing formula
 * ("Best regards," or "Thanks, Sam"), followed only by short signature lines.
 */
function findSignOff(text: string, tokens: readonly Token[], locale: CompiledLocale, bodyStartToken: number): Span | undefined {
  const lines = lastLines(text, MAX_SIGNATURE_LINES + 1);
  const firstBody = tokens[bodyStartToken];
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    if (!firstBody || line.start <= firstBody.start) continue;
    const lineTokens = tokens.filter((t) => t.start >= line.start && t.end <= line.end);
    if (lineTokens.length === 0) continue;
    const hit = locale.signOffs.match(lineTokens).filter((h) => h.first === 0).sort((a, b) => b.last - a.last)[0];
    if (!hit || lineTokens.length - hit.last > MAX_WORDS_AFTER_SIGN_OFF) continue;
    // After the formula: end of line, or punctuation and a name ("Thanks, Sam").
    const after = text.slice(hit.end, line.end).trim();
    if (after !== '' && !/^[,!.\-–—]/.test(after)) continue;
    const rest = lines.slice(li + 1);
    if (rest.every((l) => countWords(text.slice(l.start, l.end)) <= MAX_SIGNATURE_LINE_WORDS)) {
      return { start: line.start, end: text.trimEnd().length };
    }
  }
  return undefined;
}

/** The last `count` non-blank lines, in order. */
function lastLines(text: string, count: number): Span[] {
  const out: Span[] = [];
  let end = text.length;
  while (end > 0 && out.length < count) {
    const nl = text.lastIndexOf('\n', end - 1);
    const start = nl + 1;
    const raw = text.slice(start, end);
    if (raw.trim() !== '') {
      const lead = raw.length - raw.trimStart().length;
      out.unshift({ start: start + lead, end: start + raw.trimEnd().length });
    }
    if (nl < 0) break;
    end = nl;
  }
  return out;
}

function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
