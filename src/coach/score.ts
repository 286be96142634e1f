import type { RawFinding } from '../checks/context.js';
import { CATEGORIES, type Category, type Severity } from '../schema/common.js';
import type { Scores } from '../schema/report.js';

const WEIGHT: Record<Severity, number> = { error: 3, warning: 1, suggestion: 0.25 };
/** Issues are weighed against the draft's length in units of 75 words, never less than one unit. */
const WORDS_PER_UNIT = 75;

/**
 * Per category: 100 · u / (u + weighted issues), where u = max(words, 75) / 75
 * and an error weighs 3, a warning 1, a suggestion 0.25 (after Acrolinx's
 * scorecard). Overall: the mean of the categories that were checked.
 */
export function score(findings: readonly RawFinding[], words: number, checked: readonly Category[]): Scores {
  const units = Math.max(words, WORDS_PER_UNIT) / WORDS_PER_UNIT;
  const weight = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const f of findings) weight[f.category] += WEIGHT[f.severity];
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((100 * units) / (units + weight[c]))]),
  ) as Record<Category, number>;
  const overall = checked.length === 0 ? 100 : Math.round(checked.reduce((sum, c) => sum + scores[c], 0) / checked.length);
  return { ...scores, overall };
}
