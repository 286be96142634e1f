import type { ZodError } from './zod.js';

/** One bad field of an option, pack or profile. */
export interface Issue {
  /** Dotted path of the field, e.g. `rules.3.patterns.0`. */
  path: string;
  /** What is wrong with it, e.g. `Invalid option: expected one of "formal"|"informal"`. */
  message: string;
}

export function issuesOf(error: ZodError, root: string): Issue[] {
  return error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));
}

function describe(issues: Issue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}

/** Bad input whose message and `issues` name each field and what is wrong with it. */
export class FieldError extends Error {
  constructor(readonly issues: Issue[]) {
    super(describe(issues));
  }
  static from<E extends FieldError>(this: new (issues: Issue[]) => E, error: ZodError, root = ''): E {
    return new this(issuesOf(error, root));
  }
}

/** A rule pack that does not fit RulePackSchema. */
export class RulePackError extends FieldError {
  override readonly name = 'RulePackError';
}

/** Options, a draft or edits that do not fit their schema. */
export class OptionsError extends FieldError {
  override readonly name = 'OptionsError';
}

/** A culture profile that does not fit CultureProfileSchema. */
export class ProfileError extends FieldError {
  override readonly name = 'ProfileError';
}

/** Runs a loader; a FieldError it throws comes out as the same kind of error with `prefix.` before each path. */
export function atPath<T>(prefix: string, load: () => T): T {
  try {
    return load();
  } catch (e) {
    if (!(e instanceof FieldError)) throw e;
    const Kind = e.constructor as new (issues: Issue[]) => FieldError;
    throw new Kind(e.issues.map((x) => ({ ...x, path: `${prefix}.${x.path}` })));
  }
}
