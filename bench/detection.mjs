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

// Drafts in common languages without packs (tests/fixtures/detection-other): each must be named, so it is reported
// unsupported rather than coached as the nearest of ours; in Node and in the browser bundle (its own trimmed franc data).
const { detectLanguage: inBrowser } = await import('../dist/browser.js');
const { drafts } = JSON.parse(readFileSync(join(dir, '..', 'detection-other', 'drafts.json'), 'utf8'));
const OURS = new Set(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)));
const tally = (detect) => {
  const got = drafts.map((d) => detect(d.text).language);
  return { named: got.filter((g, i) => g === drafts[i].language).length, ours: got.filter((g) => OURS.has(g)).length };
};
const node = tally(detectLanguage);
const browser = tally(inBrowser);
console.log('');
console.log(`| languages without packs (${drafts.length} drafts, ${new Set(drafts.map((d) => d.language)).size} languages) | named | taken for one of ours |`);
console.log('|---|---|---|');
console.log(`| Node (dist/index.js) | ${node.named} | ${node.ours} |`);
console.log(`| browser bundle (dist/browser.js) | ${browser.named} | ${browser.ours} |`);
