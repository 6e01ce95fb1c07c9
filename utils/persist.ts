/**
 * Asks the browser to keep the extension's storage when the disk runs low.
 * With `unlimitedStorage` Chrome already exempts it from eviction; the call
 * makes the wish explicit everywhere else. Never throws: it is a request.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean> {
  try {
    if (!storage?.persist) return false;
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
