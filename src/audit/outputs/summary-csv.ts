/** The summary's tables as CSV files: one per agent, team, week, category and rule. */
import { CATEGORIES } from '../../schema/common.js';
import type { AuditSummary, GroupStats } from '../schema.js';
import { csvTable, type Cell } from './csv.js';

/** Share of checked replies flagged (a warning or an error), 0..1, or null when none was checked. */
export const flaggedShare = (stats: GroupStats): number | null => (stats.checked ? Math.round((stats.flagged / stats.checked) * 10_000) / 10_000 : null);

const GROUP_COLUMNS = ['replies', 'checked', 'mean_score', 'flagged', 'flagged_share', 'errors', 'warnings', 'suggestions', ...CATEGORIES.flatMap((c) => [`${c}_findings`, `${c}_mean_score`])];

function groupCells(stats: GroupStats): Cell[] {
  return [
    stats.replies,
    stats.checked,
    stats.meanScore,
    stats.flagged,
    flaggedShare(stats),
    stats.errors,
    stats.warnings,
    stats.suggestions,
    ...CATEGORIES.flatMap((c) => [stats.categories[c].findings, stats.categories[c].meanScore]),
  ];
}

const groupTable = <K extends string>(key: K, groups: readonly ({ [P in K]: string } & { stats: GroupStats })[]): string =>
  csvTable([key, ...GROUP_COLUMNS], groups.map((g) => [g[key], ...groupCells(g.stats)]));

/** File name → CSV text. */
export function summaryCsvFiles(summary: AuditSummary): Record<string, string> {
  return {
    'agents.csv': groupTable('agent', summary.agents),
    'teams.csv': groupTable('team', summary.teams),
    'weeks.csv': groupTable('week', summary.weeks),
    'categories.csv': csvTable(
      ['category', 'findings', 'mean_score'],
      CATEGORIES.map((c) => [c, summary.totals.categories[c].findings, summary.totals.categories[c].meanScore]),
    ),
    'rules.csv': csvTable(
      ['rule', 'category', 'severity', 'findings', 'replies', 'example_id', 'example_excerpt'],
      summary.rules.map((r) => [r.ruleId, r.category, r.severity, r.count, r.replies, r.examples[0]?.id, r.examples[0]?.excerpt]),
    ),
  };
}
