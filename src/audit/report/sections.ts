/** The report's sections as HTML, from the summary alone: every number is text in the page. */
import { CATEGORIES, type Category } from '../../schema/common.js';
import type { AuditSummary, GroupStats, RuleStats, WorstReply } from '../schema.js';
import { escapeHtml } from './escape.js';
import { humanize, formatNumber, ratio, type NumberFormat } from './format.js';
import { highlightReply } from './highlight.js';
import { renderTable, type Column } from './table.js';

/** Rows a table shows before folding the rest into <details>. */
export const VISIBLE_ROWS = 25;
/** Rules shown before folding the rest (each has a few lines of examples). */
const VISIBLE_RULES = 15;
/** Worst replies shown before folding the rest. */
const VISIBLE_REPLIES = 10;

type Named = { stats: GroupStats };

/** The columns every group table has (agents, teams, weeks): counts, flagged share, mean, findings per category. */
function groupColumns<T extends Named>(): Column<T>[] {
  const stat = (key: keyof Omit<GroupStats, 'categories'>, label: string, format: NumberFormat): Column<T> => ({ key, label, format, value: (r) => r.stats[key] });
  return [
    stat('replies', 'Replies', 'count'),
    stat('checked', 'Checked', 'count'),
    stat('flagged', 'Flagged', 'count'),
    { key: 'flaggedShare', label: 'Flagged share', format: 'share', value: (r) => ratio(r.stats.flagged, r.stats.checked) },
    stat('meanScore', 'Mean score', 'score'),
    stat('errors', 'Errors', 'count'),
    stat('warnings', 'Warnings', 'count'),
    stat('suggestions', 'Suggestions', 'count'),
    ...CATEGORIES.map((c): Column<T> => ({ key: `cat-${c}`, label: humanize(c), format: 'count', value: (r) => r.stats.categories[c].findings })),
  ];
}

/** Most replies first, then by name: the order of the charts and tables. */
export function byReplies<T extends Named>(rows: readonly T[], name: (row: T) => string): T[] {
  return [...rows].sort((a, b) => b.stats.replies - a.stats.replies || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

export function groupTable<K extends 'agent' | 'team' | 'week'>(
  key: K,
  rows: ReadonlyArray<{ [P in K]: string } & Named>,
  caption: string,
  noun: string,
): string {
  return renderTable({ id: `table-${key}s`, caption, rowHeader: { label: humanize(key), name: (r) => r[key] }, rowKey: key, columns: groupColumns(), rows, visible: VISIBLE_ROWS, noun });
}

const headline = (id: string, label: string, value: number | null, format: NumberFormat, note = '') =>
  `<div class="stat"><dt>${label}</dt><dd id="${id}" data-v="${value ?? ''}">${formatNumber(value, format)}</dd>${note ? `<dd class="note">${note}</dd>` : ''}</div>`;

const count = (id: string, n: number) => `<span id="${id}" data-v="${n}">${formatNumber(n, 'count')}</span>`;

export function overview(summary: AuditSummary): string {
  const t = summary.totals;
  const unchecked = t.replies - t.checked;
  const stats = [
    headline('total-replies', 'Replies', t.replies, 'count'),
    headline('total-checked', 'Checked', t.checked, 'count', unchecked ? `${formatNumber(unchecked, 'count')} in a language without rules` : 'all in a supported language'),
    headline('total-flagged-share', 'Flagged', ratio(t.flagged, t.checked), 'share', `${count('total-flagged', t.flagged)} with a warning or an error`),
    headline('total-mean-score', 'Mean score', t.meanScore, 'score', 'out of 100'),
    ...(['errors', 'warnings', 'suggestions'] as const).map((k) => headline(`total-${k}-per-reply`, `${humanize(k)} per reply`, ratio(t[k], t.checked), 'rate', `${count(`total-${k}`, t[k])} in all`)),
  ];
  const categories = renderTable({
    id: 'table-categories',
    caption: 'Findings and mean score per category, all checked replies',
    rowHeader: { label: 'Category', name: (c: Category) => c, shown: humanize },
    rowKey: 'category',
    columns: [
      { key: 'findings', label: 'Findings', format: 'count', value: (c) => t.categories[c].findings },
      { key: 'meanScore', label: 'Mean score', format: 'score', value: (c) => t.categories[c].meanScore },
    ],
    rows: CATEGORIES,
    visible: CATEGORIES.length,
    noun: 'categories',
  });
  return `<dl class="headline">${stats.join('')}</dl>\n${categories}`;
}

/** A rule's examples: excerpt and reply id; the message under the first, and under any other that says something else. */
function examples(rule: RuleStats): string {
  const items = rule.examples.map(
    (e, i) =>
      `<li><q class="excerpt">${escapeHtml(e.excerpt)}</q> <span class="source">${escapeHtml(e.id)}</span>` +
      `${i === 0 || e.message !== rule.examples[i - 1]!.message ? `<br><span class="message">${escapeHtml(e.message)}</span>` : ''}</li>`,
  );
  return items.length ? `<ul class="examples">${items.join('')}</ul>` : '';
}

/** A rule id that breaks after its dots on a narrow screen rather than anywhere. */
const ruleIdShown = (id: string) => escapeHtml(id).replace(/\./g, '.<wbr>');

export function rulesTable(rules: readonly RuleStats[]): string {
  return renderTable({
    id: 'table-rules',
    caption: 'Rules by findings, with the first examples in the input',
    rowHeader: { label: 'Rule', name: (r) => r.ruleId, shown: (r) => ruleIdShown(r.ruleId) },
    rowKey: 'rule',
    columns: [
      { key: 'category', label: 'Category', format: 'html', value: (r) => escapeHtml(humanize(r.category)) },
      { key: 'severity', label: 'Severity', format: 'html', value: (r) => `<span class="sev sev-${r.severity}">${r.severity}</span>` },
      { key: 'count', label: 'Findings', format: 'count', value: (r) => r.count },
      { key: 'replies', label: 'Replies', format: 'count', value: (r) => r.replies },
      { key: 'examples', label: 'Examples: excerpt, reply id, message', format: 'html', value: examples },
    ],
    rows: rules,
    visible: VISIBLE_RULES,
    noun: 'rules',
  });
}

function worstReply(reply: WorstReply, index: number): string {
  const about = [`agent ${reply.agent}`, `team ${reply.team}`, ...(reply.at ? [reply.at] : []), `reply ${reply.id}`].map(escapeHtml).join(' · ');
  const findings = reply.findings
    .map(
      (f) =>
        `<li class="sev-${f.severity}" data-rule="${escapeHtml(f.ruleId)}"><span class="sev sev-${f.severity}">${f.severity}</span> <code>${escapeHtml(f.ruleId)}</code> ` +
        `${f.end > f.start ? `<q class="excerpt">${escapeHtml(f.excerpt)}</q> ` : ''}<span class="offsets">${f.start}–${f.end}</span> ${escapeHtml(f.message)}</li>`,
    )
    .join('');
  return (
    `<article class="reply" data-worst="${index}" data-id="${escapeHtml(reply.id)}">` +
    `<h3>Score <span class="score" data-v="${reply.score}">${formatNumber(reply.score, 'score')}</span> · ${about}</h3>` +
    `<p class="reply-text">${highlightReply(reply.reply, reply.findings)}</p>` +
    `<ol class="findings">${findings}</ol></article>`
  );
}

export function worstReplies(worst: readonly WorstReply[]): string {
  if (!worst.length) return '<p>No checked replies.</p>';
  const shown = worst.slice(0, VISIBLE_REPLIES).map(worstReply).join('\n');
  if (worst.length <= VISIBLE_REPLIES) return shown;
  const rest = worst.slice(VISIBLE_REPLIES).map((r, i) => worstReply(r, i + VISIBLE_REPLIES)).join('\n');
  return `${shown}\n<details class="more"><summary>The other ${worst.length - VISIBLE_REPLIES} replies</summary>\n${rest}\n</details>`;
}

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return undefined;
  }
})();

function languageName(code: string): string {
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code; // not a language tag ("und", "unknown"…)
  }
}

export function languagesTable(languages: Record<string, number>, replies: number): string {
  const rows = Object.entries(languages).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return renderTable({
    id: 'table-languages',
    caption: 'Replies per language (given by the export or detected)',
    rowHeader: { label: 'Language', name: ([code]) => code },
    rowKey: 'language',
    columns: [
      { key: 'name', label: 'Name', format: 'html', value: ([code]) => escapeHtml(languageName(code)) },
      { key: 'replies', label: 'Replies', format: 'count', value: ([, n]) => n },
      { key: 'share', label: 'Share', format: 'share', value: ([, n]) => ratio(n, replies) },
    ],
    rows,
    visible: VISIBLE_ROWS,
    noun: 'languages',
  });
}
