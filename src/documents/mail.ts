// An email being written (Neovim's and mutt's `mail` buffers): a block of headers
// ("From: …", "Subject: …") up to the first empty line, then the body, the reply.

/** One header line: its name and where its value is. */
export interface MailHeader {
  name: string;
  valueStart: number;
  valueEnd: number;
}

const HEADER = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*?)[ \t]*\r?$/;
const CONTINUATION = /^[ \t]+\S/;
/** A block is read as headers only when one of these is in it: "Note: we …" opening a plain reply is not a header. */
const KNOWN = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'reply-to', 'date', 'in-reply-to', 'message-id']);

/** The header block at the start of an email: its headers and where the block ends (0 when there is none). */
function headerBlock(source: string): { headers: MailHeader[]; end: number } {
  const headers: MailHeader[] = [];
  let at = 0;
  while (at < source.length) {
    const next = source.indexOf('\n', at);
    const lineEnd = next === -1 ? source.length : next;
    const line = source.slice(at, lineEnd);
    if (/^\s*$/.test(line)) break;
    const m = HEADER.exec(line);
    if (m) {
      const valueStart = at + line.length - line.replace(/^[^:]*:[ \t]*/, '').length;
      headers.push({ name: m[1]!, valueStart, valueEnd: valueStart + m[2]!.length });
    } else if (!(headers.length > 0 && CONTINUATION.test(line))) return { headers: [], end: 0 };
    at = next === -1 ? source.length : next + 1;
  }
  if (!headers.some((h) => KNOWN.has(h.name.toLowerCase()))) return { headers: [], end: 0 };
  return { headers, end: at };
}

/** The headers of an email (none when it does not start with a header block). */
export function mailHeaders(source: string): MailHeader[] {
  return headerBlock(source).headers;
}

/** An email as the coach reads it: the header block blanked (same length, lines kept), the body as it is. */
export function mailText(source: string): string {
  const { end } = headerBlock(source);
  return end === 0 ? source : source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}
