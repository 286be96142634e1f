import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lilconfigSync } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { issuesOf } from '../schema/errors.js';
import { loadPack } from '../data/packs.js';
import { AnalyzeOptionsSchema } from '../schema/options.js';
import type { RulePack } from '../schema/pack.js';
import { SeveritySchema } from '../schema/common.js';
import { array, boolean, enum as zEnum, optional, pick, strictObject, string, type output as Infer } from '../schema/zod.js';

/** reply-coach.config.json / .reply-coachrc.json / .reply-coachrc.yaml */
export const CheckConfigSchema = strictObject({
  /** The JSON Schema the file follows, for editors (`reply-coach init` writes it); not read otherwise. */
  $schema: optional(string()),
  ...pick(AnalyzeOptionsSchema, { language: true, audience: true, channel: true, categories: true, rules: true, template: true, team: true }).shape,
  /** Spell-check drafts in en, pl, cs and sk with the installed Hunspell dictionary packages (as `--spelling`). */
  spelling: optional(boolean()),
  /** Paths (relative to the config file) to extra packs in JSON or YAML. */
  packs: optional(array(string())),
  /** Globs of files never to check. */
  ignore: optional(array(string())),
  /** The lowest severity that fails the run (default warning). */
  failOn: optional(SeveritySchema),
  format: optional(zEnum(['stylish', 'json', 'github', 'sarif', 'junit'])),
  /** Where the text sits in JSON/YAML macro exports, e.g. "actions[].value". */
  field: optional(string()),
  /** With `field`: where each macro's subject line sits in the same record, e.g. "title". */
  subjectField: optional(string()),
  /**
   * Languages with no rule packs that may be passed over: a draft detected as
   * one of these is listed as not checked without failing the run (ISO 639-1
   * codes, e.g. ["de", "fr"]).
   */
  skipLanguages: optional(array(string())),
});
export type CheckConfig = Infer<typeof CheckConfigSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const NAMES = ['reply-coach.config.json', '.reply-coachrc.json', '.reply-coachrc.yaml', '.reply-coachrc.yml'];
/** YAML with its errors on one line: the file, line and column, and what is wrong (no code frame). */
function readYaml(path: string, content: string): unknown {
  try {
    return parseYaml(content, { prettyErrors: false });
  } catch (e) {
    const error = e as Error & { linePos?: { line: number; col: number }[]; pos?: [number, number] };
    let where = error.linePos?.[0];
    if (!where && error.pos) {
      const before = content.slice(0, error.pos[0]).split('\n');
      where = { line: before.length, col: before.at(-1)!.length + 1 };
    }
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${path}${where ? `:${where.line}:${where.col}` : ''}: ${message}`);
  }
}

/** JSON with the position of a syntax error as line and column. */
function readJson(path: string, content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    if (!at) throw new ConfigError(`${path}: ${message.split('\n')[0]}`);
    const before = content.slice(0, Number(at[1])).split('\n');
    throw new ConfigError(`${path}:${before.length}:${before.at(-1)!.length + 1}: ${message.split('\n')[0]!.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

const yamlLoader = (path: string, content: string) => readYaml(path, content);
const jsonLoader = (path: string, content: string) => readJson(path, content);

function parseFile(path: string): unknown {
  const content = readFileSync(path, 'utf8');
  return /\.ya?ml$/.test(path) ? readYaml(path, content) : readJson(path, content);
}

/** The config file named, or the first one found from `cwd` upward; packs loaded and checked. */
export function loadConfig(cwd: string, explicit?: string): { config: CheckConfig; packs: RulePack[]; file?: string } {
  let found: { filepath: string; config: unknown } | null;
  try {
    if (explicit) found = { filepath: resolve(cwd, explicit), config: parseFile(resolve(cwd, explicit)) };
    else found = lilconfigSync('reply-coach', { searchPlaces: NAMES, loaders: { '.yaml': yamlLoader, '.yml': yamlLoader, '.json': jsonLoader } }).search(cwd);
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`${explicit ?? 'config'}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (!found) return { config: {}, packs: [] };
  const file = found.filepath;
  const parsed = CheckConfigSchema.safeParse(found.config ?? {});
  if (!parsed.success) {
    // Every issue, not only the first, as ESLint lists every bad option.
    throw new ConfigError(`${file}: ${issuesOf(parsed.error, '').map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  const packs = (parsed.data.packs ?? []).map((p, i) => {
    const path = resolve(dirname(file), p);
    try {
      return loadPack(parseFile(path));
    } catch (e) {
      throw new ConfigError(`${file}: packs.${i} (${p}): ${(e as Error).message.split('\n')[0]}`);
    }
  });
  return { config: parsed.data, packs, file };
}
