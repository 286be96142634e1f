import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyze } from '../src/index.js';
it('dump cs', () => {
  const fx = JSON.parse(readFileSync('tests/fixtures/replies/cs.json', 'utf8'));
  for (const kind of ['good', 'bad']) fx[kind].forEach((r: any, i: number) => {
    const rep = analyze(r.text, { ...r.options, language: 'cs' });
    console.log(`\n===== ${kind} #${i + 1}`);
    for (const f of rep.findings) console.log(`  ${f.severity.padEnd(10)} ${f.ruleId} “${f.excerpt}” ${f.fixable ? 'fix' : ''}`);
    if (kind === 'bad') console.log('--- rewrite:\n' + rep.rewrite);
  });
});
