/**
 * Builds the audit summary from row results. The accumulator holds sums and counts only
 * (plus bounded lists chosen by input order), so two accumulators over any split of the
 * input merge to exactly what one would have built: threads and queue workers each keep
 * one, and the results are merged at the end. Memory is bounded by the number of agents,
 * teams, weeks and rules, never by the number of rows.
 */
import { CATEGORIES, type Category } from '../schema/common.js';
import type { AuditFinding, AuditSummary, GroupStats, RowResult, RuleStats, WorstReply } from './schema.js';

export interface SummaryLimits {
  /** How many lowest-scoring replies to keep (default 20). */
  worst: number;
  /** How many example findings to keep per rule (default 3). */
  examples: number;
}

const DEFAULT_LIMITS: SummaryLimits = { worst: 20, examples: 3 };

interface GroupSums {
  replies: number;
  checked: number;
  scoreSum: number;
  errors: number;
  warnings: number;
  suggestions: number;
  flagged: number;
  categoryFindings: Record<Category, number>;
  categoryScoreSum: Record<Category, number>;
}

interface RuleSums {
  ruleId: string;
  category: Category;
  severity: RuleStats['severity'];
  count: number;
  replies: number;
  /** Examples with the input position they came from, so a merge keeps the earliest. */
  examples: Array<{ seq: number; id: string; excerpt: string; message: string }>;
}

/** Plain JSON, so it can cross a worker thread or a queue. */
export interface Accumulator {
  limits: SummaryLimits;
  totals: GroupSums;
  languages: Record<string, number>;
  agents: Record<string, GroupSums>;
  teams: Record<string, GroupSums>;
  weeks: Record<string, GroupSums>;
  rules: Record<string, RuleSums>;
  worst: WorstReply[];
}

/** Replies without a date are summed under this week. */
export const UNDATED = 'undated';

const perCategory = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

function emptyGroup(): GroupSums {
  return { replies: 0, checked: 0, scoreSum: 0, errors: 0, warnings: 0, suggestions: 0, flagged: 0, categoryFindings: perCategory(), categoryScoreSum: perCategory() };
}

export function createAccumulator(limits: Partial<SummaryLimits> = {}): Accumulator {
  return { limits: { ...DEFAULT_LIMITS, ...limits }, totals: emptyGroup(), languages: {}, agents: {}, teams: {}, weeks: {}, rules: {}, worst: [] };
}

function addToGroup(group: GroupSums, result: RowResult): void {
  group.replies++;
  if (!result.supported) return;
  group.checked++;
  group.scoreSum += result.score;
  let flagged = false;
  for (const finding of result.findings) {
    if (finding.severity === 'error') group.errors++;
    else if (finding.severity === 'warning') group.warnings++;
    else group.suggestions++;
    if (finding.severity !== 'suggestion') flagged = true;
    group.categoryFindings[finding.category]++;
  }
  if (flagged) group.flagged++;
  for (const category of CATEGORIES) group.categoryScoreSum[category] += result.scores[category] ?? 100;
}

function addGroups(into: GroupSums, from: GroupSums): void {
  for (const key of ['replies', 'checked', 'scoreSum', 'errors', 'warnings', 'suggestions', 'flagged'] as const) into[key] += from[key];
  for (const category of CATEGORIES) {
    into.categoryFindings[category] += from.categoryFindings[category];
    into.categoryScoreSum[category] += from.categoryScoreSum[category];
  }
}

/** Lower score first, then earlier in the input: a total order, so merges agree. */
const worseFirst = (a: WorstReply, b: WorstReply): number => a.score - b.score || a.seq - b.seq;
const earlierFirst = (a: { seq: number }, b: { seq: number }): number => a.seq - b.seq;

function keepWorst(list: WorstReply[], limit: number): WorstReply[] {
  return list.sort(worseFirst).slice(0, limit);
}

const RANK = { error: 2, warning: 1, suggestion: 0 } as const;
/** A rule's severity can vary by channel; its summary shows the most severe seen, whatever the order. */
const moreSevere = (a: RuleStats['severity'], b: RuleStats['severity']) => (RANK[b] > RANK[a] ? b : a);

/** Adds one scored reply. */
export function accumulate(acc: Accumulator, result: RowResult): void {
  acc.languages[result.language] = (acc.languages[result.language] ?? 0) + 1;
  addToGroup(acc.totals, result);
  addToGroup((acc.agents[result.agent] ??= emptyGroup()), result);
  addToGroup((acc.teams[result.team] ??= emptyGroup()), result);
  addToGroup((acc.weeks[result.week ?? UNDATED] ??= emptyGroup()), result);
  if (!result.supported) return;
  const seen = new Set<string>();
  for (const finding of result.findings) {
    const rule = (acc.rules[finding.ruleId] ??= { ruleId: finding.ruleId, category: finding.category, severity: finding.severity, count: 0, replies: 0, examples: [] });
    rule.count++;
    rule.severity = moreSevere(rule.severity, finding.severity);
    if (!seen.has(finding.ruleId)) {
      seen.add(finding.ruleId);
      rule.replies++;
      // Rows arrive in any order from a pool or a queue; keep the earliest in the input.
      if (rule.examples.length < acc.limits.examples || result.seq < rule.examples[rule.examples.length - 1]!.seq) {
        rule.examples.push({ seq: result.seq, id: result.id, excerpt: finding.excerpt, message: finding.message });
        rule.examples = rule.examples.sort(earlierFirst).slice(0, acc.limits.examples);
      }
    }
  }
  const worst = acc.worst;
  const candidate: WorstReply = { seq: result.seq, id: result.id, agent: result.agent, team: result.team, ...(result.at ? { at: result.at } : {}), score: result.score, reply: result.reply, findings: result.findings };
  if (worst.length < acc.limits.worst || worseFirst(candidate, worst[worst.length - 1]!) < 0) acc.worst = keepWorst([...worst, candidate], acc.limits.worst);
}

function mergeGroupMaps(into: Record<string, GroupSums>, from: Record<string, GroupSums>): void {
  for (const [key, group] of Object.entries(from)) addGroups((into[key] ??= emptyGroup()), group);
}

/** Merges `from` into `into` (both built with the same limits); the result is as if one accumulator had seen both inputs. */
export function mergeAccumulators(into: Accumulator, from: Accumulator): Accumulator {
  addGroups(into.totals, from.totals);
  for (const [code, count] of Object.entries(from.languages)) into.languages[code] = (into.languages[code] ?? 0) + count;
  mergeGroupMaps(into.agents, from.agents);
  mergeGroupMaps(into.teams, from.teams);
  mergeGroupMaps(into.weeks, from.weeks);
  for (const [ruleId, rule] of Object.entries(from.rules)) {
    const target = (into.rules[ruleId] ??= { ...rule, count: 0, replies: 0, examples: [] });
    target.count += rule.count;
    target.severity = moreSevere(target.severity, rule.severity);
    target.replies += rule.replies;
    target.examples = [...target.examples, ...rule.examples].sort(earlierFirst).slice(0, into.limits.examples);
  }
  into.worst = keepWorst([...into.worst, ...from.worst], into.limits.worst);
  return into;
}

const round = (n: number): number => Math.round(n * 100) / 100;

function finishGroup(group: GroupSums): GroupStats {
  const mean = (sum: number) => (group.checked ? round(sum / group.checked) : null);
  return {
    replies: group.replies,
    checked: group.checked,
    meanScore: mean(group.scoreSum),
    errors: group.errors,
    warnings: group.warnings,
    suggestions: group.suggestions,
    flagged: group.flagged,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, { findings: group.categoryFindings[c], meanScore: mean(group.categoryScoreSum[c]) }])) as GroupStats['categories'],
  };
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The summary a user reads (JSON, CSV, HTML): means rounded to two decimals, every list in a fixed order. */
export function finishSummary(acc: Accumulator): AuditSummary {
  const groups = <K extends string>(map: Record<string, GroupSums>, key: K) =>
    Object.keys(map)
      .sort(byKey)
      .map((name) => ({ [key]: name, stats: finishGroup(map[name]!) }) as { [P in K]: string } & { stats: GroupStats });
  const weeks = groups(acc.weeks, 'week');
  // Undated replies go last, after the dated weeks in order.
  weeks.sort((a, b) => Number(a.week === UNDATED) - Number(b.week === UNDATED) || byKey(a.week, b.week));
  const languages = Object.fromEntries(Object.entries(acc.languages).sort(([a], [b]) => byKey(a, b)));
  const rules: RuleStats[] = Object.values(acc.rules)
    .sort((a, b) => b.count - a.count || byKey(a.ruleId, b.ruleId))
    .map(({ examples, ...rule }) => ({ ...rule, examples: examples.map(({ id, excerpt, message }) => ({ id, excerpt, message })) }));
  return {
    totals: finishGroup(acc.totals),
    languages,
    agents: groups(acc.agents, 'agent'),
    teams: groups(acc.teams, 'team'),
    weeks,
    rules,
    worst: [...acc.worst].sort(worseFirst),
  };
}

export type { AuditFinding };
