import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createCoach, loadPack, RulePackError } from '../index.js';
import { sharedSpeller } from '../spelling/shared.js';
import { runPackExamples } from '../coach/pack-examples.js';

export const TEST_HELP = `Usage: reply-coach test <pack files...>

Runs every example of every rule in your own rule packs (JSON or YAML), the way the
project's test suite runs the built-in ones: a bad example must trigger its rule at the
marked span and give the expected rewrite, a good example must not trigger it.
Exits 0 when all pass, 1 when an example fails, 2 when a file cannot be read or is not
a valid pack.`;

interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** `reply-coach test`: a company pack's examples, checked before the pack is used in CI. */
export function runPackTest(files: string[], io: Output): number {
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    (files.length === 0 ? io.err : io.out)(TEST_HELP);
    return files.length === 0 ? 2 : 0;
  }
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    let pack;
    try {
      const text = readFileSync(file, 'utf8');
      pack = loadPack(['.yaml', '.yml'].includes(extname(file).toLowerCase()) ? parseYaml(text) : text);
    } catch (e) {
      const message = e instanceof RulePackError ? e.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : (e as Error).message.split('\n')[0];
      io.err(`reply-coach: ${file}: ${message}`);
      return 2;
    }
    let results;
    try {
      // A spelling rule's examples need the dictionaries (the installed ones).
      const spelling = pack.rules.some((r) => r.kind === 'spelling') ? { spelling: sharedSpeller() } : {};
      results = runPackExamples(pack, createCoach({ builtinPacks: false, packs: [pack], ...spelling }));
    } catch (e) {
      io.err(`reply-coach: ${file}: ${(e as Error).message.split('\n')[0]}`);
      return 2;
    }
    for (const r of results) {
      if (r.ok) passed++;
      else {
        failed++;
        io.out(`${file}: ${r.ruleId} ${r.kind} #${r.index} “${r.text}”: ${r.problem}`);
      }
    }
  }
  io.out(`${passed} examples passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
