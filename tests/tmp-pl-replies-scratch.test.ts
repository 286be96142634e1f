import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { analyze } from '../src/index.js';

it('print pl drafts', () => {
  const fx = JSON.parse(readFileSync('/tmp/plr/pl.json', 'utf8'));
  const out: string[] = [];
  for (const kind of ['good', 'bad'] as const) {
    fx[kind].forEach((d: any, i: number) => {
      const r = analyze(d.text, { ...d.options, language: 'pl' });
      out.push(`===== ${kind} #${i + 1}`);
      for (const f of r.findings) out.push(`  ${f.severity.padEnd(10)} ${f.ruleId} “${f.excerpt}” fix=${(f as any).fixable} -> ${JSON.stringify(f.suggestions[0]?.edits[0]?.text ?? null)}`);
      if (kind === 'bad') out.push('--- rewrite:\n' + r.rewrite);
    });
  }
  console.log(out.join('\n'));
});
