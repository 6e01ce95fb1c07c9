import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupDepsContext, type PopupDeps } from '../../components/popup/deps';
import { PopupApp } from '../../components/popup/PopupApp';
import { getDb } from '../../utils/db';
import { request } from '../../utils/messaging';
import { setSiteEnabled } from '../../utils/settings';
import './style.css';

/** `popup.html?tabId=N` shows tab N (the "open in a tab" view, and tests); otherwise the active tab. */
async function resolveTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function download(filename: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function main() {
  const tabId = await resolveTabId();
  const inTab = new URLSearchParams(location.search).has('tabId');
  const deps: PopupDeps = {
    db: getDb(),
    tabId,
    listClaims: (id) => request('listClaims', undefined, id),
    focusClaim: async (id, key) => (await request('focusClaim', { key }, id)).found,
    notifyAnnotationsChanged: async (id) => void (await request('annotationsChanged', undefined, id).catch(() => undefined)),
    setSiteEnabled,
    openInTab: inTab ? undefined : (id) => void browser.tabs.create({ url: `${browser.runtime.getURL("/popup.html")}?tabId=${id}` }),
    download,
    newId: () => crypto.randomUUID(),
    now: () => new Date(),
  };
  createRoot(document.getElementById('root')!).render(
    <PopupDepsContext.Provider value={deps}>
      <PopupApp />
    </PopupDepsContext.Provider>,
  );
}

void main();
