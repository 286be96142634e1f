import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyze } from '../src/index.js';
it('uz scratch', () => {
  const fx = JSON.parse(readFileSync('tests/fixtures/replies/uz.json', 'utf8'));
  for (const kind of ['good', 'bad'] as const) fx[kind].forEach((r: any, i: number) => {
    const rep = analyze(r.text, { ...r.options, language: 'uz' });
    console.log(`\n##### ${kind} #${i + 1} scores ${JSON.stringify(rep.scores)}`);
    for (const f of rep.findings) console.log(`  [${f.severity}] ${f.ruleId} “${f.excerpt}” -> ${JSON.stringify(f.suggestions[0]?.edits?.map((e: any) => e.text))} fixable=${(f as any).fixable}`);
    if (kind === 'bad') console.log('REWRITE:\n' + rep.rewrite);
  });
});
