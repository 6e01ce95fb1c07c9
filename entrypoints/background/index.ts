import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { annotationsForPage, getDb, saveAnnotation } from '../../utils/db';
import { handleMessage, request } from '../../utils/messaging';
import { newAnnotationRecord } from '../../utils/model/new-annotation';
import { ANNOTATE_COMMAND, ANNOTATE_MENU_ID, OPEN_PANEL_COMMAND } from '../../utils/commands';
import { watchLanguage } from '../../utils/i18n/current';
import { sameSite } from '../../utils/url';
import { BACKUP_ALARM, backUpIfDue } from './backup';
import { createContextMenu } from './menu';
import { openPanelFor } from './panel';
import { reinjectOpenTabs } from './reinject';
import { ensureScanner } from './scanner';

// The background owns storage for content scripts (IndexedDB opened in a
// content script would belong to the website), the context menu and the
// keyboard shortcuts. Every listener is registered synchronously at start,
// as an MV3 service worker requires.
export default defineBackground(() => {
  handleMessage('getPageAnnotations', ({ url, canonicalUrl }, sender) => {
    // A page may declare any canonical URL; only one on its own site finds that story's annotations.
    const tabUrl = sender.tab?.url ?? url;
    const trusted = canonicalUrl && sameSite(canonicalUrl, url) && sameSite(url, tabUrl) ? canonicalUrl : undefined;
    return annotationsForPage(getDb(), url, trusted);
  });

  handleMessage('createPassage', async ({ page, target, text, sentence }) => {
    const now = new Date();
    const record = newAnnotationRecord(
      { id: crypto.randomUUID(), now, page, target, claim: { type: 'passage', text }, sentence },
      { lastAnchor: { state: 'exact', text, checkedAt: now.toISOString() } },
    );
    return saveAnnotation(getDb(), record);
  });

  // Called while the page click is still the user's gesture: open synchronously, before any await.
  handleMessage('openPanel', (_data, sender) => openPanelFor(sender.tab?.id, sender.tab?.windowId));

  // The loader found a story in the sender's frame; the panel or popup needs a scanner in a tab, story or not.
  handleMessage('loadScanner', async (_data, sender) => ({
    ready: sender.tab?.id !== undefined && (await ensureScanner(sender.tab.id, sender.frameId ?? 0)),
  }));
  handleMessage('ensureScanner', async ({ tabId }) => ({ ready: await ensureScanner(tabId) }));

  handleMessage('backupNow', () => backUpIfDue(true));
  // Hourly check; a backup is written only when the user's settings say one is due.
  void browser.alarms.get(BACKUP_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(BACKUP_ALARM, { periodInMinutes: 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) void backUpIfDue();
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void createContextMenu().catch((error: unknown) => console.warn('Claimlens could not add its context menu:', error));
    // Tabs opened before this version was installed would stay unmarked until reloaded.
    if (reason === 'install' || reason === 'update') void reinjectOpenTabs();
  });

  // The language setting changed (or the browser's language, seen at start-up): the menu's title follows.
  watchLanguage((language) => void createContextMenu(language).catch(() => undefined));
  browser.runtime.onStartup.addListener(() => void createContextMenu().catch(() => undefined));

  const annotateIn = (tabId: number | undefined, windowId: number | undefined) => {
    if (tabId === undefined) return;
    void openPanelFor(tabId, windowId);
    // Any page, story or not: the scanner is injected first when the loader did not ask for it.
    void ensureScanner(tabId)
      .then((ready) => (ready ? request('annotateSelection', undefined, tabId) : undefined))
      .catch(() => undefined);
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANNOTATE_MENU_ID) annotateIn(tab?.id, tab?.windowId);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === ANNOTATE_COMMAND) annotateIn(tab?.id, tab?.windowId);
    else if (command === OPEN_PANEL_COMMAND) void openPanelFor(tab?.id, tab?.windowId);
  });
});
