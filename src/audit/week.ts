/** The ISO 8601 week ("2026-W49") of a timestamp, in UTC; null when it is not a date. */
export function isoWeek(at: string | undefined): string | null {
  if (!at) return null;
  const time = Date.parse(at);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  // The ISO week belongs to the year of its Thursday.
  const day = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day + 3);
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
