/**
 * The Redis a queued audit runs on: its URL checked before anything connects, a quick
 * reachability probe (so a wrong host is one clear line, not a client retrying forever),
 * and connections for BullMQ.
 */
import { Redis, type RedisOptions } from 'ioredis';
import { UsageError } from '../../documents/errors.js';

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/, '$1***@');
}

/** Checks a redis://[user:password@]host[:port][/db] (or rediss:// for TLS) URL; UsageError naming what is wrong. */
export function checkRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--queue must be a Redis URL such as redis://localhost:6379, got "${url}"`);
  }
  const shown = redactUrl(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new UsageError(`--queue must start with redis:// or rediss:// (TLS), got "${shown}"`);
  if (!parsed.hostname) throw new UsageError(`--queue has no host: "${shown}"`);
  const db = parsed.pathname.replace(/^\//, '');
  if (db !== '' && !/^\d+$/.test(db)) throw new UsageError(`--queue database must be a number (redis://host:port/0), got "${db}"`);
  return url;
}

/**
 * A connection for BullMQ. Workers' blocking commands need `maxRetriesPerRequest: null`;
 * after the probe succeeded, a dropped connection is retried for as long as it takes.
 */
export function connect(url: string, options: RedisOptions = {}): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: null, ...options });
  // Without a listener an 'error' event would crash the process; reconnection is ioredis's job.
  client.on('error', () => {});
  return client;
}

/** Connects once, without retries, and pings: UsageError when the server cannot be reached or refuses us. */
export async function probe(url: string, timeoutMs = 5000): Promise<void> {
  checkRedisUrl(url);
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  let last: Error | undefined;
  client.on('error', (e: Error) => (last = e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    const reason = (last ?? (e as Error)).message.split('\n')[0];
    throw new UsageError(`cannot reach Redis at ${redactUrl(url)}: ${reason}`);
  } finally {
    client.disconnect();
  }
}
