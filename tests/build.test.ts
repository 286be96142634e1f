import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built package loads as ESM and as CommonJS, and its CLI runs. CI builds before testing; locally, run `npm run build` first. */
const root = join(import.meta.dirname, '..');
const built = existsSync(join(root, 'dist', 'index.cjs'));

describe.skipIf(!built && !process.env.CI)('built package', () => {
  const node = (args: string[], input?: string) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', input });

  it('works through require()', () => {
    const out = node(['-e', "const c=require('./dist/index.cjs'); const r=c.analyze(\"Unfortunately we can't help.\",{language:'en'}); console.log(r.findings.length>0, typeof c.createCoach, typeof c.RulePackSchema.safeParse)"]);
    expect(out.trim()).toBe('true function function');
  });

  it('works through import', () => {
    const out = node(['--input-type=module', '-e', "import {analyze} from './dist/index.js'; console.log(analyze('We encountered network latency.',{language:'en'}).findings.some(f=>f.excerpt==='latency'))"]);
    expect(out.trim()).toBe('true');
  });

  it('the CLI analyzes the built-in example and a draft from stdin', () => {
    const example = node(['dist/cli.js']);
    expect(example).toContain('Rewritten draft:');
    const json = JSON.parse(node(['dist/cli.js', '--json', '--language', 'en', '-'], "Unfortunately, we can't refund this.")) as { findings: { excerpt: string }[] };
    expect(json.findings.map((f) => f.excerpt)).toContain('Unfortunately');
  });
});
