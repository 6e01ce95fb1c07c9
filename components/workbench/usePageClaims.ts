import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageClaims } from '../../utils/messaging';
import { useWorkbenchDeps } from './deps';

/** Claims are listed a page at a time: a page with 10,000 claims stays responsive. */
export const CLAIMS_PER_PAGE = 200;

/** Pauses before asking a tab again (a page still loading answers within a second or two). */
const RETRIES_MS = [250, 500, 1000];

export type PageLoad = { state: 'loading' } | { state: 'ready'; data: PageClaims } | { state: 'unavailable'; /** The message saying why (utils/i18n). */ reason: 'page.noTab' | 'page.unreadable' };

/**
 * The tab's claims, first page first; "show more" appends the next. A reload
 * (the page changed, a tab switch) lists again as many as were shown. Answers
 * that arrive after a newer request are dropped.
 */
export function usePageClaims(tabId: number | null) {
  const deps = useWorkbenchDeps();
  const [load, setLoad] = useState<PageLoad>({ state: 'loading' });
  const generation = useRef(0);
  const shown = useRef(CLAIMS_PER_PAGE);

  const reload = useCallback(
    async (options: { fresh?: boolean } = {}) => {
      const mine = ++generation.current;
      if (options.fresh) {
        shown.current = CLAIMS_PER_PAGE;
        setLoad({ state: 'loading' });
      }
      if (tabId === null) return setLoad({ state: 'unavailable', reason: 'page.noTab' });
      // Just after a navigation the page's content script may not be listening yet: ask again a few times.
      // A first listing says at once that a tab cannot be read (its content script reports when it has scanned).
      const retries = options.fresh ? [] : RETRIES_MS;
      for (let attempt = 0; ; attempt++) {
        try {
          const data = await deps.listClaims(tabId, { offset: 0, limit: shown.current });
          if (mine === generation.current) setLoad({ state: 'ready', data });
          return;
        } catch {
          if (mine !== generation.current) return;
          if (attempt >= retries.length) return setLoad({ state: 'unavailable', reason: 'page.unreadable' });
          await new Promise((resolve) => setTimeout(resolve, retries[attempt]));
          if (mine !== generation.current) return;
        }
      }
    },
    [deps, tabId],
  );

  useEffect(() => void reload({ fresh: true }), [reload]);

  const loadMore = useCallback(async () => {
    if (load.state !== 'ready' || tabId === null) return;
    const mine = ++generation.current;
    const offset = load.data.claims.length;
    try {
      const next = await deps.listClaims(tabId, { offset, limit: CLAIMS_PER_PAGE });
      if (mine !== generation.current) return;
      shown.current = offset + next.claims.length;
      setLoad({ state: 'ready', data: { ...next, offset: 0, claims: [...load.data.claims, ...next.claims] } });
    } catch {
      if (mine === generation.current) setLoad({ state: 'unavailable', reason: 'page.unreadable' });
    }
  }, [deps, tabId, load]);

  const setScanning = useCallback((scanning: boolean) => setLoad((l) => (l.state === 'ready' ? { state: 'ready', data: { ...l.data, scanning } } : l)), []);

  return { load, reload, loadMore, setScanning };
}
