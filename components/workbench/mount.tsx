import { browser } from 'wxt/browser';
import { ANNOTATE_COMMAND } from '../../utils/commands';
import { getDb } from '../../utils/db';
import { isLanguage } from '../../utils/i18n/languages';
import { renderInLanguage } from '../../utils/i18n/render';
import { translate } from '../../utils/i18n/translate';
import { requestPersistentStorage } from '../../utils/persist';
import { handleMessage, request } from '../../utils/messaging';
import { setSiteEnabled } from '../../utils/settings';
import type { TabListener, WorkbenchDeps } from './deps';
import { WorkbenchDepsContext } from './deps';
import { replayDrafts } from './draft-journal';
import { applyMarkColours } from './legend-colours';
import { flushOnPageHide } from './pending-writes';
import { WorkbenchApp } from './WorkbenchApp';
import { saveFile } from '../../utils/save-file';
import { withScanner } from '../../utils/loader/with-scanner';

/**
 * Starts the workbench in an extension page. `?tabId=N` fixes the tab (the
 * "open in a tab" view and tests); otherwise the popup shows the active tab
 * and the side panel follows it.
 */
export async function mountWorkbench(surface: WorkbenchDeps['surface']): Promise<void> {
  void requestPersistentStorage();
  // Drafts a closed page could not store (an update closed it mid-word) are written before anything is shown.
  await replayDrafts(globalThis.localStorage, getDb()).catch((error: unknown) => console.warn('Claimlens could not recover unsaved drafts:', error));
  const params = new URLSearchParams(location.search);
  const fixedTab = Number(params.get('tabId'));
  const tabId = Number.isInteger(fixedTab) && fixedTab > 0 ? fixedTab : await activeTabId();
  const follow = surface === 'panel' && !params.has('tabId');
  const deps: WorkbenchDeps = {
    db: getDb(),
    surface,
    tabId,
    // On any page, story or not: a tab without a scanner gets one (utils/loader/with-scanner.ts).
    listClaims: (id, range) => withScanner(() => request('listClaims', range, id), () => scannerIn(id)),
    focusClaim: async (id, key) => (await withScanner(() => request('focusClaim', { key }, id), () => scannerIn(id))).found,
    notifyAnnotationsChanged: async (id) => void (await request('annotationsChanged', undefined, id).catch(() => undefined)),
    readSelection: (id) => withScanner(() => request('readSelection', undefined, id), () => scannerIn(id)),
    setSiteEnabled,
    subscribe: (listener) => subscribe(listener, follow),
    openInTab: params.has('tabId') ? undefined : (id) => void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?tabId=${id}` }),
    openSidePanel: surface === 'popup' ? openSidePanel : undefined,
    annotateShortcut: async () => (await browser.commands.getAll()).find((c) => c.name === ANNOTATE_COMMAND)?.shortcut || null,
    openShortcutSettings,
    download: saveFile,
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  };
  flushOnPageHide(window);
  document.documentElement.dataset.surface = surface;
  applyMarkColours(document.documentElement);
  await renderInLanguage(
    document.getElementById('root')!,
    <WorkbenchDepsContext.Provider value={deps}>
      <WorkbenchApp />
    </WorkbenchDepsContext.Provider>,
  );
}

async function scannerIn(tabId: number): Promise<boolean> {
  return (await request('ensureScanner', { tabId })).ready;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Tab switches (in this window), navigations, the content script's rescans and clicks on marks. */
function subscribe(listener: TabListener, follow: boolean): () => void {
  const removers = [
    handleMessage('pageChanged', (_data, sender) => void (sender.tab?.id !== undefined && listener.pageChanged(sender.tab.id))),
    handleMessage('claimActivated', (claim, sender) => void (sender.tab?.id !== undefined && listener.claimActivated(sender.tab.id, claim))),
  ];
  const onUpdated = (id: number, change: { status?: string; url?: string }) => {
    if (change.status === 'complete' || change.url) listener.pageChanged(id);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  removers.push(() => browser.tabs.onUpdated.removeListener(onUpdated));
  if (follow) {
    const windowId = browser.windows.getCurrent().then((w) => w.id);
    const onActivated = async (info: { tabId: number; windowId: number }) => {
      if (info.windowId === (await windowId)) listener.activeTab(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    removers.push(() => browser.tabs.onActivated.removeListener(onActivated));
  }
  return () => removers.forEach((remove) => remove());
}

/** Called straight from the click: Chrome opens a side panel only within a user gesture. */
function openSidePanel(tabId: number): void {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(options: { tabId: number }): Promise<void> } } }).chrome?.sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  const opened = chromeSidePanel ? chromeSidePanel.open({ tabId }) : sidebar?.open();
  void opened?.then(() => window.close()).catch((error: unknown) => console.warn('Claimlens could not open the side panel:', error));
}

function openShortcutSettings(): void {
  if (import.meta.env.FIREFOX) {
    // Firefox 137+ opens its shortcut page itself; extensions may not open about: URLs.
    const commands = browser.commands as unknown as { openShortcutSettings?(): Promise<void> };
    if (commands.openShortcutSettings) void commands.openShortcutSettings();
    else {
      const lang = document.documentElement.lang;
      alert(translate(isLanguage(lang) ? lang : 'en', 'keys.firefoxShortcuts'));
    }
  } else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
