import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Finding } from '../schema/report.js';

/** What a diagnostic carries for code actions: the finding, and the document version its offsets belong to. */
export interface FindingData {
  version: number;
  finding: Finding;
}

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isEdit = (e: unknown) => typeof e === 'object' && e !== null && isInt((e as { start?: unknown }).start) && isInt((e as { end?: unknown }).end) && typeof (e as { text?: unknown }).text === 'string';

/**
 * Whether a diagnostic's data is a finding as this server sends it (checked by
 * hand: the protocol thread does not load the schemas). Clients echo it back
 * in code action requests; anything else is looked up by range instead.
 */
function isFindingData(data: unknown): data is FindingData {
  if (typeof data !== 'object' || data === null) return false;
  const { version, finding } = data as { version?: unknown; finding?: Record<string, unknown> };
  if (!isInt(version) || typeof finding !== 'object' || finding === null) return false;
  return (
    typeof finding.ruleId === 'string' &&
    typeof finding.category === 'string' &&
    typeof finding.severity === 'string' &&
    typeof finding.message === 'string' &&
    isInt(finding.start) &&
    isInt(finding.end) &&
    typeof finding.fixable === 'boolean' &&
    Array.isArray(finding.suggestions) &&
    finding.suggestions.every((s) => typeof s === 'object' && s !== null && typeof (s as { label?: unknown }).label === 'string' && Array.isArray((s as { edits?: unknown }).edits) && (s as { edits: unknown[] }).edits.every(isEdit))
  );
}

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  suggestion: DiagnosticSeverity.Information,
};

/** The name diagnostics go out under; editors show it beside the message, so the category is in it. */
export const SOURCE = 'reply-coach';

export function toDiagnostic(finding: Finding, document: TextDocument, version: number, docsLink: string | undefined): Diagnostic {
  const data: FindingData = { version, finding };
  return {
    range: { start: document.positionAt(finding.start), end: document.positionAt(finding.end) },
    // Severities the schema may gain later are shown, but as the mildest kind.
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Hint,
    code: finding.ruleId,
    ...(docsLink ? { codeDescription: { href: docsLink } } : {}),
    source: `${SOURCE}(${finding.category})`,
    message: finding.message,
    data,
  };
}

/** The finding behind one of our diagnostics, if it is ours and made for this document version. */
export function findingOf(diagnostic: Diagnostic, version: number): Finding | undefined {
  if (!diagnostic.source?.startsWith(SOURCE)) return undefined;
  const data: unknown = diagnostic.data;
  return isFindingData(data) && data.version === version ? data.finding : undefined;
}
