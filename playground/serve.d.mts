export declare const PLAYGROUND_DIR: string;
export declare const DIST_DIR: string;
export interface StaticServer {
  port: number;
  /** http://127.0.0.1:PORT/ */
  url: string;
  close(): Promise<void>;
}
export declare function startServer(options?: {
  port?: number;
  /** URL prefix → directory; defaults to { '/dist/': dist, '/': playground }. */
  mounts?: Record<string, string>;
  /** Exact URL path → an in-memory file. */
  pages?: Record<string, { type?: string; body: string }>;
}): Promise<StaticServer>;
