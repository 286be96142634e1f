import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder whose config file applies to a document: its own for a file, else the first workspace folder. */
export function folderOf(uri: string, roots: readonly string[]): string | undefined {
  if (uri.startsWith('file:')) {
    try {
      return dirname(fileURLToPath(uri));
    } catch {
      // A malformed file URI: fall through to the workspace root.
    }
  }
  return roots[0];
}
