import { browser } from 'wxt/browser';
import { ANNOTATE_MENU_ID } from '../../utils/commands';
import { currentLanguage } from '../../utils/i18n/current';
import type { Language } from '../../utils/i18n/languages';
import { translate } from '../../utils/i18n/translate';

/**
 * The context menu item, titled in the extension's language. Menus persist
 * across restarts, so it is made at install and made again when the
 * language setting changes (the browser's `__MSG_…__` cannot follow the
 * setting, hence the bundled catalogue).
 */
export async function createContextMenu(language?: Language): Promise<void> {
  const title = translate(language ?? (await currentLanguage()), 'menu.annotateSelection');
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: ANNOTATE_MENU_ID, title, contexts: ['selection'] });
}
