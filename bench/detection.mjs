// Prints the language-detection accuracy table for the README from tests/fixtures/detection.
// Run with `npm run accuracy` (builds first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../dist/index.js';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'detection');
const rows = [];
let shortRight = 0;
let shortAll = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const language = file.slice(0, -5);
  const { short, long } = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const judge = (texts) => {
    const misses = {};
    let right = 0;
    for (const t of texts) {
      const got = detectLanguage(t).language;
      if (got === language) right++;
      else misses[got] = (misses[got] ?? 0) + 1;
    }
    return { right, total: texts.length, misses };
  };
  const s = judge(short);
  const l = judge(long);
  shortRight += s.right;
  shortAll += s.total;
  const pct = (r) => `${((100 * r.right) / r.total).toFixed(1)}% (${r.right}/${r.total})`;
  const missed = Object.entries(s.misses).map(([k, v]) => `${v}× ${k}`).join(', ') || '–';
  rows.push(`| ${language} | ${pct(s)} | ${pct(l)} | ${missed} |`);
}
console.log('| language | short (5–15 words) | long (40+ words) | short drafts taken for |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| all | ${((100 * shortRight) / shortAll).toFixed(1)}% (${shortRight}/${shortAll}) | | |`);
