import type { RawFinding } from '../checks/context.js';
import { choosesGender, needsReview } from '../checks/suggest.js';
import type { Severity } from '../schema/common.js';
import type { TextEdit } from '../schema/report.js';
import { editsClash } from './edits.js';
import { IntervalIndex } from './intervals.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

function overlap(a: RawFinding, b: RawFinding): boolean {
  // A misspelled word says nothing about the phrase around it: both stay.
  if ((a.apart || b.apart) && a.ruleId !== b.ruleId) return false;
  // Two missing elements may belong at the same place (closing offer and sign-off): only the same rule repeats itself.
  if (a.start === a.end || b.start === b.end) return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
  // A finding about a whole stretch with nothing to replace (a long sentence, stacked hedges) says something else than the
  // phrases inside it: both stay, so officialese inside a long sentence is still reported and fixed.
  if (umbrella(a, b) || umbrella(b, a)) return false;
  return a.start < b.end && b.start < a.end;
}

function umbrella(outer: RawFinding, inner: RawFinding): boolean {
  return outer.ruleId !== inner.ruleId && outer.suggestions.length === 0 && outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
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
  // A first suggestion that needs a reader's eye (a clitic moved by a deletion, a gender to choose) is offered, not applied unattended.
  return kept
    .map((f) => (f.fix && (needsReview(f.suggestions[0]) || choosesGender(f.suggestions)) ? { ...f, fix: false } : f))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Whether two edits of the rewrite touch the same words: they overlap, or
 * only spaces lie between them, or one inserts at the other's edge. Applied
 * together, such edits garble a phrase ("eskaloval na L2": one rule rewrites
 * the verb, another the object, each expanding it); the weaker waits for the
 * next pass, where it is found again, or not, on the fixed text.
 */
export function editsTouch(a: TextEdit, b: TextEdit, text: string): boolean {
  if (editsClash(a, b)) return true;
  if (a.start === a.end && a.text === '' && b.start === b.end && b.text === '') return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end > second.start) return false;
  return /^[ \t]*$/.test(text.slice(first.end, second.start));
}

/** The span an edit touches: itself and the spaces on either side. */
function reach(e: TextEdit, text: string | undefined): { start: number; end: number } {
  if (text === undefined) return e;
  let start = e.start;
  let end = e.end;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return { start, end: Math.max(end, start + 1) };
}

/**
 * The edits of the rewrite: first suggestion of each fixable finding,
 * strongest first, none touching another (given the text, edits with only
 * spaces between them touch too).
 */
export function rewriteEdits(findings: RawFinding[], text?: string): { edits: TextEdit[]; skipped: number } {
  const chosen: TextEdit[] = [];
  let skipped = 0;
  const index = new IntervalIndex<TextEdit>();
  const clash = (c: TextEdit, e: TextEdit) => (text === undefined ? editsClash(c, e) : editsTouch(c, e, text));
  for (const f of [...findings].sort(stronger)) {
    const s = f.suggestions[0];
    if (!f.fix || !s) continue;
    if (s.edits.some((e) => index.some(reach(e, text), (c) => clash(c, e)))) {
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
