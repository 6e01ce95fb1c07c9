import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/**
 * Shows the side panel (Chrome) or the sidebar (Firefox). Both browsers
 * allow it only during a user gesture, so the call is made synchronously,
 * before anything is awaited. Resolves false when the browser refused.
 */
export function openPanelFor(tabId: number | undefined, windowId: number | undefined): Promise<{ opened: boolean }> {
  try {
    const sidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
    const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
    const opening = sidePanel
      ? sidePanel.open(tabId !== undefined ? { tabId } : { windowId })
      : sidebar
        ? sidebar.open()
        : Promise.reject(new Error('no side panel in this browser'));
    return opening.then(
      () => ({ opened: true }),
      () => ({ opened: false }),
    );
  } catch {
    return Promise.resolve({ opened: false });
  }
}
