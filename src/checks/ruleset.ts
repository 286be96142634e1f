import type { RulePack } from '../schema/pack.js';
import type { Draft, RawFinding } from './context.js';
import type { RunEnv } from './env.js';
import { MetricCheck } from './metric.js';
import { NlpCheck } from './nlp.js';
import { PhraseChecks } from './phrase.js';
import { RequiredCheck, StructureCheck } from './required.js';
import { compileRule } from './rule.js';
import { ShapeCheck } from './shape.js';

interface Check {
  run(draft: Draft, env: RunEnv): RawFinding[];
}

/** All the rules of one language, compiled once and run together. */
export class RuleSet {
  readonly ruleIds = new Set<string>();
  private readonly phrases = new PhraseChecks();
  private readonly checks: Check[] = [];

  constructor(packs: readonly RulePack[]) {
    for (const pack of packs) {
      for (const rule of pack.rules) {
        this.ruleIds.add(rule.id);
        switch (rule.kind) {
          case 'phrase':
          case 'substitution':
            this.phrases.add(compileRule(rule, pack.category));
            break;
          case 'required':
            this.checks.push(new RequiredCheck(compileRule(rule, pack.category)));
            break;
          case 'structure':
            this.checks.push(new StructureCheck(compileRule(rule, pack.category)));
            break;
          case 'metric':
            this.checks.push(new MetricCheck(compileRule(rule, pack.category)));
            break;
          case 'shape':
            this.checks.push(new ShapeCheck(compileRule(rule, pack.category)));
            break;
          case 'nlp':
            this.checks.push(new NlpCheck(compileRule(rule, pack.category)));
            break;
        }
      }
    }
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const out = this.phrases.run(draft, env);
    for (const check of this.checks) out.push(...check.run(draft, env));
    return out;
  }
}
