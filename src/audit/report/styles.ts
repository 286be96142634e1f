/** The report's stylesheet: system fonts, light and dark schemes, narrow screens and print. */
import { CATEGORIES } from '../../schema/common.js';

/** One colour per category (Okabe–Ito, told apart with colour-blindness), in CATEGORIES order. */
export const CATEGORY_COLOURS = ['#0072b2', '#cc79a7', '#e69f00', '#56b4e9', '#009e73', '#d55e00', '#8c6bb1'] as const;

export const STYLES = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
  --error: #c62828; --warning: #a15c00; --suggestion: #0b62b8; --mark-error: #fde2e1; --mark-warning: #fff1c2; --mark-suggestion: #ddeeff;
  --line1: #0b62b8; --line2: #c62828;
  ${CATEGORIES.map((c, i) => `--cat-${c}: ${CATEGORY_COLOURS[i]};`).join(' ')} }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0f1217; --fg: #e6e9ee; --muted: #9aa4b1; --line: #363d47; --panel: #171b22;
    --error: #ff8a80; --warning: #ffcc66; --suggestion: #7ab8ff; --mark-error: #5c1f1f; --mark-warning: #4d3b00; --mark-suggestion: #143a63;
    --line1: #7ab8ff; --line2: #ff8a80; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header.top, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 1rem; }
header.top { padding-top: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; padding-top: 0.5rem; border-top: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 0 0 0.5rem; font-weight: 600; }
.meta, figcaption, caption, .note, .undated, .source, .offsets, footer { color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.5rem 0; list-style: none; }
a { color: var(--suggestion); }
.headline { display: grid; grid-template-columns: repeat(auto-fill, minmax(10.5rem, 1fr)); gap: 0.75rem; margin: 0 0 1rem; }
.stat { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.8rem; }
.stat dt { font-size: 0.85rem; color: var(--muted); }
.stat dd { margin: 0; font-size: 1.5rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.stat dd.note { font-size: 0.8rem; font-weight: 400; }
.scroll { overflow-x: auto; margin: 0 0 0.75rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
caption { text-align: left; padding: 0.25rem 0; caption-side: top; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--bg); border-bottom: 2px solid var(--line); white-space: nowrap; }
tbody th { font-weight: 500; overflow-wrap: break-word; min-width: 10rem; max-width: 24rem; }
/* Table cells are numbers unless marked as text. */
th.num, td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { text-align: left; white-space: normal; }
details.more { margin: 0 0 1rem; }
details.more > summary { cursor: pointer; color: var(--suggestion); padding: 0.25rem 0; }
.chart { margin: 0 0 1rem; }
fieldset.toggle { border: 0; padding: 0; margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; align-items: center; }
fieldset.toggle legend { float: left; padding: 0; margin-right: 0.5rem; color: var(--muted); }
.chart-box { position: relative; height: 320px; }
.empty { color: var(--muted); font-style: italic; }
.sev { display: inline-block; padding: 0 0.4em; border-radius: 4px; font-size: 0.8rem; border: 1px solid currentColor; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-suggestion { color: var(--suggestion); }
ul.examples { margin: 0; padding-left: 1.1rem; min-width: 16rem; }
ul.examples .message { color: var(--muted); }
q.excerpt { font-weight: 600; }
/* A finding about something missing (no greeting, no sign-off) has nothing to quote. */
q.excerpt:empty { quotes: none; } q.excerpt:empty::before { content: "(missing)"; font-weight: 400; font-style: italic; color: var(--muted); }
.reply { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.reply .score { font-size: 1.1rem; }
.reply-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 0.8rem; }
mark { color: inherit; border-bottom: 2px solid; border-radius: 2px; }
mark.sev-error { background: var(--mark-error); border-color: var(--error); }
mark.sev-warning { background: var(--mark-warning); border-color: var(--warning); }
mark.sev-suggestion { background: var(--mark-suggestion); border-color: var(--suggestion); }
ol.findings { margin: 0.5rem 0 0; padding-left: 1.5rem; }
ol.findings li { color: var(--fg); margin: 0.15rem 0; }
footer { margin: 2rem auto; font-size: 0.85rem; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  .stat dd { font-size: 1.25rem; }
  .chart-box { height: 260px; }
  th, td { padding: 0.25rem 0.35rem; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --panel: #fff; }
  body { font-size: 10pt; }
  nav, details.more > summary, fieldset.toggle { display: none; }
  thead th { position: static; }
  h2 { break-after: avoid; }
  .chart, tr { break-inside: avoid; }
}
`;
