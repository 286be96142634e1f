import { createCoach, type Coach, type RulePack } from '../index.js';
import { loadConfig, type CheckConfig } from '../documents/config.js';
import { sharedSpeller } from '../spelling/shared.js';

/** What the config file found from a document's folder gives: its settings and a coach with its packs. */
export interface Workspace {
  config: CheckConfig;
  coach: Coach;
  /** Ids of the rules in the config's own packs (not in the shipped docs). */
  ownRules: ReadonlySet<string>;
  file?: string;
}

const NO_RULES: ReadonlySet<string> = new Set();

/**
 * How long a directory's config lookup is trusted. Reading it on every
 * keystroke would cost a directory walk each time; never reading it again
 * would miss a config file edited outside the editor when the client does not
 * send file-change notifications.
 */
const RECHECK_MS = 1000;

export { folderOf } from './folders.js';

/**
 * Config files per folder, found and validated by the same code as
 * `reply-coach check`. A broken file is reported (through `onProblem`) and the
 * folder keeps the last config that was good; the server never stops over it.
 */
export class WorkspaceConfigs {
  private readonly entries = new Map<string, { workspace: Workspace; checkedAt: number }>();
  private readonly lastGood = new Map<string, Workspace>();
  /** Coaches compile their packs once; a config file's coach is replaced when its packs change. */
  private readonly coaches = new Map<string, { packs: string; coach: Coach }>();
  /** The coach without config packs, without and with spelling. */
  private readonly plain: (Coach | undefined)[] = [];

  constructor(private readonly onProblem: (folder: string, message: string | undefined) => void) {}

  /** `spelling`: the editor's setting, which wins over the config file's. */
  get(folder: string | undefined, spelling?: boolean): Workspace {
    if (folder === undefined) return this.defaults(spelling ?? false);
    const now = Date.now();
    const key = `${spelling}\u0000${folder}`;
    const entry = this.entries.get(key);
    if (entry && now - entry.checkedAt < RECHECK_MS) return entry.workspace;
    let workspace: Workspace;
    try {
      const { config, packs, file } = loadConfig(folder);
      const ownRules = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
      workspace = { config, coach: this.coachFor(file, packs, spelling ?? config.spelling ?? false), ownRules, ...(file ? { file } : {}) };
      this.lastGood.set(folder, workspace);
      this.onProblem(folder, undefined);
    } catch (e) {
      this.onProblem(folder, (e as Error).message);
      workspace = this.lastGood.get(folder) ?? this.defaults(spelling ?? false);
    }
    this.entries.set(key, { workspace, checkedAt: now });
    return workspace;
  }

  /** Forget every lookup (settings or config files changed); the last good configs are kept as fallbacks. */
  clear(): void {
    this.entries.clear();
  }

  private defaults(spelling: boolean): Workspace {
    return { config: {}, coach: this.coachFor(undefined, [], spelling), ownRules: NO_RULES };
  }

  /** `spelling`: with the installed Hunspell dictionaries, read once per server. */
  private coachFor(file: string | undefined, packs: RulePack[], spelling: boolean): Coach {
    const speller = spelling ? { spelling: sharedSpeller() } : {};
    if (!file || packs.length === 0) return (this.plain[spelling ? 1 : 0] ??= createCoach(speller));
    const key = `${spelling}${JSON.stringify(packs)}`;
    const cached = this.coaches.get(file);
    if (cached?.packs === key) return cached.coach;
    const coach = createCoach({ packs, ...speller });
    this.coaches.set(file, { packs: key, coach });
    return coach;
  }
}
