import { diffWordsWithSpace } from 'diff';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocumentEdit, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextEdit } from '../index.js';
import { editsClash } from '../coach/edits.js';

/**
 * Offsets (UTF-16 code units, as LSP positions count by default) to ranges.
 * LSP wants edits that do not overlap; clashing ones are dropped the way
 * `applyEdits` drops them, so the editor ends up with the text the library would.
 */
export function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  const taken: TextEdit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (!taken.some((t) => editsClash(t, e))) taken.push(e);
  }
  return taken.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.text }));
}

/**
 * Word-level edits that turn `before` into `after`: a whole-text rewrite
 * applied as small edits keeps the cursor, selections and undo steps where the
 * text did not change.
 */
export function editsBetween(before: string, after: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let at = 0;
  for (const part of diffWordsWithSpace(before, after)) {
    const last = edits.at(-1);
    const joins = last !== undefined && last.end === at;
    if (part.added) {
      if (joins) last.text += part.value;
      else edits.push({ start: at, end: at, text: part.value });
    } else if (part.removed) {
      if (joins) last.end += part.value.length;
      else edits.push({ start: at, end: at + part.value.length, text: '' });
      at += part.value.length;
    } else {
      at += part.value.length;
    }
  }
  return edits;
}

/** Edits to one document version: the client refuses them if the text has moved on (when it supports versioned edits). */
export function documentEdit(document: TextDocument, edits: LspTextEdit[], versioned: boolean): WorkspaceEdit {
  if (!versioned) return { changes: { [document.uri]: edits } };
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}
