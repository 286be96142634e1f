import type { RawFinding } from '../checks/context.js';
import type { Severity } from '../schema/common.js';
import type { TextEdit } from '../schema/report.js';
import { editsClash } from './edits.js';
import { IntervalIndex } from './intervals.js';

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
  const byCategory = new Map<string, IntervalIndex<RawFinding>>();
  for (const f of [...findings].sort(stronger)) {
    let index = byCategory.get(f.category);
    if (!index) byCategory.set(f.category, (index = new IntervalIndex()));
    if (index.some(f, (k) => overlap(k, f))) continue;
    index.add(f);
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/** The edits of the rewrite: first suggestion of each fixable finding, strongest first, none overlapping. */
export function rewriteEdits(findings: RawFinding[]): { edits: TextEdit[]; skipped: number } {
  const chosen: TextEdit[] = [];
  let skipped = 0;
  const index = new IntervalIndex<TextEdit>();
  for (const f of [...findings].sort(stronger)) {
    const s = f.suggestions[0];
    if (!f.fix || !s) continue;
    if (s.edits.some((e) => index.some(e, (c) => editsClash(c, e)))) {
      skipped++;
      continue;
    }
    for (const e of s.edits) {
      index.add(e);
      chosen.push(e);
    }
  }
  return { edits: chosen, skipped };
}
