/**
 * The audit's progress on standard error: on a terminal, one line redrawn at most ten times a
 * second (rows done, rows/s, share of the input read, ETA, elapsed); piped or in CI, a plain
 * line every few seconds; nothing with --quiet. The ETA comes from bytes read against the
 * input's total size (unknown for standard input, so no ETA there).
 */
import type { ByteCount } from './readers/input.js';

/** Rows per second over the whole run. */
export function rate(rows: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (rows * 1000) / elapsedMs : 0;
}

/** Seconds left, assuming the rest of the input reads as fast as what was read; undefined without a total or before any byte. */
export function eta(bytesRead: number, totalBytes: number | undefined, elapsedMs: number): number | undefined {
  if (!totalBytes || bytesRead <= 0 || elapsedMs <= 0) return undefined;
  const left = Math.max(0, totalBytes - bytesRead);
  return (elapsedMs / 1000) * (left / bytesRead);
}

/** "0:07", "12:05", "1:02:03". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export interface ProgressOptions {
  write: (text: string) => void;
  /** Whether the stream is a terminal that can redraw a line. */
  tty: boolean;
  bytes: ByteCount;
  totalBytes?: number;
  quiet?: boolean;
  /** Seconds between plain lines when not a terminal (default 10). */
  every?: number;
  now?: () => number;
}

/** Redraws on a terminal at most this often (ms): about ten times a second. */
const REDRAW_MS = 100;

export class Progress {
  private readonly started: number;
  private last: number;
  private drawn = false;
  private readonly gap: number;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.last = this.now();
    this.gap = options.tty ? REDRAW_MS : (options.every ?? 10) * 1000;
  }

  /** The progress text for `rows` done at `at` (ms since the epoch, as `now` gives). */
  line(rows: number, at: number = this.now()): string {
    const elapsed = at - this.started;
    const { bytes, totalBytes } = this.options;
    const parts = [`${rows.toLocaleString('en-US')} ${rows === 1 ? 'row' : 'rows'}`, `${Math.round(rate(rows, elapsed)).toLocaleString('en-US')} rows/s`];
    if (totalBytes) parts.push(`${Math.min(100, Math.floor((bytes.read / totalBytes) * 100))}%`);
    const left = eta(bytes.read, totalBytes, elapsed);
    if (left !== undefined) parts.push(`ETA ${duration(left)}`);
    parts.push(`${duration(elapsed / 1000)} elapsed`);
    return parts.join(this.options.tty ? ' · ' : ', ');
  }

  /** Called after each row: cheap unless it is time to draw. */
  tick(rows: number): void {
    if (this.options.quiet) return;
    const at = this.now();
    if (at - this.last < this.gap) return;
    this.last = at;
    if (this.options.tty) {
      this.options.write(`\r\x1b[2K${this.line(rows, at)}`);
      this.drawn = true;
    } else this.options.write(`reply-coach: ${this.line(rows, at)}\n`);
  }

  /** Clears the terminal line, so the closing summary starts on a clean line. */
  done(): void {
    if (this.drawn) this.options.write('\r\x1b[2K');
    this.drawn = false;
  }
}
