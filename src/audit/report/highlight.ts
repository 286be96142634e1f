/** A reply as HTML with its findings' spans marked: the worst replies read like the editor shows them. */
import type { AuditFinding } from '../schema.js';
import { escapeHtml } from './escape.js';

const RANK = { error: 2, warning: 1, suggestion: 0 } as const;

/**
 * The escaped reply with each stretch that findings cover in a <mark>. Offsets are UTF-16
 * code units, end exclusive (what String#slice takes). Findings may overlap: the text is cut
 * at every start and end, and each piece names all findings over it (their 1-based numbers,
 * as in the list under the reply) and takes the colour of the most severe. Offsets outside
 * the reply are clamped; empty spans (a missing greeting, say) are only in the list.
 */
export function highlightReply(reply: string, findings: readonly AuditFinding[]): string {
  const spans = findings
    .map((f, i) => {
      const start = Math.max(0, Math.min(f.start, reply.length));
      return { n: i + 1, start, end: Math.max(start, Math.min(f.end, reply.length)), finding: f };
    })
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, reply.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const text = escapeHtml(reply.slice(from, to));
    const over = spans.filter((s) => s.start <= from && s.end >= to);
    if (!over.length) {
      html += text;
      continue;
    }
    const worst = over.reduce((a, b) => (RANK[b.finding.severity] > RANK[a.finding.severity] ? b : a)).finding.severity;
    // The messages are in the list below; the tooltip names the findings, kept short for long reports.
    const title = over.map((s) => `${s.n}. ${s.finding.ruleId}`).join('\n');
    html += `<mark class="sev-${worst}" data-findings="${over.map((s) => s.n).join(' ')}" title="${escapeHtml(title)}">${text}</mark>`;
  }
  return html;
}
