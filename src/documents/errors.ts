/** A command-line or server argument that cannot be used; the CLI exits 2 on it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
