import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built package loads as ESM and as CommonJS, and its CLI runs. CI builds before testing; locally, run `npm run build` first. */
const root = join(import.meta.dirname, '..');

describe('built package', () => {
  const node = (args: string[], input?: string) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', input });

  it('works through require()', () => {
    const out = node(['-e', "const c=require('./dist/index.cjs'); const r=c.analyze(\"Unfortunately we can't help.\",{language:'en'}); console.log(r.findings.length>0, typeof c.createCoach, typeof c.RulePackSchema.safeParse)"]);
    expect(out.trim()).toBe('true function function');
  });

  it('works through import', () => {
    const out = node(['--input-type=module', '-e', "import {analyze} from './dist/index.js'; console.log(analyze('We encountered network latency.',{language:'en'}).findings.some(f=>f.excerpt==='latency'))"]);
    expect(out.trim()).toBe('true');
  });

  it('exports reply-coach/core, /languages/*, /nlp and /standalone by package name, as ESM and CommonJS', () => {
    const draft = JSON.stringify('Hi Anna,\n\nYour refund was processed by our billing team. Unfortunately we cannot refund the fee.\n\nBest regards,\nSam');
    const esm = node([
      '--input-type=module',
      '-e',
      `import { createCoach } from 'reply-coach/core'; import { en } from 'reply-coach/languages/en'; import { compromise } from 'reply-coach/nlp';
const r = createCoach({ languages: [en] }).analyze(${draft});
console.log(r.language.code, r.findings.map((f) => f.excerpt).filter((e) => e === 'was processed' || e === 'Unfortunately').join('+'), typeof compromise().call);`,
    ]);
    // English needs no part-of-speech engine; reply-coach/nlp still gives one for packs with nlp rules.
    expect(esm.trim()).toBe('en was processed+Unfortunately function');
    const cjs = node(['-e', `const { createCoach } = require('reply-coach/core'); const { pl } = require('reply-coach/languages/pl');
console.log(createCoach({ languages: [pl] }).analyze('Niestety nie możemy tego zrobić.').findings.some((f) => f.excerpt === 'Niestety'))`]);
    expect(cjs.trim()).toBe('true');
    // The standalone bundle imports nothing: every dependency is inside it.
    const standalone = node(['--input-type=module', '-e', "import { analyze } from 'reply-coach/standalone'; console.log(analyze('Dzień dobry, niestety nie możemy.').language.code)"]);
    expect(standalone.trim()).toBe('pl');
  });

  it('the CLI analyzes the built-in example and a draft from stdin', () => {
    const example = node(['dist/cli.js']);
    expect(example).toContain('Rewritten draft:');
    const json = JSON.parse(node(['dist/cli.js', '--json', '--language', 'en', '-'], "Unfortunately, we can't refund this.")) as { findings: { excerpt: string }[] };
    expect(json.findings.map((f) => f.excerpt)).toContain('Unfortunately');
  });
});
