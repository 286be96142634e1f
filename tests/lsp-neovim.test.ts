import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The README's Neovim 0.7 instructions, run in a real headless Neovim (CI installs Debian's
 * neovim): the snippet is taken from the README as it is, `reply-coach` is put on PATH, and
 * tests/nvim/check.lua waits for diagnostics, asks for a code action, applies it and checks the buffer.
 */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNvim = nvim.status === 0;

describe.skipIf((!hasNvim || !existsSync(cli)) && !process.env.CI)('Neovim (headless) with the README snippet', () => {
  it('shows diagnostics, offers a code action for the finding at the cursor, and applies it', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const snippet = /```lua\n(-- reply-coach for Neovim 0\.7\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'the README has a Neovim 0.7 snippet').toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'rc-nvim-'));
    const bin = join(dir, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    writeFileSync(join(bin, 'reply-coach'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
    chmodSync(join(bin, 'reply-coach'), 0o755);
    writeFileSync(join(dir, 'init.lua'), snippet!);
    writeFileSync(join(dir, 'draft.txt'), 'Hi Anna,\n\nThanks for writing. Your ticket was escalated and we will reply by Friday.\n\nBest regards,\nSam\n');
    const r = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(dir, 'init.lua'), '-c', 'filetype on', 'draft.txt', '-c', `luafile ${join(root, 'tests', 'nvim', 'check.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir },
    });
    expect(r.stderr + r.stdout).toContain('nvim check ok');
    expect(r.status).toBe(0);
  }, 120_000);
});
