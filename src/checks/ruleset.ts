import { localeFor } from '../data/locales.js';
import { PatternGroups } from '../match/groups.js';
import { PatternSyntaxError } from '../match/pattern.js';
import type { NlpLoader } from '../nlp/engine.js';
import { RulePackError } from '../schema/errors.js';
import type { Rule, RulePack } from '../schema/pack.js';
import type { Draft, RawFinding } from './context.js';
import { CountCheck } from './count.js';
import { DateTimeCheck } from './datetime.js';
import type { RunEnv } from './env.js';
import { MetricCheck } from './metric.js';
import { NlpCheck } from './nlp.js';
import { PhraseChecks } from './phrase.js';
import { RequiredCheck, StructureCheck } from './required.js';
import { compileRule, excepted, inContext, type CompiledRule } from './rule.js';
import { ShapeCheck } from './shape.js';
import { SubjectCheck } from './subject.js';
import { SpellingCheck } from '../spelling/check.js';

interface Check {
  run(draft: Draft, env: RunEnv): RawFinding[];
}

/** All the rules of one language, compiled once and run together. */
export class RuleSet {
  readonly ruleIds = new Set<string>();
  private readonly phrases = new PhraseChecks();
  private readonly checks: Check[] = [];
  /** Checks of the subject line, run on the subject (with the body for its topic), apart from the draft's. */
  private readonly subjects: SubjectCheck[] = [];
  /** Rules with `unless` patterns or context conditions, by id; their findings are filtered after every check has run. */
  private readonly withExceptions = new Map<string, CompiledRule>();
  private readonly withContext = new Map<string, CompiledRule>();
  private readonly groups = new PatternGroups();

  /** `nlp` is required when a pack has `nlp` rules; the coach checks that before building a set. */
  constructor(packs: readonly RulePack[], nlp?: NlpLoader) {
    for (const pack of packs) {
      const classes = localeFor(pack.language).classes.with(pack.classes);
      const compile = <R extends Rule>(r: R): CompiledRule<R> => {
        const c = compileRule(r, pack.category, this.groups, classes);
        // A count rule applies its exceptions and context to each hit it counts.
        if (c.unless && r.kind !== 'count') this.withExceptions.set(r.id, c);
        if ((c.context || r.unlessCustomerUses) && r.kind !== 'count') this.withContext.set(r.id, c);
        return c;
      };
      pack.rules.forEach((rule, index) => {
        try {
          this.ruleIds.add(rule.id);
          this.add(rule, compile, nlp);
        } catch (e) {
          // An unknown word class is only known once the language's classes are: name the rule as a schema error would.
          if (!(e instanceof PatternSyntaxError)) throw e;
          throw new RulePackError([{ path: `${pack.language}/${pack.category}.rules.${index}`, message: `${rule.id}: ${e.message}` }]);
        }
      });
    }
  }

  private add(rule: Rule, compile: <R extends Rule>(r: R) => CompiledRule<R>, nlp: NlpLoader | undefined): void {
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
      case 'count':
        this.checks.push(new CountCheck(compile(rule)));
        break;
      case 'datetime':
        this.checks.push(new DateTimeCheck(compile(rule)));
        break;
      case 'subject':
        this.subjects.push(new SubjectCheck(compile(rule)));
        break;
      case 'spelling':
        this.checks.push(new SpellingCheck(compile(rule)));
        break;
    }
  }

  /** Findings on the subject line (offsets into it, `field: 'subject'`). */
  runSubject(subject: Draft, body: Draft, env: RunEnv): RawFinding[] {
    return this.subjects.flatMap((check) => check.run(subject, body, env));
  }

  run(draft: Draft, env: RunEnv): RawFinding[] {
    const out = this.phrases.run(draft, env);
    for (const check of this.checks) out.push(...check.run(draft, env));
    if (this.withExceptions.size === 0 && this.withContext.size === 0) return out;
    return out.filter((f) => {
      const c = this.withExceptions.get(f.ruleId);
      if (c && excepted(c, draft, f.start, f.end)) return false;
      const x = this.withContext.get(f.ruleId);
      return !x || inContext(x, draft, f.start, f.end);
    });
  }
}
