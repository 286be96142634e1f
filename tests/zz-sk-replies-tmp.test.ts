import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyze } from '../src/index.js';
it('dump sk', () => {
  const fx = JSON.parse(readFileSync('tests/fixtures/replies/sk.json', 'utf8'));
  const out: string[] = [];
  for (const kind of ['good', 'bad'] as const) fx[kind].forEach((r: any, i: number) => {
    const rep = analyze(r.text, { ...r.options, language: 'sk' });
    out.push(`===== ${kind} #${i + 1}`);
    for (const f of rep.findings) out.push(`  ${f.severity.padEnd(10)} ${f.ruleId} “${f.excerpt}” fix=${f.fixable}`);
    if (kind === 'bad') out.push('--- rewrite:\n' + rep.rewrite);
  });
  require('node:fs').writeFileSync('/tmp/skrep/dump.txt', out.join('\n'));
});
