/** The short summary printed when an audit ends: counts, the flagged share, the top rules and the agent most often flagged. */
import type { AuditSummary } from '../schema.js';
import { UNKNOWN } from '../score-row.js';
import { flaggedShare } from './summary-csv.js';

const count = (n: number): string => n.toLocaleString('en-US');
const percent = (share: number | null): string => (share === null ? '-' : `${(share * 100).toFixed(1)}%`);

/** Agents need this many checked replies to be named the most flagged (fewer when no agent has that many). */
const MIN_REPLIES = 5;

/** The agent with the largest share of flagged replies, among named agents with enough checked replies. */
export function mostFlaggedAgent(summary: AuditSummary): { agent: string; share: number; checked: number } | undefined {
  const named = summary.agents.filter((a) => a.agent !== UNKNOWN && a.stats.checked > 0);
  const enough = named.filter((a) => a.stats.checked >= MIN_REPLIES);
  let best: { agent: string; share: number; checked: number } | undefined;
  for (const a of enough.length ? enough : named) {
    const share = flaggedShare(a.stats)!;
    // Ties: more replies, then the name, so the line does not depend on order.
    if (!best || share > best.share || (share === best.share && (a.stats.checked > best.checked || (a.stats.checked === best.checked && a.agent < best.agent)))) {
      best = { agent: a.agent, share, checked: a.stats.checked };
    }
  }
  return best;
}

export function summaryTable(summary: AuditSummary, extra: { seconds: number; skipped: number }): string {
  const t = summary.totals;
  const pad = (label: string) => label.padEnd(22);
  const lines = [
    `${pad('Replies')}${count(t.replies)}${extra.skipped ? ` (${count(extra.skipped)} unreadable records skipped)` : ''}`,
    `${pad('Checked')}${count(t.checked)}${t.replies > t.checked ? ` (${count(t.replies - t.checked)} in languages without rules)` : ''}`,
    `${pad('Flagged')}${count(t.flagged)} (${percent(flaggedShare(t))} of checked)`,
    `${pad('Mean score')}${t.meanScore === null ? '-' : t.meanScore.toFixed(1)}`,
    `${pad('Time')}${extra.seconds.toFixed(1)} s${extra.seconds > 0 ? `, ${count(Math.round(t.replies / extra.seconds))} replies/s` : ''}`,
  ];
  const top = summary.rules.slice(0, 5);
  if (top.length) {
    lines.push('Top rules');
    const width = Math.max(...top.map((r) => r.ruleId.length));
    for (const r of top) lines.push(`  ${r.ruleId.padEnd(width)}  ${count(r.count)} findings in ${count(r.replies)} replies`);
  }
  const worst = mostFlaggedAgent(summary);
  if (worst) lines.push(`${pad('Most flagged agent')}${worst.agent}: ${percent(worst.share)} of ${count(worst.checked)} checked replies`);
  return lines.join('\n');
}
