/** How the report writes numbers: the text a reader sees (tables add the raw value in data-v where the text differs). */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export type NumberFormat = 'count' | 'score' | 'share' | 'rate';

/** "—" for a missing value (a mean over no checked replies). */
export function formatNumber(value: number | null, format: NumberFormat): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (format) {
    case 'count':
      return integer.format(value);
    case 'score':
      return value.toFixed(1);
    case 'share':
      return `${(value * 100).toFixed(1)}%`;
    case 'rate':
      return value.toFixed(2);
  }
}

/** part / whole, or null when there is no whole. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A key as words: "positive-language" → "Positive language", "errors" → "Errors". */
export const humanize = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, ' ');
