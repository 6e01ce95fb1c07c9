import type { ArticleReason } from './is-article';

/** Why the loader asks for the scanner: the page looks like a story, or a scanner of an earlier version ran in it. */
export type LoadReason = ArticleReason | 'earlier-scanner';

/**
 * The storage key of the user's disabled sites (utils/settings.ts's
 * `local:disabledSites`): the loader reads it with plain storage.local, to
 * carry neither WXT's storage module nor zod.
 */
export const DISABLED_SITES_KEY = 'disabledSites';

/** The element the scanner mounts (entrypoints/scanner.content/page-ui.ts): left in a page, a scanner ran there. */
export const SCANNER_LAYER_TAG = 'claimlens-layer';

/** Whether the user switched this site off; anything but a list of names counts as nothing switched off (as settings.ts reads it). */
export function isSiteDisabled(stored: unknown, hostname: string): boolean {
  return Array.isArray(stored) && stored.includes(hostname);
}

/**
 * The `loadScanner` message in @webext-core/messaging's wire format, built by
 * hand so that the loader bundles neither that library nor zod; the
 * background validates it against `schemas.loadScanner` like any message.
 */
export function loadScannerMessage(reason: LoadReason, decisionMs: number, now = Date.now()) {
  return { id: Math.floor(Math.random() * 1e9), type: 'loadScanner' as const, data: { reason, decisionMs: Math.max(0, decisionMs) }, timestamp: now };
}
