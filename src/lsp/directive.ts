import type { TextEdit } from '../index.js';
import type { Kind } from './analysis.js';

// The syntax src/directives.ts accepts: an HTML comment, or a line of its own in plain text.
const COMMENT_DIRECTIVE = /^([ \t]*<!--\s*reply-coach-disable-next-line\b[^\n]*?)(\s*-->)[ \t]*$/;
const LINE_DIRECTIVE = /^[ \t]*(?:#|\/\/)?[ \t]*reply-coach-disable-next-line\b[^\n]*$/;

/**
 * An edit that silences `ruleId` on the line holding `offset`: a
 * `reply-coach-disable-next-line` directive on the line above, or the rule
 * added to the directive already there (so repeated use does not stack lines).
 */
export function disableEdit(text: string, offset: number, ruleId: string, kind: Kind): TextEdit {
  // Markdown and HTML take the directive as a comment; plain text and an email's body as a line of its own.
  const asComment = kind === 'markdown' || kind === 'html';
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (lineStart > 0) {
    const aboveStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const above = text.slice(aboveStart, lineStart - 1).replace(/\r$/, '');
    const comment = asComment ? COMMENT_DIRECTIVE.exec(above) : null;
    // A directive without rule ids covers every rule, so the finding could not be there; one with ids gets ours.
    if (comment) {
      const at = aboveStart + comment[1]!.length;
      return { start: at, end: at, text: `, ${ruleId}` };
    }
    if (!asComment && LINE_DIRECTIVE.test(above)) {
      const at = aboveStart + above.length;
      return { start: at, end: at, text: `, ${ruleId}` };
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const directive = asComment ? `<!-- reply-coach-disable-next-line ${ruleId} -->` : `reply-coach-disable-next-line ${ruleId}`;
  return { start: lineStart, end: lineStart, text: `${indent}${directive}${eol}` };
}
