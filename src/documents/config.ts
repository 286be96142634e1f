import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { lilconfigSync } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { issuesOf } from '../schema/errors.js';
import { loadPack } from '../data/packs.js';
import { AnalyzeOptionsSchema } from '../schema/options.js';
import type { RulePack } from '../schema/pack.js';
import { SeveritySchema } from '../schema/common.js';
import { array, enum as zEnum, optional, pick, strictObject, string, type output as Infer } from '../schema/zod.js';

/** reply-coach.config.json / .reply-coachrc.json / .reply-coachrc.yaml */
export const CheckConfigSchema = strictObject({
  ...pick(AnalyzeOptionsSchema, { language: true, audience: true, channel: true, categories: true, rules: true, template: true }).shape,
  /** Paths (relative to the config file) to extra packs in JSON or YAML. */
  packs: optional(array(string())),
  /** Globs of files never to check. */
  ignore: optional(array(string())),
  /** The lowest severity that fails the run (default warning). */
  failOn: optional(SeveritySchema),
  format: optional(zEnum(['stylish', 'json', 'github', 'sarif', 'junit'])),
  /** Where the text sits in JSON/YAML macro exports, e.g. "actions[].value". */
  field: optional(string()),
});
export type CheckConfig = Infer<typeof CheckConfigSchema>;

export class ConfigError extends Error {}

const NAMES = ['reply-coach.config.json', '.reply-coachrc.json', '.reply-coachrc.yaml', '.reply-coachrc.yml'];
const yamlLoader = (_: string, content: string) => parseYaml(content) as unknown;

function parseFile(path: string): unknown {
  const content = readFileSync(path, 'utf8');
  return /\.ya?ml$/.test(path) ? parseYaml(content) : JSON.parse(content);
}

/** The config file named, or the first one found from `cwd` upward; packs loaded and checked. */
export function loadConfig(cwd: string, explicit?: string): { config: CheckConfig; packs: RulePack[]; file?: string } {
  let found: { filepath: string; config: unknown } | null;
  try {
    if (explicit) found = { filepath: resolve(cwd, explicit), config: parseFile(resolve(cwd, explicit)) };
    else found = lilconfigSync('reply-coach', { searchPlaces: NAMES, loaders: { '.yaml': yamlLoader, '.yml': yamlLoader } }).search(cwd);
  } catch (e) {
    throw new ConfigError(`${explicit ?? 'config'}: ${(e as Error).message}`);
  }
  if (!found) return { config: {}, packs: [] };
  const file = found.filepath;
  const parsed = CheckConfigSchema.safeParse(found.config ?? {});
  if (!parsed.success) {
    const first = issuesOf(parsed.error, '')[0]!;
    throw new ConfigError(`${file}: ${first.path}: ${first.message}`);
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
