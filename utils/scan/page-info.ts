import type { Page } from '../model/annotation';
import { normalizePageUrl, sameSite } from '../url';
import { readPublishedDate } from './published-date';

/** The page's identity for storage: normalised URL, declared canonical URL, title, and the publication date it declares. */
export function readPageInfo(doc: Document = document): Page {
  const url = normalizePageUrl(doc.location?.href ?? doc.URL);
  const canonicalHref = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  let canonicalUrl: string | undefined;
  if (canonicalHref) {
    try {
      const resolved = new URL(canonicalHref, url);
      if ((resolved.protocol === 'http:' || resolved.protocol === 'https:') && sameSite(resolved.href, url)) canonicalUrl = normalizePageUrl(resolved.href);
    } catch {
      // A malformed canonical link is the page's problem; the URL still identifies it.
    }
  }
  const title = (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') || doc.title || url).trim().slice(0, 500);
  const publishedAt = readPublishedDate(doc);
  return { url, ...(canonicalUrl && canonicalUrl !== url ? { canonicalUrl } : {}), title, ...(publishedAt ? { publishedAt } : {}) };
}
