import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { int, object, type output } from '../schema/zod.js';
import { FindingSchema, type Finding } from '../schema/report.js';

/** What a diagnostic carries for code actions: the finding, and the document version its offsets belong to. */
export const FindingDataSchema = object({ version: int(), finding: FindingSchema });
export type FindingData = output<typeof FindingDataSchema>;

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
  const data = FindingDataSchema.safeParse(diagnostic.data);
  return data.success && data.data.version === version ? data.data.finding : undefined;
}
