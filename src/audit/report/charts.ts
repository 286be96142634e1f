/**
 * What the charts draw, computed here from the summary (the page's script only styles it),
 * and their <figure> markup: a canvas with an aria-label and a text alternative inside.
 * Charts show the top agents and rules only; the tables hold every row.
 */
import { CATEGORIES } from '../../schema/common.js';
import type { AuditSummary } from '../schema.js';
import { UNDATED } from '../summary.js';
import { escapeHtml } from './escape.js';
import { humanize, formatNumber, ratio } from './format.js';
import { byReplies } from './sections.js';

/** Agents in the category chart (most replies first). */
export const CHART_AGENTS = 15;
/** Rules in the top-rules chart. */
export const CHART_RULES = 10;

export interface ChartData {
  trend: { labels: string[]; meanScore: (number | null)[]; flaggedShare: (number | null)[] };
  /** `checked`: each agent's checked replies, for the per-reply view. */
  agents: { labels: string[]; checked: number[]; categories: { label: string; data: number[] }[] };
  rules: { labels: string[]; counts: number[]; category: number[] };
}

const percent = (part: number, whole: number) => {
  const r = ratio(part, whole);
  return r === null ? null : Math.round(r * 1000) / 10;
};

export function chartData(summary: AuditSummary): ChartData {
  const weeks = summary.weeks.filter((w) => w.week !== UNDATED);
  const agents = byReplies(summary.agents, (a) => a.agent).slice(0, CHART_AGENTS);
  const rules = summary.rules.slice(0, CHART_RULES);
  return {
    trend: { labels: weeks.map((w) => w.week), meanScore: weeks.map((w) => w.stats.meanScore), flaggedShare: weeks.map((w) => percent(w.stats.flagged, w.stats.checked)) },
    agents: { labels: agents.map((a) => a.agent), checked: agents.map((a) => a.stats.checked), categories: CATEGORIES.map((c) => ({ label: humanize(c), data: agents.map((a) => a.stats.categories[c].findings) })) },
    rules: { labels: rules.map((r) => r.ruleId), counts: rules.map((r) => r.count), category: rules.map((r) => CATEGORIES.indexOf(r.category)) },
  };
}

/** `bars`: how many bars a horizontal bar chart has (its height follows); omitted for the trend. */
function figure(name: keyof ChartData, label: string, alternative: string, caption: string, bars?: number): string {
  return (
    `<figure class="chart"><div class="chart-box"${bars ? ` data-bars="${bars}"` : ''}><canvas id="chart-${name}" data-chart="${name}" role="img" aria-label="${escapeHtml(label)}">` +
    `${escapeHtml(alternative)}</canvas></div><figcaption>${escapeHtml(caption)}</figcaption></figure>`
  );
}

const none = (what: string) => `<p class="empty">No ${what} to chart.</p>`;

export function trendFigure(summary: AuditSummary, data: ChartData): string {
  const { labels, meanScore } = data.trend;
  const undated = summary.weeks.find((w) => w.week === UNDATED)?.stats;
  const apart = undated
    ? `<p class="undated" id="undated">${formatNumber(undated.replies, 'count')} ${undated.replies === 1 ? 'reply has' : 'replies have'} no date` +
      ` (mean score ${formatNumber(undated.meanScore, 'score')}): they are in the table under “${UNDATED}”, not in the chart.</p>`
    : '';
  if (!labels.length) return none('dated replies') + apart;
  const known = meanScore.filter((m): m is number => m !== null);
  const range = known.length ? `, mean score from ${formatNumber(Math.min(...known), 'score')} to ${formatNumber(Math.max(...known), 'score')}` : '';
  const label = `Line chart: mean score and flagged share by ISO week, ${labels[0]} to ${labels[labels.length - 1]}${range}. The numbers are in the table below.`;
  return figure('trend', label, label, 'Mean score (0–100) and share of checked replies flagged (%) per ISO week, in UTC.') + apart;
}

export function agentsFigure(summary: AuditSummary, data: ChartData): string {
  const { labels } = data.agents;
  if (!labels.length) return none('agents');
  const shown = labels.length < summary.agents.length ? `the ${labels.length} agents with the most replies (of ${summary.agents.length})` : `all ${labels.length} agents`;
  const label = `Stacked bar chart: findings per category for ${shown}. The numbers are in the agents table below.`;
  // An agent with many replies (often "(unknown)") dwarfs the rest in counts; per reply they compare.
  const scale =
    '<fieldset class="toggle" id="agents-scale"><legend>Bars show</legend>' +
    '<label><input type="radio" name="agents-scale" value="count" checked> findings</label> ' +
    '<label><input type="radio" name="agents-scale" value="rate"> findings per checked reply</label></fieldset>';
  return scale + figure('agents', label, label, `Findings per category for ${shown}.`, labels.length);
}

export function rulesFigure(data: ChartData): string {
  const { labels } = data.rules;
  if (!labels.length) return none('rules');
  const label = `Bar chart: findings of the ${labels.length} most frequent rules. The numbers are in the rules table below.`;
  return figure('rules', label, label, `The ${labels.length} rules with the most findings, coloured by category.`, labels.length);
}
