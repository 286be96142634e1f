import { PatternGroups } from '../match/groups.js';
import type { NlpLoader } from '../nlp/engine.js';
import type { Rule, RulePack } from '../schema/pack.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import { MetricCheck } from './metric.js';
import { NlpCheck } from './nlp.js';
import { PhraseChecks } from './phrase.js';
import { RequiredCheck, StructureCheck } from './required.js';
import { compileRule, excepted, type CompiledRule } from './rule.js';
import { ShapeCheck } from './shape.js';

interface Check {
  run(draft: Draft, env: RunEnv): RawFinding[];
}

/** All the rules of one language, compiled once and run together. */
export class RuleSet {
  readonly ruleIds = new Set<string>();
  private readonly phrases = new PhraseChecks();
  private readonly checks: Check[] = [];
  /** Rules with `unless` patterns, by id; their findings are filtered after every check has run. */
  private readonly withExceptions = new Map<string, CompiledRule>();
  private readonly groups = new PatternGroups();

  /** `nlp` is required when a pack has `nlp` rules; the coach checks that before building a set. */
  constructor(packs: readonly RulePack[], nlp?: NlpLoader) {
    for (const pack of packs) {
      const compile = <R extends Rule>(r: R): CompiledRule<R> => {
        const c = compileRule(r, pack.category, this.groups);
        if (c.unless) this.withExceptions.set(r.id, c);
        return c;
      };
      for (const rule of pack.rules) {
        this.ruleIds.add(rule.id);
        switch (rule.kind) {
          case 'phrase':
          case 'substitution':
            this.phrases.add(compile(rule));
            break;
          case 'required':
            this.checks.push(new RequiredCheck(compile(rule)));
            break;
          case 'structure':
            this.checks.push(new StructureCheck(compile(rule)));
            break;
          case 'metric':
            this.checks.push(new MetricCheck(compile(rule)));
            break;
          case 'shape':
            this.checks.push(new ShapeCheck(compile(rule)));
            break;
          case 'nlp':
            if (nlp) this.checks.push(new NlpCheck(compile(rule), nlp));
            break;
        }
      }
    }
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const out = this.phrases.run(draft, env);
    for (const check of this.checks) out.push(...check.run(draft, env));
    if (this.withExceptions.size === 0) return out;
    return out.filter((f) => {
      const c = this.withExceptions.get(f.ruleId);
      return !c || !excepted(c, draft, f.start, f.end);
    });
  }
}
