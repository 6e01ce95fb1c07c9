/**
 * Editors register how to write their unsaved draft synchronously; the page
 * calls them when it is hidden or goes away (pagehide, visibilitychange), the
 * last moment a write can still be handed to IndexedDB.
 */
const flushers = new Set<() => void>();

export function onFlush(flush: () => void): () => void {
  flushers.add(flush);
  return () => void flushers.delete(flush);
}

export function flushPendingWrites(): void {
  for (const flush of flushers) {
    try {
      flush();
    } catch (error) {
      console.warn('Claimlens could not write a draft as the page closed:', error);
    }
  }
}

/** Wires flushPendingWrites to the page's lifecycle; returns the remover. */
export function flushOnPageHide(target: Window): () => void {
  const onHide = () => flushPendingWrites();
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flushPendingWrites();
  };
  target.addEventListener('pagehide', onHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
