import { OptionsError } from '../schema/errors.js';
import { TextEditSchema, type TextEdit } from '../schema/report.js';
import { array } from '../schema/zod.js';

const EditsSchema = array(TextEditSchema);

/** Two edits clash when their ranges overlap, or when both insert at the same offset (their order would be a guess). */
export function editsClash(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return a.start > b.start && a.start < b.end;
  if (b.start === b.end) return b.start > a.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies text edits given against the original text. Edits are taken in
 * order of offset; one that clashes with an edit already taken is skipped,
 * as ESLint's fixer does. Throws OptionsError for a malformed or
 * out-of-range edit, naming it.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  if (typeof text !== 'string') throw new OptionsError([{ path: 'text', message: 'must be a string' }]);
  const parsed = EditsSchema.safeParse(edits);
  if (!parsed.success) throw OptionsError.from(parsed.error, 'edits');
  parsed.data.forEach((e, i) => {
    if (e.end < e.start || e.end > text.length) {
      throw new OptionsError([{ path: `edits.${i}`, message: `must satisfy start <= end <= ${text.length}, got ${e.start}..${e.end}` }]);
    }
  });
  // Sorted by start (insertions before replacements at the same offset), an edit clashes with an earlier one
  // only if it starts inside the furthest replacement so far, or inserts where the last insertion did.
  const taken: TextEdit[] = [];
  let reach = -1;
  let lastInsertion = -1;
  for (const e of [...parsed.data].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const insertion = e.start === e.end;
    if (e.start < reach || (insertion && e.start === lastInsertion)) continue;
    taken.push(e);
    if (insertion) lastInsertion = e.start;
    else reach = e.end;
  }
  let out = '';
  let at = 0;
  for (const e of taken) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
