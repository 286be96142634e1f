/**
 * A semantic table: caption, column headers, one row header per row. Numeric columns name
 * their value in the header's `data-k`; a number's cell holds it as text, plus the raw value
 * in `data-v` where the text differs ("1,234", "67.3%", "—" for none), for scripts and tests.
 * Kept this terse because a report over 500 agents has thousands of cells.
 * Long tables show their first rows and keep the rest in a <details> below, so a report over
 * 500 agents opens short and still holds every row (find-in-page opens it).
 */
import { escapeHtml } from './escape.js';
import { formatNumber, type NumberFormat } from './format.js';

export interface Column<T> {
  /** Names a numeric column in its header's data-k. */
  key: string;
  label: string;
  /** A number (formatted, raw value in data-v) or HTML already escaped (format 'html'). */
  value: (row: T) => number | null | string;
  format: NumberFormat | 'html';
}

export interface TableSpec<T> {
  id: string;
  caption: string;
  /** The first column: a header cell naming the row (escaped here), shown as `shown` (HTML) when given. */
  rowHeader: { label: string; name: (row: T) => string; shown?: (row: T) => string };
  /** The row's data attribute ("agent" gives data-agent="<name>"). */
  rowKey: string;
  columns: Column<T>[];
  rows: readonly T[];
  /** Rows shown before the rest is folded away. */
  visible: number;
  /** Plural noun for the fold ("agents"). */
  noun: string;
}

function cell<T>(column: Column<T>, row: T): string {
  const value = column.value(row);
  if (column.format === 'html') return `<td class="text">${value ?? ''}</td>`;
  const n = typeof value === 'number' ? value : null;
  const text = formatNumber(n, column.format);
  return text === String(n) ? `<td>${text}</td>` : `<td data-v="${n ?? ''}">${text}</td>`;
}

function tableHtml<T>(spec: TableSpec<T>, rows: readonly T[], id: string, caption: string): string {
  const head =
    `<th scope="col">${escapeHtml(spec.rowHeader.label)}</th>` +
    spec.columns.map((c) => `<th scope="col"${c.format === 'html' ? '' : ` class="num" data-k="${c.key}"`}>${escapeHtml(c.label)}</th>`).join('');
  const body = rows.length
    ? rows
        .map((row) => {
          const name = spec.rowHeader.name(row);
          const shown = spec.rowHeader.shown?.(row) ?? escapeHtml(name);
          return `<tr data-${spec.rowKey}="${escapeHtml(name)}"><th scope="row">${shown}</th>${spec.columns.map((c) => cell(c, row)).join('')}</tr>`;
        })
        .join('\n')
    : `<tr><td class="text" colspan="${spec.columns.length + 1}">None.</td></tr>`;
  return `<div class="scroll"><table id="${id}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

export function renderTable<T>(spec: TableSpec<T>): string {
  const { rows, visible } = spec;
  if (rows.length <= visible) return tableHtml(spec, rows, spec.id, spec.caption);
  const rest = rows.length - visible;
  return (
    tableHtml(spec, rows.slice(0, visible), spec.id, `${spec.caption} (first ${visible} of ${rows.length})`) +
    `\n<details class="more"><summary>The other ${rest} ${spec.noun}</summary>\n` +
    tableHtml(spec, rows.slice(visible), `${spec.id}-more`, `${spec.caption} (${visible + 1} to ${rows.length})`) +
    '\n</details>'
  );
}
