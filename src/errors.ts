import type { ZodError } from 'zod';

export interface Issue {
  /** Dotted path of the field, e.g. `rules.3.patterns.0`. */
  path: string;
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

/** A rule pack that does not fit RulePackSchema; the message and `issues` name each field. */
export class RulePackError extends Error {
  override readonly name = 'RulePackError';
  constructor(readonly issues: Issue[]) {
    super(describe(issues));
  }
  static from(error: ZodError, root = ''): RulePackError {
    return new RulePackError(issuesOf(error, root));
  }
}

/** Options, a draft or edits that do not fit their schema; the message and `issues` name each field. */
export class OptionsError extends Error {
  override readonly name = 'OptionsError';
  constructor(readonly issues: Issue[]) {
    super(describe(issues));
  }
  static from(error: ZodError, root = ''): OptionsError {
    return new OptionsError(issuesOf(error, root));
  }
}
