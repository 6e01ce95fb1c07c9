/** A storage failure the user is told about: what could not be done, and IndexedDB's own reason. */
export class StorageError extends Error {
  constructor(action: string, cause: unknown) {
    super(`Could not ${action}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageError';
  }
}

/** Runs a storage action, turning any failure into a StorageError that names the action. */
export async function guarded<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(action, error);
  }
}
