import type { ZodError } from 'zod';

/** Turns zod issues into one line per issue that starts with the field path. */
export function describeIssues(error: ZodError, root: string): string {
  return error.issues
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
      return `${path || '(root)'}: ${issue.message}`;
    })
    .join('\n');
}

/** A rule pack that does not fit RulePackSchema. `issues` holds each field path and problem. */
export class RulePackError extends Error {
  override readonly name = 'RulePackError';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** Options for analyze or createCoach that do not fit their schema. */
export class OptionsError extends Error {
  override readonly name = 'OptionsError';
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export function issuesOf(error: ZodError, root: string): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}
