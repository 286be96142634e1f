// Writes docs/RULES.md from the packs in rules/: counts per language and category, then
// every rule with its kind, severity and message. `--check` fails when the file is stale.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['positive-language', 'empathy', 'jargon', 'clarity', 'formality', 'ownership', 'personalization'];
const languages = readdirSync(join(root, 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const packs = languages.flatMap((language) =>
  CATEGORIES.filter((c) => existsSync(join(root, 'rules', language, `${c}.json`))).map((c) => JSON.parse(readFileSync(join(root, 'rules', language, `${c}.json`), 'utf8'))),
);
const count = (p) => {
  const entries = p.rules.reduce((n, r) => n + (r.entries?.length ?? 0), 0);
  return entries ? `${p.rules.length} (${entries} entries)` : `${p.rules.length}`;
};
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const out = [
  '# Rules',
  '',
  'Generated from `rules/` by `node scripts/rules-table.mjs`; do not edit by hand.',
  '',
  `| category | ${languages.join(' | ')} |`,
  `|---|${languages.map(() => '---').join('|')}|`,
  ...CATEGORIES.map((c) => `| ${c} | ${languages.map((l) => { const p = packs.find((x) => x.language === l && x.category === c); return p ? count(p) : '–'; }).join(' | ')} |`),
  '',
  'A number in brackets counts the entries of glossary (substitution) rules.',
  '',
];
for (const p of packs) {
  out.push(`## ${p.language} / ${p.category}`, '', `| id | kind | severity | message |`, '|---|---|---|---|');
  for (const r of p.rules) out.push(`| \`${r.id}\` | ${r.kind} | ${r.severity} | ${cell(r.message)} |`);
  out.push('');
}
const text = out.join('\n');
const file = join(root, 'docs', 'RULES.md');
if (process.argv.includes('--check')) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    console.error('docs/RULES.md is out of date: run `node scripts/rules-table.mjs`.');
    process.exit(1);
  }
} else writeFileSync(file, text);
