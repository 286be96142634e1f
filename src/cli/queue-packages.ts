/**
 * The queue mode's packages (bullmq, ioredis) are optional peers: a library user who never
 * runs `audit --queue` or `worker` does not install a Redis client. Without them those two
 * commands say what to install, in one line, instead of a module-resolution stack.
 */
import { UsageError } from '../documents/errors.js';

const PACKAGES = ['bullmq', 'ioredis'];

export async function loadQueueModule<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const missing = PACKAGES.filter((p) => e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(`'${p}'`));
    if (missing.length === 0) throw error;
    throw new UsageError(`the queue mode needs the optional package${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}: npm install bullmq@6 ioredis@6`);
  }
}
