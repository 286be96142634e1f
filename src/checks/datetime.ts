import type { DateTimeRule } from '../schema/pack.js';
import type { Suggestion } from '../schema/report.js';
import type { Group } from '../match/groups.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import { applies, finding, scopeAround, type CompiledRule } from './rule.js';

/**
 * Dates and times the customer may read differently from the agent, from the
 * runtime's own zone and calendar data (Intl), not hand-written tables:
 * - `time-without-zone`: "I'll call you tomorrow at 9" to a customer whose
 *   time zone differs from the team's (`team.timeZone`);
 * - `ambiguous-date`: "03/04" where the customer's culture puts day and month
 *   the other way round from the writer's.
 */
export class DateTimeCheck {
  private readonly zones?: Group;
  private readonly hourWords: RegExp | undefined;

  constructor(private readonly c: CompiledRule<DateTimeRule>) {
    if (c.rule.zones) this.zones = c.groups.add(c.rule.zones, c.classes, 'later');
    const words = c.rule.hourWords?.map(escape).join('|');
    // "at 9." / "o 9," / "soat 9 da": an hour word, a bare hour, then the end of the clause.
    if (words) this.hourWords = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})\\s+([01]?\\d|2[0-3])(?=\\s*(?:[.,;!?)]|$|o'clock|h\\b))`, 'giu');
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const severity = env.severityOf(this.c);
    if (severity === undefined || draft.wordCount === 0 || !applies(this.c, draft)) return [];
    return this.c.rule.detect === 'time-without-zone' ? this.times(draft, severity) : this.dates(draft, severity);
  }

  private times(draft: Draft, severity: RawFinding['severity']): RawFinding[] {
    const team = draft.team?.timeZone;
    const customer = customerZones(draft);
    if (!team || customer.length === 0 || customer.some((z) => sameOffsets(z, team))) return [];
    const out: RawFinding[] = [];
    const teamName = zoneName(team, draft.language);
    const customerName = zoneName(customer[0]!, draft.language);
    for (const { start, end } of clockTimes(draft.text, this.hourWords)) {
      if (inQuoted(draft, start) || this.zoneNear(draft, start)) continue;
      const suggestions: Suggestion[] = teamName ? [{ label: `(${teamName})`, edits: [{ start: end, end, text: ` (${teamName})` }] }] : [];
      out.push(finding(this.c, severity, draft, start, end, suggestions, { note: customerName ?? customer[0] }));
    }
    return out;
  }

  private dates(draft: Draft, severity: RawFinding['severity']): RawFinding[] {
    const reader = draft.audience?.locale ? dayMonthOrder(draft.audience.locale) : undefined;
    if (!reader) return [];
    const writer = dayMonthOrder(draft.team?.locale ?? DEFAULT_WRITER[draft.language] ?? '');
    if (writer === reader) return [];
    const out: RawFinding[] = [];
    for (const d of numericDates(draft.text)) {
      if (inQuoted(draft, d.start)) continue;
      // Readings the writer may have meant: their own order, or both when it is unknown.
      const readings = writer ? [writer] : (['dm', 'md'] as const);
      const suggestions: Suggestion[] = [];
      for (const order of readings) {
        const [day, month] = order === 'dm' ? [d.a, d.b] : [d.b, d.a];
        const text = longDate(day, month, d.year, draft.language, [draft.audience?.locale, draft.team?.locale]);
        if (text && !suggestions.some((s) => s.edits[0]!.text === text)) suggestions.push({ label: text, edits: [{ start: d.start, end: d.end, text }] });
      }
      out.push(finding(this.c, severity, draft, d.start, d.end, suggestions));
    }
    return out;
  }

  private zoneNear(draft: Draft, offset: number): boolean {
    if (!this.zones) return false;
    const sentence = scopeAround('sentence', draft, offset);
    return this.c.groups.hits(this.zones, draft).some((h) => h.start >= sentence.start && h.end <= sentence.end);
  }
}

/** The writer's day-month order when no team locale is given: the language's own convention; English has none. */
const DEFAULT_WRITER: Record<string, string> = { pl: 'pl-PL', cs: 'cs-CZ', sk: 'sk-SK', uz: 'uz-UZ' };

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

function inQuoted(draft: Draft, offset: number): boolean {
  return draft.segments.quoted.some((q) => q.start <= offset && offset < q.end);
}

const CLOCK = /(?<![\p{N}:.])([01]?\d|2[0-3]):([0-5]\d)(?:\s?[ap]\.?\s?m\b\.?)?(?![\p{N}:])|(?<![\p{N}:.,])(1[0-2]|0?[1-9])\s?[ap]\.?\s?m\b\.?/giu;

/** Clock times in the text: "9:00", "17:30", "9am", "5 p.m.", and hours after an hour word ("at 9."). */
export function clockTimes(text: string, hourWords: RegExp | undefined): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(CLOCK)) out.push({ start: m.index, end: m.index + m[0].replace(/\.$/, '').length });
  if (hourWords) {
    for (const m of text.matchAll(hourWords)) {
      const end = m.index + m[0].length;
      const start = end - m[1]!.length;
      if (!out.some((t) => t.start <= start && start < t.end)) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const DATE = /(?<![\p{N}/.\-])(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\p{N}/]|[.\-]\p{N})/gu;

/** All-numeric dates whose first two numbers could each be the day or the month ("03/04", "4.3.2027"). */
export function numericDates(text: string): { start: number; end: number; a: number; b: number; year?: number }[] {
  const out: { start: number; end: number; a: number; b: number; year?: number }[] = [];
  for (const m of text.matchAll(DATE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const separator = m[2]!;
    // "4.3" is a number and "3-4" a range: only "/" stands without a year.
    if (separator !== '/' && m[4] === undefined) continue;
    if (a < 1 || b < 1 || a > 12 || b > 12 || a === b) continue;
    const year = m[4] === undefined ? undefined : m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    out.push({ start: m.index, end: m.index + m[0].length, a, b, ...(year === undefined ? {} : { year }) });
  }
  return out;
}

/**
 * Intl formatters are slow to build and their answers never change for a
 * locale or zone, while analyze runs on every keystroke: answer each once.
 */
function once<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  if (cache.size < 1000) cache.set(key, value);
  return value;
}
const ORDERS = new Map<string, 'dm' | 'md' | undefined>();
const REGION_ZONES = new Map<string, string[]>();
const SAME_OFFSETS = new Map<string, boolean>();
const ZONE_NAMES = new Map<string, string | undefined>();

/** 'dm' when the locale writes the day before the month in a numeric date, 'md' otherwise; undefined when unknown. */
export function dayMonthOrder(locale: string): 'dm' | 'md' | undefined {
  return once(ORDERS, locale, () => computeOrder(locale));
}

function computeOrder(locale: string): 'dm' | 'md' | undefined {
  if (!locale) return undefined;
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(new Date(Date.UTC(2027, 2, 4, 12)));
    const types = parts.map((p) => p.type).filter((t) => t === 'day' || t === 'month');
    return types[0] === 'day' ? 'dm' : 'md';
  } catch {
    return undefined;
  }
}

/** "4 March 2027" in the draft's language, in the customer's regional form where it is the same language (en-US writes "March 4"). */
function longDate(day: number, month: number, year: number | undefined, language: string, regional: (string | undefined)[]): string | undefined {
  const same = regional.find((l) => l !== undefined && l.toLowerCase().split(/[-_]/)[0] === language);
  const locale = same ?? (language === 'en' ? 'en-GB' : language);
  try {
    const date = new Date(Date.UTC(year ?? 2027, month - 1, day, 12));
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(date);
  } catch {
    return undefined;
  }
}

/** The customer's zones: the one given, else those of the locale's region (where the runtime lists them). */
function customerZones(draft: Draft): string[] {
  if (draft.audience?.timeZone) return [draft.audience.timeZone];
  const locale = draft.audience?.locale;
  if (!locale) return [];
  return once(REGION_ZONES, locale, () => regionZones(locale));
}

function regionZones(locale: string): string[] {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { timeZones?: string[]; getTimeZones?: () => string[] };
    return l.getTimeZones?.() ?? l.timeZones ?? [];
  } catch {
    return [];
  }
}

/** Two fixed days, one in each half of the year, so summer time counts and the result never depends on today. */
const REFERENCE_DAYS = [Date.UTC(2027, 0, 15, 12), Date.UTC(2027, 6, 15, 12)];

function offsetOf(zone: string, at: number): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

function sameOffsets(a: string, b: string): boolean {
  return once(SAME_OFFSETS, `${a} ${b}`, () => REFERENCE_DAYS.every((at) => offsetOf(a, at) === offsetOf(b, at)));
}

/** "Central European Time" / "czas środkowoeuropejski" in the draft's language. */
function zoneName(zone: string, language: string): string | undefined {
  return once(ZONE_NAMES, `${zone} ${language}`, () => computeZoneName(zone, language));
}

function computeZoneName(zone: string, language: string): string | undefined {
  try {
    return new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(REFERENCE_DAYS[0]).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}
