/**
 * Spans bucketed by position, so "does anything kept so far touch this
 * span?" costs a few bucket scans instead of a pass over everything kept
 * (a megabyte draft has tens of thousands of findings).
 */
export class IntervalIndex<T extends { start: number; end: number }> {
  private readonly buckets = new Map<number, T[]>();

  constructor(private readonly size = 128) {}

  private range(x: { start: number; end: number }): [number, number] {
    return [Math.floor(x.start / this.size), Math.floor(Math.max(x.start, x.end - 1) / this.size)];
  }

  add(x: T): void {
    const [from, to] = this.range(x);
    for (let b = from; b <= to; b++) {
      const list = this.buckets.get(b);
      if (list) list.push(x);
      else this.buckets.set(b, [x]);
    }
  }

  /** Whether a stored span near x satisfies the test (the test decides what overlapping means). */
  some(x: { start: number; end: number }, test: (stored: T) => boolean): boolean {
    const [from, to] = this.range(x);
    for (let b = from; b <= to; b++) {
      const list = this.buckets.get(b);
      if (list && list.some(test)) return true;
    }
    return false;
  }
}
