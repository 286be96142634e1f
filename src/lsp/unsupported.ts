import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { Report } from '../schema/report.js';
import { SOURCE } from './diagnostics.js';

/** The diagnostic code of the notice, for clients that filter or hide by code. */
export const UNSUPPORTED_CODE = 'unsupported-language';

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** "German (de)", or the code alone when it names no language ("xx"). */
function languageName(code: string): string {
  let name: string | undefined;
  try {
    name = names.of(code);
  } catch {
    // Not a well-formed language tag.
  }
  return name && name !== code ? `${name} (${code})` : `"${code}"`;
}

/** What the user is told about a document in a language without rules, or undefined when it was coached. */
export function unsupportedMessage(report: Report): string | undefined {
  const { code, supported, detected } = report.language;
  if (supported !== false) return undefined;
  const fix = detected ? ' If that is not its language, set replyCoach.language.' : '';
  return `reply-coach has no rules for ${languageName(code)}; this document is not checked.${fix}`;
}

/**
 * No diagnostics would read as a clean draft: one Information diagnostic on
 * the document's first line says it was not checked (editors list it with the
 * problems, where a user looks, as textlint and Vale show a skipped file).
 */
export function unsupportedDiagnostic(message: string, document: TextDocument): Diagnostic {
  const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/, '');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Information,
    code: UNSUPPORTED_CODE,
    source: SOURCE,
    message,
  };
}

/** Says once per document and language (not on every keystroke) that a document is not checked. */
export class UnsupportedNotices {
  private readonly shown = new Map<string, Set<string>>();

  constructor(private readonly connection: Connection) {}

  show(uri: string, language: string, message: string): void {
    let languages = this.shown.get(uri);
    if (!languages) this.shown.set(uri, (languages = new Set()));
    if (languages.has(language)) return;
    languages.add(language);
    const file = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `${file}: ${message}` });
  }

  forget(uri: string): void {
    this.shown.delete(uri);
  }
}
