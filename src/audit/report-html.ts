/**
 * The audit's HTML report: one self-contained file that opens offline. Chart.js is inlined
 * (read from node_modules), the summary is embedded as JSON, and a strict Content-Security-
 * Policy allows only the page's own inline script and style (by hash) and data: images, so
 * nothing in it can reach the network. Every number is also text in a table, every string
 * from the export is escaped.
 */
import { createHash } from 'node:crypto';
import { FieldError } from '../schema/errors.js';
import { array, int, minimum, object, optional, string, type output as Infer } from '../schema/zod.js';
import { AuditSummarySchema, type AuditSummary } from './schema.js';
import { agentsFigure, chartData, rulesFigure, trendFigure } from './report/charts.js';
import { chartLibrary } from './report/chart-library.js';
import { CLIENT_SCRIPT } from './report/client.js';
import { escapeHtml, jsonForScript } from './report/escape.js';
import { formatNumber } from './report/format.js';
import { byReplies, groupTable, languagesTable, overview, rulesTable, worstReplies } from './report/sections.js';
import { STYLES } from './report/styles.js';

export const ReportMetaSchema = object({
  title: optional(string()),
  /** The input files, listed under the title. */
  generatedFrom: optional(array(string())),
  /** Rows read from the input (a row the reader skipped is read but not a reply). */
  rows: optional(int().check(minimum(0))),
});
export type ReportMeta = Infer<typeof ReportMetaSchema>;

/** A summary or meta that does not fit its schema; the message names each field. */
export class ReportInputError extends FieldError {
  override readonly name = 'ReportInputError';
}

const DEFAULT_TITLE = 'reply-coach audit';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Only the inline script and style below (by their hashes) and data: images; no fetch, form, frame or base change. */
function contentSecurityPolicy(scripts: string[], style: string): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${sha256(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function parse(summary: unknown, meta: unknown): { summary: AuditSummary; meta: ReportMeta } {
  const s = AuditSummarySchema.safeParse(summary);
  if (!s.success) throw ReportInputError.from(s.error, 'summary');
  const m = ReportMetaSchema.safeParse(meta);
  if (!m.success) throw ReportInputError.from(m.error, 'meta');
  return { summary: s.data, meta: m.data };
}

function header(title: string, meta: ReportMeta): string {
  const from = meta.generatedFrom?.length ? `From ${meta.generatedFrom.map((f) => `<code>${escapeHtml(f)}</code>`).join(', ')}. ` : '';
  const rows = meta.rows !== undefined ? `<span id="rows-read" data-v="${meta.rows}">${formatNumber(meta.rows, 'count')}</span> rows read. ` : '';
  const nav = [
    ['overview', 'Overview'],
    ['trend', 'By week'],
    ['agents', 'Agents'],
    ['teams', 'Teams'],
    ['rules', 'Rules'],
    ['worst', 'Worst replies'],
    ['languages', 'Languages'],
  ]
    .map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`)
    .join('');
  return `<header class="top"><h1>${escapeHtml(title)}</h1><p class="meta">${from}${rows}Scored offline by reply-coach; this file makes no network requests.</p><nav aria-label="Sections"><ul>${nav}</ul></nav></header>`;
}

const section = (id: string, title: string, body: string) => `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${title}</h2>\n${body}\n</section>`;

/** The report as one HTML document (UTF-8). Throws ReportInputError when the summary or meta does not fit its schema. */
export function renderHtmlReport(summary: AuditSummary, meta: ReportMeta = {}): string {
  const input = parse(summary, meta);
  const s = input.summary;
  const title = input.meta.title || DEFAULT_TITLE;
  const charts = chartData(s);
  const library = chartLibrary();
  const scripts = [library, CLIENT_SCRIPT];
  const body = [
    section('overview', 'Overview', overview(s)),
    section('trend', 'Score by week', trendFigure(s, charts) + groupTable('week', s.weeks, 'Replies per ISO week (UTC), oldest first', 'weeks')),
    section('agents', 'Agents', agentsFigure(s, charts) + groupTable('agent', byReplies(s.agents, (a) => a.agent), 'Agents by replies: findings per severity and per category', 'agents')),
    section('teams', 'Teams', groupTable('team', byReplies(s.teams, (t) => t.team), 'Teams by replies: findings per severity and per category', 'teams')),
    section('rules', 'Top rules', rulesFigure(charts) + rulesTable(s.rules)),
    section('worst', 'Worst replies', '<p class="meta">The lowest-scoring checked replies, lowest first, with their findings marked in the text.</p>\n' + worstReplies(s.worst)),
    section('languages', 'Languages', languagesTable(s.languages, s.totals.replies)),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts, STYLES)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="reply-coach">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${STYLES}</style>
</head>
<body>
${header(title, input.meta)}
<main>
${body}
</main>
<footer>Made with reply-coach. Charts drawn by Chart.js (MIT licence), included in this file.</footer>
<script type="application/json" id="audit-summary">${jsonForScript(s)}</script>
<script type="application/json" id="audit-charts">${jsonForScript(charts)}</script>
${scripts.map((script) => `<script>${script}</script>`).join('\n')}
</body>
</html>
`;
}
