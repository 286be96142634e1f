/**
 * One pending job per key (a document URI). Scheduling again replaces the
 * pending job, so an analysis of an older version never runs once a newer
 * change has arrived; jobs run from the timer queue, never inside a request
 * or a notification handler, so typing and saving are never held up.
 */
export class Debouncer {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  schedule(key: string, delayMs: number, job: () => void): void {
    this.cancel(key);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        job();
      }, delayMs),
    );
  }

  cancel(key: string): void {
    const timer = this.pending.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(key);
  }

  cancelAll(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
  }
}
