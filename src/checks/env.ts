import type { Category, Severity } from '../schema/common.js';
import type { CompiledRule } from './rule.js';

/** Per-call settings the checks consult: category filter and severity overrides. */
export class RunEnv {
  constructor(
    private readonly categories: ReadonlySet<Category> | undefined,
    private readonly overrides: Readonly<Record<string, 'off' | Severity>>,
  ) {}

  /**
   * The severity to report this rule at, or undefined when it is switched off.
   * `graded` is what a rule with levels reached; a caller's override still wins.
   */
  severityOf(c: CompiledRule, graded?: Severity): Severity | undefined {
    if (this.categories && !this.categories.has(c.category)) return undefined;
    const o = this.overrides[c.rule.id];
    if (o === 'off') return undefined;
    return o ?? graded ?? c.rule.severity;
  }
}
