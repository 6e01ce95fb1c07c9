import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { LANGUAGE_SETTINGS, type LanguageSetting } from './i18n/languages';

/**
 * Sites where the user switched scanning off. Kept in extension storage (not
 * the page's), so the content script can read and watch it directly.
 */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

const SitesSchema = z.array(z.string());

export async function isSiteEnabled(site: string): Promise<boolean> {
  const sites = SitesSchema.catch([]).parse(await disabledSitesItem.getValue());
  return !sites.includes(site);
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const sites = SitesSchema.catch([]).parse(await disabledSitesItem.getValue());
  const next = enabled ? sites.filter((s) => s !== site) : [...new Set([...sites, site])];
  await disabledSitesItem.setValue(next);
}

// --- Interface language (utils/i18n): 'auto' follows the browser. ---
const LanguageSettingSchema = z.enum(LANGUAGE_SETTINGS);
export const languageSettingItem = storage.defineItem<LanguageSetting>('local:language', { fallback: 'auto' });

/** The stored choice; anything unreadable counts as 'auto'. */
export async function readLanguageSetting(): Promise<LanguageSetting> {
  return LanguageSettingSchema.catch('auto').parse(await languageSettingItem.getValue());
}
