// npm run eval: how closely reply-coach's warnings and errors follow the QA reviewers' labels
// in ../shared/eval/dev.jsonl (the guide: ../shared/eval/GUIDE.md). A draft counts as flagged in
// a category when it has a warning or an error there; suggestions are free.
//
//   node scripts/eval.mjs [--src] [--verbose [--drafts]] [--language pl] [--category ownership] [--json] [--lib path]
//
// The file is read at run time and never copied into the repository; without it the script
// says so and exits 0. `--lib` imports the library from another build (a quick esbuild bundle
// of src/ while rules are being tuned); the default is the tsup build in dist/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const file = value('--file') ?? join(root, '..', 'shared', 'eval', 'dev.jsonl');
if (!existsSync(file)) {
  console.log(`eval: ${file} not found; nothing to measure.`);
  process.exit(0);
}
const lib = flag('--src') ? await bundleSource() : resolve(value('--lib') ?? join(root, 'dist', 'index.js'));
const { analyze } = await import(pathToFileURL(lib).href);

/** `--src`: bundles src/ (packs regenerated first) into a temporary module, so rule edits are measured in a second without a full build. */
async function bundleSource() {
  const { execFileSync } = await import('node:child_process');
  const { mkdirSync, mkdtempSync } = await import('node:fs');
  execFileSync(process.execPath, [join(root, 'scripts', 'gen-builtin.mjs')], { stdio: 'inherit' });
  const { build } = await import('esbuild');
  // Inside the project, so the bundle's external imports resolve from its node_modules.
  const cache = join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outfile = join(mkdtempSync(join(cache, 'eval-')), 'index.mjs');
  await build({ entryPoints: [join(root, 'src', 'index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error', absWorkingDir: root });
  return outfile;
}

const CATEGORIES = ['positive-language', 'empathy', 'jargon', 'clarity', 'formality', 'ownership', 'personalization'];
const ENGLISH_CULTURE = /^en(-|$)/i;

/** The row group: the draft's language, with English to other cultures apart ("en→x"). */
export function groupOf(row) {
  const locale = row.audience?.locale;
  if (row.language === 'en' && locale && !ENGLISH_CULTURE.test(locale)) return 'en→x';
  return row.language;
}

const rows = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const onlyLanguage = value('--language');
const onlyCategory = value('--category');
const groups = new Map();
const details = [];
for (const row of rows) {
  const group = groupOf(row);
  if (onlyLanguage && group !== onlyLanguage && row.language !== onlyLanguage) continue;
  const options = { language: row.language, channel: row.channel };
  if (row.audience) options.audience = row.audience;
  if (row.inReplyTo) options.inReplyTo = row.inReplyTo;
  const report = analyze(row.draft, options);
  const flagged = (c) => report.findings.filter((f) => f.category === c && f.severity !== 'suggestion');
  for (const c of CATEGORIES) {
    if (onlyCategory && c !== onlyCategory) continue;
    const key = `${group}\t${c}`;
    const cell = groups.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    groups.set(key, cell);
    const expected = row.expect[c] === true;
    const ours = flagged(c);
    const got = ours.length > 0;
    if (expected && got) cell.tp++;
    else if (!expected && got) cell.fp++;
    else if (expected && !got) cell.fn++;
    else cell.tn++;
    if (expected !== got) {
      details.push({
        id: row.id,
        group,
        category: c,
        kind: expected ? 'miss' : 'false alarm',
        evidence: row.evidence?.[c] ?? [],
        note: row.note,
        ours: (got ? ours : report.findings.filter((f) => f.category === c)).map((f) => `${f.severity} ${f.ruleId} «${f.excerpt}»`),
        draft: row.draft,
      });
    }
  }
}

const ratio = (a, b) => (b === 0 ? undefined : a / b);
const fmt = (x) => (x === undefined ? '   – ' : x.toFixed(2).padStart(5));
const groupNames = [...new Set([...groups.keys()].map((k) => k.split('\t')[0]))];
const order = ['en', 'en→x', 'pl', 'cs', 'sk', 'uz'];
groupNames.sort((a, b) => order.indexOf(a) - order.indexOf(b));
const cats = onlyCategory ? [onlyCategory] : CATEGORIES;

const table = [];
for (const g of groupNames) {
  for (const c of cats) {
    const cell = groups.get(`${g}\t${c}`);
    if (!cell) continue;
    table.push({ group: g, category: c, ...cell, precision: ratio(cell.tp, cell.tp + cell.fp), recall: ratio(cell.tp, cell.tp + cell.fn) });
  }
}

if (flag('--json')) {
  console.log(JSON.stringify({ rows: table, details: flag('--verbose') ? details : undefined }, null, 2));
  process.exit(0);
}

if (flag('--verbose')) {
  for (const d of details) {
    console.log(`${d.kind.toUpperCase()} ${d.id} [${d.group}] ${d.category}`);
    console.log(`  evidence: ${d.evidence.length ? d.evidence.map((e) => `«${e}»`).join(' ') : '(missing element)'}`);
    console.log(`  ours: ${d.ours.length ? d.ours.join('; ') : '(nothing)'}`);
    console.log(`  note: ${d.note}`);
    if (flag('--drafts')) console.log(`  draft: ${d.draft.replace(/\n/g, ' ⏎ ')}`);
  }
  console.log('');
}

// Precision / recall per group × category; "–" where there is nothing to divide.
const short = { 'positive-language': 'positive', empathy: 'empathy', jargon: 'jargon', clarity: 'clarity', formality: 'formality', ownership: 'ownership', personalization: 'personal.' };
console.log(`${'group'.padEnd(6)} ${cats.map((c) => short[c].padStart(12)).join(' ')}   (precision/recall)`);
const macro = { p: [], r: [] };
for (const g of groupNames) {
  const cells = cats.map((c) => {
    const row = table.find((t) => t.group === g && t.category === c);
    if (row?.precision !== undefined) macro.p.push(row.precision);
    if (row?.recall !== undefined) macro.r.push(row.recall);
    return `${fmt(row?.precision)}/${fmt(row?.recall)}`.padStart(12);
  });
  console.log(`${g.padEnd(6)} ${cells.join(' ')}`);
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
console.log(`\nmacro average over ${table.length} cells: precision ${mean(macro.p).toFixed(3)}, recall ${mean(macro.r).toFixed(3)} (${rows.length} drafts in ${file.split('/').slice(-2).join('/')})`);
