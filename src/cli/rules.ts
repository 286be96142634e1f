// `reply-coach rules`, `reply-coach explain <rule-id>` and `reply-coach init`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../documents/config.js';
import { UsageError } from '../documents/fixes.js';
import { closest } from './suggest.js';
import type { Output } from './check.js';

/** One rule as the commands show it, read from the pack data (shipped and the config's own packs). */
export interface RuleInfo {
  id: string;
  language: string;
  category: string;
  kind: string;
  severity: unknown;
  message: string;
  description?: string;
  packDescription?: string;
  examples?: { bad?: unknown[]; good?: unknown[] };
  /** Whether the rule comes from a pack named in the config file. */
  own: boolean;
}

interface PackData {
  language?: string;
  category?: string;
  description?: string;
  rules?: { id: string; kind: string; severity?: unknown; message?: string; description?: string; examples?: RuleInfo['examples'] }[];
}

/** The package's rules/ folder (shipped in the package with every description and example, which bundles leave out). */
function shippedPacks(): PackData[] {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const rules = join(dir, 'rules');
  if (!existsSync(rules)) return [];
  return readdirSync(rules, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) =>
      readdirSync(join(rules, d.name))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(join(rules, d.name, f), 'utf8')) as PackData),
    );
}

export function allRules(cwd: string, configFile?: string): RuleInfo[] {
  const { packs } = loadConfig(cwd, configFile);
  const list = (pack: PackData, own: boolean): RuleInfo[] =>
    (pack.rules ?? []).map((r) => ({
      id: r.id,
      language: pack.language ?? r.id.split('.')[0]!,
      category: pack.category ?? r.id.split('.')[1]!,
      kind: r.kind,
      severity: r.severity ?? 'warning',
      message: r.message ?? '',
      ...(r.description ? { description: r.description } : {}),
      ...(pack.description ? { packDescription: pack.description } : {}),
      ...(r.examples ? { examples: r.examples } : {}),
      own,
    }));
  return [
    ...shippedPacks().flatMap((p) => list(p, false)),
    ...(packs as unknown as PackData[]).flatMap((p) => list(p, true)),
  ];
}

const severityText = (s: unknown) => (typeof s === 'string' ? s : JSON.stringify(s));

export const RULES_HELP = `Usage: reply-coach rules [--language <code>] [--category <name>] [--json]

Lists every rule (shipped, and from the packs the config file names): id, category, severity
and message. --json prints them as a JSON array.`;

/** `reply-coach rules` */
export function runRules(argv: string[], io: Output): number {
  const { values } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, language: { type: 'string' }, category: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(RULES_HELP);
    return 0;
  }
  const rules = allRules(io.cwd, values.config).filter(
    (r) => (!values.language || r.language === values.language) && (!values.category || r.category === values.category),
  );
  if (values.json) {
    io.out(JSON.stringify(rules.map(({ id, language, category, kind, severity, message }) => ({ id, language, category, kind, severity, message })), null, 2));
    return 0;
  }
  for (const r of rules) io.out(`${r.id}  ${r.category}  ${severityText(r.severity)}  ${r.message}`);
  io.out(`\n${rules.length} rule${rules.length === 1 ? '' : 's'}. Details: reply-coach explain <rule-id>`);
  return 0;
}

export const EXPLAIN_HELP = `Usage: reply-coach explain <rule-id> [--json]

Shows a rule's message, description and its good and bad examples.`;

/** Example text with its ⟦marked span⟧, and the rewrite when there is one. */
function example(e: unknown): string {
  if (typeof e === 'string') return e;
  const { text, rewrite } = e as { text?: string; rewrite?: string };
  return rewrite !== undefined ? `${text}\n      → ${rewrite}` : String(text);
}

/** `reply-coach explain <rule-id>` */
export function runExplain(argv: string[], io: Output): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(EXPLAIN_HELP);
    return 0;
  }
  const id = positionals[0];
  if (!id) throw new UsageError('explain: name a rule id, e.g. reply-coach explain en.positive-language.we-cant');
  const rules = allRules(io.cwd, values.config);
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = closest(id, rules.map((r) => r.id));
    throw new UsageError(`explain: no rule "${id}"${near ? `; did you mean ${near}?` : ' (reply-coach rules lists them)'}`);
  }
  if (values.json) {
    io.out(JSON.stringify(rule, null, 2));
    return 0;
  }
  const out = [
    rule.id,
    `  category: ${rule.category}, severity: ${severityText(rule.severity)}, kind: ${rule.kind}${rule.own ? ' (from the config file)' : ''}`,
    '',
    `Message: ${rule.message}`,
  ];
  if (rule.description ?? rule.packDescription) out.push('', rule.description ?? rule.packDescription!);
  const bad = rule.examples?.bad ?? [];
  const good = rule.examples?.good ?? [];
  if (bad.length) out.push('', 'Flagged (the ⟦marked⟧ part, with the fix):', ...bad.map((e) => `  ✗ ${example(e)}`));
  if (good.length) out.push('', 'Not flagged:', ...good.map((e) => `  ✓ ${example(e)}`));
  io.out(out.join('\n'));
  return 0;
}

export const INIT_HELP = `Usage: reply-coach init [--yaml] [--force]

Writes a config file in the working directory: reply-coach.config.json (or .reply-coachrc.yaml
with --yaml), with "$schema" so editors complete and check it.`;

/** Where the package's JSON Schema for config files is, from a project that installed it. */
export const SCHEMA_PATH = './node_modules/reply-coach/dist/config.schema.json';

/** `reply-coach init` */
export function runInit(argv: string[], io: Output): number {
  const { values } = parseArgs({ args: argv, options: { yaml: { type: 'boolean' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  const name = values.yaml ? '.reply-coachrc.yaml' : 'reply-coach.config.json';
  const path = join(io.cwd, name);
  if (existsSync(path) && !values.force) throw new UsageError(`init: ${name} exists already (--force overwrites it)`);
  const config = { $schema: SCHEMA_PATH, language: 'en', channel: 'email', failOn: 'warning', ignore: ['node_modules/**'] };
  const text = values.yaml
    ? `# yaml-language-server: $schema=${SCHEMA_PATH}\nlanguage: en\nchannel: email\nfailOn: warning\nignore:\n  - node_modules/**\n`
    : `${JSON.stringify(config, null, 2)}\n`;
  writeFileSync(path, text);
  io.out(`Wrote ${name}. Check your templates with: npx reply-coach check "**/*.{txt,md,html}"`);
  return 0;
}
