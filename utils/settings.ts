import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { LANGUAGE_SETTINGS, type LanguageSetting } from './i18n/languages';

/**
 * Sites where the user switched scanning off. Kept in extension storage (not
 * the page's), so the content script can read and watch it directly.
 */
export const disabledSitesItem = storage.defineItem<string[]>('local:disabledSites', { fallback: [] });

const SitesSchema = lazySchema(() => z.array(z.string()));

export async function isSiteEnabled(site: string): Promise<boolean> {
  const sites = SitesSchema.catch([]).parse(await disabledSitesItem.getValue());
  return !sites.includes(site);
}

export async function setSiteEnabled(site: string, enabled: boolean): Promise<void> {
  const sites = SitesSchema.catch([]).parse(await disabledSitesItem.getValue());
  const next = enabled ? sites.filter((s) => s !== site) : [...new Set([...sites, site])];
  await disabledSitesItem.setValue(next);
}

/**
 * The organisation that publishes the fact-checks: ClaimReview's `author`
 * (and the W3C export's `creator`). Only an http(s) URL is kept, since it
 * becomes a link wherever the review is shown.
 */
export const PublisherSchema = lazySchema(() =>
  z.object({
    name: z.string().trim().max(200),
    url: z
      .string()
      .trim()
      .refine((value) => value === '' || isHttpUrl(value), { message: 'Only an http(s) address' }),
  }),
);
export type Publisher = z.infer<typeof PublisherSchema>;
export const NO_PUBLISHER: Publisher = { name: '', url: '' };

export const publisherItem = storage.defineItem<Publisher>('local:publisher', { fallback: NO_PUBLISHER });

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** The stored organisation; a damaged entry reads as none rather than breaking the export. */
export async function readPublisher(): Promise<Publisher> {
  return PublisherSchema.catch(NO_PUBLISHER).parse(await publisherItem.getValue());
}

/** Saves the organisation; throws (with zod's message) for a URL that is not http(s). */
export async function writePublisher(next: Publisher): Promise<Publisher> {
  const valid = PublisherSchema.parse(next);
  await publisherItem.setValue(valid);
  return valid;
}

// --- Interface language (utils/i18n): 'auto' follows the browser. ---
export const languageSettingItem = storage.defineItem<LanguageSetting>('local:language', { fallback: 'auto' });

/** The stored choice; anything unreadable counts as 'auto'. (A plain check: every page reads it before its first render, and the schema library's first use cost ~10 ms there.) */
export async function readLanguageSetting(): Promise<LanguageSetting> {
  const stored: unknown = await languageSettingItem.getValue();
  return (LANGUAGE_SETTINGS as readonly unknown[]).includes(stored) ? (stored as LanguageSetting) : 'auto';
}
