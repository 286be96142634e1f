import type { RawFinding } from './checks/context.js';
import type { Severity } from './schema/common.js';
import type { TextEdit } from './schema/report.js';
import { editsClash } from './edits.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

function overlap(a: RawFinding, b: RawFinding): boolean {
  // Two missing elements may belong at the same place (closing offer and sign-off): only the same rule repeats itself.
  if (a.start === a.end || b.start === b.end) return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
  return a.start < b.end && b.start < a.end;
}

/** Stronger first: higher severity, then the longer span, then the earlier one, then by rule id. */
function stronger(a: RawFinding, b: RawFinding): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    b.end - b.start - (a.end - a.start) ||
    a.start - b.start ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/**
 * Within one category, overlapping findings say the same thing twice
 * ("sorry, but we can't" and "we can't"): keep the strongest. Findings of
 * different categories stay side by side. Output is sorted by offset.
 */
export function resolveOverlaps(findings: RawFinding[]): RawFinding[] {
  const kept: RawFinding[] = [];
  for (const f of [...findings].sort(stronger)) {
    if (!kept.some((k) => k.category === f.category && overlap(k, f))) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** The edits of the rewrite: first suggestion of each fixable finding, strongest first, none overlapping. */
export function rewriteEdits(findings: RawFinding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  for (const f of [...findings].sort(stronger)) {
    const s = f.suggestions[0];
    if (!f.fix || !s) continue;
    if (s.edits.some((e) => chosen.some((c) => editsClash(c, e)))) continue;
    chosen.push(...s.edits);
  }
  return chosen;
}
