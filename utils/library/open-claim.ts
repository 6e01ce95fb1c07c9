import type { PageClaims } from '../messaging';
import type { Annotation } from '../model/annotation';

/** What opening a page at its claim needs from the browser (faked in tests). */
export interface OpenClaimApi {
  /** Opens a URL in a new tab; resolves with the tab's id. */
  openTab(url: string): Promise<number>;
  /** The tab's claims and anchors; rejects while no content script answers there (page still loading). */
  listClaims(tabId: number): Promise<PageClaims>;
  focusClaim(tabId: number, key: string): Promise<boolean>;
  sleep(ms: number): Promise<void>;
}

export type OpenClaimResult =
  | { outcome: 'focused' }
  /** The page is open but the passage is no longer in it (or changed beyond recognition). */
  | { outcome: 'orphan' }
  /** Scanning is switched off for the page's site. */
  | { outcome: 'off' }
  /** No content script answered in time (not a web page, blocked, or still loading). */
  | { outcome: 'unreachable' };

/**
 * Opens an annotation's page in a new tab and shows its claim there. The
 * content script is asked for the page's anchors until it answers (it
 * answers once its first scan is done, so the answer already says where
 * this annotation stands), then the claim it was joined to is focused with
 * the same `focusClaim` message the panel sends. Nothing is sent before the
 * script is up, so nothing is lost to a page still loading.
 */
export async function openAtClaim(api: OpenClaimApi, annotation: Annotation, { timeoutMs = 20_000, pollMs = 250 } = {}): Promise<OpenClaimResult> {
  // The address it was read at: a declared canonical URL may be another edition, or not served at all.
  const tabId = await api.openTab(annotation.page.url);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let claims: PageClaims | null = null;
    try {
      claims = await api.listClaims(tabId);
    } catch {
      // No content script there yet: the page is still loading.
    }
    if (claims) {
      if (!claims.scanning) return { outcome: 'off' };
      const anchor = claims.anchors.find((a) => a.annotationId === annotation.id);
      if (anchor?.key && anchor.state !== 'orphan' && (await api.focusClaim(tabId, anchor.key))) return { outcome: 'focused' };
      return { outcome: 'orphan' };
    }
    if (Date.now() >= deadline) return { outcome: 'unreachable' };
    await api.sleep(pollMs);
  }
}
