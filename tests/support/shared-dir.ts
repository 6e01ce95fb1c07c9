import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The read-only material beside the project (`../shared`). Tests that need it
 * call this and fail loudly when it is missing: they must never skip.
 */
export function sharedDir(...parts: string[]): string {
  const root = resolve(process.env.CLAIMLENS_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url)));
  const path = resolve(root, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Shared material missing: ${path} does not exist. These checks need ../shared beside the project ` +
        '(or CLAIMLENS_SHARED pointing at it); they never skip.',
    );
  }
  return path;
}
