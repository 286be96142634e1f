import type { RawFinding } from '../checks/context.js';
import { applyEdits } from './edits.js';
import { rewriteEdits } from './resolve.js';

/** Fixes that clashed with a stronger one get their turn on the fixed text, as ESLint's fixer does; at most this many passes. */
const REWRITE_PASSES = 4;

/** The draft with the first suggestion of every safe finding applied, in passes until nothing clashes. */
export function rewrite(text: string, raw: RawFinding[], findingsOf: (text: string) => RawFinding[]): string {
  let out = text;
  let findings = raw;
  for (let pass = 0; pass < REWRITE_PASSES; pass++) {
    const { edits, skipped } = rewriteEdits(findings, out);
    out = applyEdits(out, edits);
    if (skipped === 0 || edits.length === 0) break;
    findings = findingsOf(out);
  }
  return out;
}
