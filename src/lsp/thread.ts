import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analyzed, FromWorker, ToWorker } from './worker.js';

type Request = Extract<ToWorker, { id: number }>;
type Omitted<T> = T extends unknown ? Omit<T, 'id'> : never;

/** An analysis given up for a newer version of its document. */
export class Cancelled extends Error {
  override readonly name = 'Cancelled';
}

/** An analysis running longer than this is stopped (the thread restarted) when its document has changed since. */
export const CANCEL_AFTER_MS = 300;

/** Where the worker's bundle is: beside the CLI (dist/lsp-worker.js), from dist/ or from its chunks in dist/cli/. */
function workerFile(): URL {
  for (const candidate of ['./lsp-worker.js', '../lsp-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new Error('reply-coach: dist/lsp-worker.js is missing (build the package)');
}

interface Pending {
  message: Request;
  sentAt: number;
  resolve: (value: never) => void;
  reject: (e: Error) => void;
}

/**
 * The analysis thread, seen from the protocol thread: requests are answered in
 * order; `cancel` ends a long analysis of an outdated version by restarting the
 * thread (requests for other documents are sent again to the new one).
 */
export class AnalysisThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private lastDone = Date.now();
  /** Unexpected exits in a row (reset by any answer): a draft that always kills the thread must not loop forever. */
  private crashes = 0;

  constructor(
    private readonly onProblem: (key: string, message: string | undefined) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Starts the thread now (it loads the rules while the client is still setting up). */
  start(): void {
    this.thread();
  }

  analyze(message: Omitted<Extract<ToWorker, { type: 'analyze' }>>): Promise<Analyzed | undefined> {
    return this.request(message);
  }

  fixAll(uri: string, version: number): Promise<string | undefined> {
    return this.request({ type: 'fixAll', uri, version });
  }

  forget(message: Omit<Extract<ToWorker, { type: 'forget' }>, 'type'>): void {
    this.thread().postMessage({ type: 'forget', ...message } satisfies ToWorker);
  }

  /**
   * A newer version of `uri` is coming: if an analysis of an older one has run
   * longer than CANCEL_AFTER_MS, it is stopped; queued ones are dropped.
   */
  cancel(uri: string, version: number): void {
    const stale = [...this.pending.values()].filter((p) => p.message.type === 'analyze' && p.message.uri === uri && p.message.version < version);
    if (stale.length === 0) return;
    const running = this.pending.values().next().value as Pending | undefined;
    const since = running ? Math.max(running.sentAt, this.lastDone) : Date.now();
    if (running && stale.includes(running) && Date.now() - since > CANCEL_AFTER_MS) this.restart(stale);
  }

  stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private request<T>(message: Omitted<Request>): Promise<T> {
    const full = { ...message, id: this.nextId++ } as Request;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(full.id, { message: full, sentAt: Date.now(), resolve: resolve as (value: never) => void, reject });
      this.thread().postMessage(full);
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerFile());
    worker.unref();
    worker.on('message', (message: FromWorker) => this.receive(message));
    worker.on('error', (e) => this.log(`reply-coach: analysis thread failed: ${e.stack ?? e.message}`));
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (++this.crashes >= 3) {
        this.log(`reply-coach: the analysis thread exited (code ${code}) three times in a row; its pending requests fail`);
        for (const p of this.pending.values()) p.reject(new Error('reply-coach: the analysis thread keeps failing'));
        this.pending.clear();
        this.crashes = 0;
        return;
      }
      // Whatever was asked of a thread that died is asked again of a new one.
      if (this.pending.size > 0) {
        const thread = this.thread();
        for (const p of this.pending.values()) thread.postMessage(p.message);
      }
    });
    this.worker = worker;
    return worker;
  }

  private restart(cancelled: Pending[]): void {
    const old = this.worker;
    this.worker = undefined;
    for (const p of cancelled) {
      this.pending.delete(p.message.id);
      p.reject(new Cancelled(`analysis of ${(p.message as { uri: string }).uri} v${(p.message as { version: number }).version} cancelled`));
    }
    void old?.terminate();
    this.lastDone = Date.now();
    const thread = this.thread();
    for (const p of this.pending.values()) thread.postMessage(p.message);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'problem') {
      this.onProblem(message.key, message.message);
      return;
    }
    const pending = this.pending.get(message.id);
    this.lastDone = Date.now();
    this.crashes = 0;
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'analyzed') pending.resolve(message.analysis as never);
    else if (message.type === 'fixed') pending.resolve(message.text as never);
    else pending.resolve(undefined as never);
  }
}
