import { createContext, useContext } from 'react';
import type { ClaimlensDB } from '../../utils/db';
import type { PageClaims, SelectionTarget } from '../../utils/messaging';

/** What a view hears about tabs: the active tab changed, a tab's page changed, the user clicked a mark. */
export interface TabListener {
  activeTab(tabId: number | null): void;
  pageChanged(tabId: number): void;
  claimActivated(tabId: number, claim: { key: string; annotationId?: string }): void;
}

/**
 * What the workbench (popup, side panel, popup.html?tabId=N) needs from the
 * browser, passed in so the same components run in the extension (real
 * messages) and in component tests (fakes).
 */
export interface WorkbenchDeps {
  db: ClaimlensDB;
  /** Where the view is shown: the popup is small and closes on a click in the page; the panel stays. */
  surface: 'popup' | 'panel';
  /** The tab whose claims are shown first; null when there is none (e.g. a browser page). */
  tabId: number | null;
  listClaims(tabId: number, range: { offset: number; limit: number }): Promise<PageClaims>;
  focusClaim(tabId: number, key: string): Promise<boolean>;
  /** Tells the tab to re-mark; callers never await it on a save path (a big page takes seconds). */
  notifyAnnotationsChanged(tabId: number): Promise<void>;
  /** The page's current selection, to re-attach an annotation whose passage is gone. */
  readSelection(tabId: number): Promise<SelectionTarget | null>;
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  /** Events from the browser; `activeTab` only when the view follows the active tab. Returns the remover. */
  subscribe?(listener: TabListener): () => void;
  openInTab?(tabId: number): void;
  /** Must run inside the click that asks for it (the browser requires a user gesture). */
  openSidePanel?(tabId: number): void;
  /** The key combination of "Annotate selection", or null when none is set. */
  annotateShortcut?(): Promise<string | null>;
  openShortcutSettings?(): void;
  download(filename: string, mimeType: string, content: string): void;
  newId(): string;
  now(): Date;
}

export const WorkbenchDepsContext = createContext<WorkbenchDeps | null>(null);

export function useWorkbenchDeps(): WorkbenchDeps {
  const deps = useContext(WorkbenchDepsContext);
  if (!deps) throw new Error('WorkbenchDepsContext is missing');
  return deps;
}
