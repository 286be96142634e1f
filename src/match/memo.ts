import type { Draft } from '../checks/context.js';

/** Computes a value once per draft; `key` is any stable object or string. */
export function memo<T>(draft: Draft, key: unknown, compute: () => T): T {
  if (draft.cache.has(key)) return draft.cache.get(key) as T;
  const value = compute();
  draft.cache.set(key, value);
  return value;
}
