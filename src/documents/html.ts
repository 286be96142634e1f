// HTML as the coach reads it: parsed with parse5 (source locations on), the text of
// the body only, entities decoded, block elements as paragraph breaks.
import { parse, parseFragment } from 'parse5';
import type { TextEdit } from '../schema/report.js';

interface Location {
  startOffset: number;
  endOffset: number;
  startTag?: { startOffset: number; endOffset: number };
  endTag?: { startOffset: number; endOffset: number };
}
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  data?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: Location | null;
}

/** Elements whose content is not the reply's prose. */
const SKIP = new Set(['head', 'script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'textarea', 'select', 'iframe', 'object']);

/** Elements that end a paragraph of text (HTML's block-level and table elements). */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const DIRECTIVE = /^\s*reply-coach-/;
const ENTITY = /&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/y;
const decoded = new Map<string, string>();

/** What one character reference decodes to, read by parse5 itself (so every named entity is known). */
function decodeEntity(raw: string): string {
  let text = decoded.get(raw);
  if (text === undefined) {
    const node = parseFragment(raw).childNodes[0] as HtmlNode | undefined;
    text = node?.value ?? raw;
    decoded.set(raw, text);
  }
  return text;
}

/** A paragraph of the text and the element it came from: where inserted paragraphs go. */
interface Block {
  textStart: number;
  textEnd: number;
  /** The element's start (before its start tag) and end (after its end tag) in the source. */
  outerStart: number;
  outerEnd: number;
}

export interface HtmlReading {
  text: string;
  /** Source offset of each UTF-16 unit of `text`, and of its end. */
  map: number[];
  /** Places and renders an edit of the text as an edit of the HTML source. */
  place: (edit: TextEdit) => TextEdit;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Inserted text inside a paragraph: line breaks become <br>. */
const inline = (s: string) => escape(s).replace(/\r?\n/g, '<br>');
/** Inserted paragraphs: one <p> each. */
const paragraphs = (s: string) =>
  s
    .split(/(?:\r?\n){2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${inline(p.trim())}</p>`)
    .join('\n');

/**
 * The text of an HTML file: text nodes of the body (entities decoded by
 * parse5), never attributes, the doctype, comments (but our directive
 * comments), scripts, styles or code. A block element's start and end are a
 * paragraph break ("\n\n"), `<br>` a line break. Linear in the file.
 */
export function htmlText(source: string): HtmlReading {
  const document = parse(source, { sourceCodeLocationInfo: true }) as HtmlNode;
  const parts: string[] = [];
  const map: number[] = [];
  const blocks: Block[] = [];
  let length = 0;
  /** Whether the text ends with a paragraph break (or is empty), so another is not needed. */
  let broken = true;
  const push = (piece: string, offsets: number[]) => {
    parts.push(piece);
    for (const o of offsets) map.push(o);
    length += piece.length;
  };
  const paragraphBreak = (at: number) => {
    if (broken) return;
    push('\n\n', [at, at]);
    broken = true;
  };
  const pushText = (value: string, loc: Location) => {
    const raw = source.slice(loc.startOffset, loc.endOffset);
    const offsets: number[] = [];
    if (raw === value) for (let k = 0; k < value.length; k++) offsets.push(loc.startOffset + k);
    else {
      // Entities and CRLF make the source longer than the text: walk both.
      let p = 0;
      let i = 0;
      while (i < value.length) {
        if (raw[p] === '\r' && value[i] === '\n' && raw[p + 1] === '\n') p++;
        if (raw[p] === value[i]) {
          offsets.push(loc.startOffset + p);
          p++;
          i++;
          continue;
        }
        ENTITY.lastIndex = p;
        const m = raw[p] === '&' ? ENTITY.exec(raw) : null;
        if (m) {
          const units = decodeEntity(m[0]).length;
          for (let k = 0; k < units && i < value.length; k++, i++) offsets.push(loc.startOffset + p);
          p += m[0].length;
          continue;
        }
        // A character parse5 replaced (a NUL, a lone CR): it stands for one source unit.
        offsets.push(loc.startOffset + Math.min(p, raw.length));
        if (p < raw.length) p++;
        i++;
      }
    }
    push(value, offsets);
    if (/\S/.test(value)) broken = false;
  };
  let current: Block | undefined;
  const walk = (node: HtmlNode): void => {
    const loc = node.sourceCodeLocation ?? undefined;
    if (node.nodeName === '#text') {
      // Whitespace between blocks (and before the first) is layout, not text.
      if (loc && !(broken && !/\S/.test(node.value ?? ''))) pushText(node.value ?? '', loc);
      return;
    }
    if (node.nodeName === '#comment') {
      if (loc && DIRECTIVE.test(node.data ?? '')) {
        const raw = source.slice(loc.startOffset, loc.endOffset);
        push(raw, Array.from(raw, (_, k) => loc.startOffset + k));
      }
      return;
    }
    const tag = node.tagName;
    if (tag && SKIP.has(tag)) return;
    if (tag === 'br') {
      if (loc) push('\n', [loc.startOffset]);
      return;
    }
    const block = tag !== undefined && BLOCK.has(tag) && loc !== undefined;
    const outer = current;
    const nested = blocks.length;
    if (block) {
      paragraphBreak(loc!.startOffset);
      current = { textStart: length, textEnd: length, outerStart: loc!.startOffset, outerEnd: loc!.endTag?.endOffset ?? loc!.endOffset };
    }
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) walk(child);
    if (block) {
      const mine = current!;
      mine.textEnd = length;
      // Only the innermost blocks with text place paragraphs (never <html> or <body> around them all).
      if (mine.textEnd > mine.textStart && blocks.length === nested && tag !== 'html' && tag !== 'body') blocks.push(mine);
      current = outer;
      paragraphBreak(mine.outerEnd);
    }
  };
  walk(document);
  // No trailing paragraph break: the text ends where the last paragraph does.
  let text = parts.join('');
  let end = source.length;
  let lastText = text.length;
  while (lastText > 0 && /\s/.test(text[lastText - 1]!)) lastText--;
  if (lastText < text.length) {
    end = map[lastText] ?? source.length;
    text = text.slice(0, lastText);
    map.length = lastText;
  }
  const last = blocks.findLast((b) => b.textStart < lastText);
  map.push(last ? last.outerEnd : end);
  const at = (offset: number) => map[Math.min(offset, map.length - 1)]!;

  const place = (edit: TextEdit): TextEdit => {
    if (edit.start !== edit.end) {
      const start = at(edit.start);
      return { ...edit, start, end: at(edit.end - 1) + 1, text: inline(edit.text) };
    }
    // A paragraph inserted at a paragraph's edge goes beside its element, as a <p> of its own.
    if (/\n\s*$/.test(edit.text)) {
      const block = blocks.find((b) => b.textStart === edit.start);
      if (block) return { start: block.outerStart, end: block.outerStart, text: `${paragraphs(edit.text)}\n` };
    }
    if (/^\s*\n/.test(edit.text)) {
      const block = blocks.find((b) => b.textEnd === edit.start) ?? (edit.start >= lastText ? last : undefined);
      if (block) return { start: block.outerEnd, end: block.outerEnd, text: `\n${paragraphs(edit.text)}` };
    }
    const start = at(edit.start);
    return { start, end: start, text: inline(edit.text) };
  };
  // The analyzed text's trailing breaks were dropped: offsets past it are its end.
  return { text, map, place };
}
