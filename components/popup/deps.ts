import { createContext, useContext } from 'react';
import type { ClaimlensDB } from '../../utils/db';
import type { PageClaims } from '../../utils/messaging';

/**
 * What the popup needs from the browser, passed in so the same components run
 * in the extension (real messages) and in component tests (fakes).
 */
export interface PopupDeps {
  db: ClaimlensDB;
  /** The tab whose claims are shown; null when there is none (e.g. a browser page). */
  tabId: number | null;
  listClaims(tabId: number): Promise<PageClaims>;
  focusClaim(tabId: number, key: string): Promise<boolean>;
  notifyAnnotationsChanged(tabId: number): Promise<void>;
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  openInTab?(tabId: number): void;
  download(filename: string, mimeType: string, content: string): void;
  newId(): string;
  now(): Date;
}

export const PopupDepsContext = createContext<PopupDeps | null>(null);

export function usePopupDeps(): PopupDeps {
  const deps = useContext(PopupDepsContext);
  if (!deps) throw new Error('PopupDepsContext is missing');
  return deps;
}
