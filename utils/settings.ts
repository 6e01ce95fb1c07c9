import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

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
