import type { RawFinding } from '../checks/context.js';
import { applyEdits } from './edits.js';
import { rewriteEdits } from './resolve.js';

/**
 * Fixes that clashed with a stronger one get their turn on the fixed text, as
 * ESLint's fixer does, and so do findings that only the fixed text has (an
 * inserted sentence that takes a reply over a length threshold): passes run
 * until the text has nothing left to fix, so the rewrite of the rewrite is the
 * rewrite. At most this many passes.
 */
const REWRITE_PASSES = 5;

/** The draft with the first suggestion of every safe finding applied, in passes until nothing is left to fix. */
export function rewrite(text: string, raw: RawFinding[], findingsOf: (text: string) => RawFinding[]): string {
  let out = text;
  let findings = raw;
  for (let pass = 0; pass < REWRITE_PASSES; pass++) {
    const { edits } = rewriteEdits(findings, out);
    if (edits.length === 0) break;
    out = applyEdits(out, edits);
    if (pass < REWRITE_PASSES - 1) findings = findingsOf(out);
  }
  return out;
}
