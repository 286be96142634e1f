import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction } from 'vscode-languageserver/node';
import type { Finding } from '../index.js';
import type { Analysis } from './analysis.js';
import { toDiagnostic } from './diagnostics.js';
import { disableEdit } from './directive.js';
import { documentEdit, editsBetween, toLspEdits } from './edits.js';

export interface ActionRequest {
  /** The document, at the version `analysis` was made for. */
  document: TextDocument;
  analysis: Analysis;
  /** The findings the request is about (those at the cursor or selection). */
  findings: readonly Finding[];
  /** The kinds the client asked for (`context.only`); all when absent. */
  only: readonly string[] | undefined;
  /** Whether the client takes versioned document edits (`documentChanges`). */
  versioned: boolean;
  docsLink: (ruleId: string) => string | undefined;
  /** The document with every safe fix applied (asked of the analysis thread only when `wantsFixAll` says so). */
  fixAll: string | undefined;
}

export const FIX_ALL_TITLE = 'Apply all safe fixes';

/** Kinds are dotted hierarchies: asking for "source" includes "source.fixAll". */
function asked(kind: string, only: readonly string[] | undefined): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * Quick fixes for the findings at hand (one per suggestion, then "Disable
 * <rule> here"), and "Apply all safe fixes" for the document: as a quick fix
 * beside a fixable finding, and as source.fixAll when that kind is asked for
 * (a source action menu, fix-on-save).
 */
export function codeActions(req: ActionRequest): CodeAction[] {
  const { document, analysis, findings, only, versioned } = req;
  const edit = (edits: Parameters<typeof toLspEdits>[1]) => documentEdit(document, toLspEdits(document, edits), versioned);
  const diagnostic = (f: Finding) => toDiagnostic(f, document, analysis.version, req.docsLink(f.ruleId));
  const quickFixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const fixAll: CodeAction[] = [];

  if (asked(CodeActionKind.QuickFix, only)) {
    const silenced = new Set<string>();
    for (const f of findings) {
      f.suggestions.forEach((s, i) => {
        if (s.edits.length === 0) return;
        quickFixes.push({ title: s.label, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic(f)], isPreferred: i === 0 && f.fixable, edit: edit(s.edits) });
      });
      // Directives silence rules in the body; a line above the subject (front matter, a mail header) would break it.
      if (f.field === 'subject') continue;
      const directive = disableEdit(analysis.original, f.start, f.ruleId, analysis.kind);
      // Two findings of one rule on one line need one directive.
      const key = `${f.ruleId}@${directive.start}`;
      if (silenced.has(key)) continue;
      silenced.add(key);
      disables.push({ title: `Disable ${f.ruleId} here`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic(f)], edit: edit([directive]) });
    }
  }

  const asQuickFix = asked(CodeActionKind.QuickFix, only) && findings.some((f) => f.fixable);
  // Only when asked for by name: a client listing every kind would otherwise show the same title twice.
  const asSource = only !== undefined && asked(CodeActionKind.SourceFixAll, only);
  if ((asQuickFix || asSource) && analysis.report.findings.some((f) => f.fixable)) {
    const after = req.fixAll;
    if (after !== undefined && after !== analysis.original) {
      const all = edit(editsBetween(analysis.original, after));
      if (asQuickFix) fixAll.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit: all });
      if (asSource) fixAll.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.SourceFixAll, edit: all });
    }
  }
  return [...quickFixes, ...fixAll, ...disables];
}

/** Whether code actions for these findings and kinds include "Apply all safe fixes" (which needs the document fixed). */
export function wantsFixAll(analysis: Pick<Analysis, 'report'>, findings: readonly Finding[], only: readonly string[] | undefined): boolean {
  const asQuickFix = asked(CodeActionKind.QuickFix, only) && findings.some((f) => f.fixable);
  const asSource = only !== undefined && asked(CodeActionKind.SourceFixAll, only);
  return (asQuickFix || asSource) && analysis.report.findings.some((f) => f.fixable);
}
