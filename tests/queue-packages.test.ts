import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadQueueModule } from '../src/cli/queue-packages.js';

/** A module outside the project that imports a package, so Node resolves it with no node_modules in reach. */
function moduleImporting(pkg: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-peer-'));
  const file = join(dir, 'uses.mjs');
  writeFileSync(file, `import '${pkg}';\nexport const ok = true;\n`);
  return file;
}

// Node's own loader (not the test runner's, which resolves bare names from this project's node_modules).
const nodeRequire = createRequire(import.meta.url);
const load = (file: string) => async () => nodeRequire(file) as unknown;

describe('the queue mode without its optional packages', () => {
  it('says what to install in one line when bullmq or ioredis cannot be found', async () => {
    for (const pkg of ['bullmq', 'ioredis']) {
      const url = moduleImporting(pkg);
      const error = (await loadQueueModule(load(url)).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('UsageError');
      expect(error.message).toBe(`the queue mode needs the optional package ${pkg}: npm install bullmq@6 ioredis@6`);
    }
  });

  it('passes any other failure through unchanged', async () => {
    const url = moduleImporting('some-other-missing-package');
    const error = (await loadQueueModule(load(url)).catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect(error.code).toBe('ERR_MODULE_NOT_FOUND');
    expect(error.name).not.toBe('UsageError');
  });

  it('returns the module when it loads', async () => {
    await expect(loadQueueModule(async () => ({ ok: 1 }))).resolves.toEqual({ ok: 1 });
  });
});
