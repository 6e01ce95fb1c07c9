/**
 * Page identity: the same article reached through a newsletter link, a share
 * button or an anchor must find the same annotations.
 */
import { parseQuery, serializeQuery, sortQuery } from './form-urlencoded';

const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref_src|ref_url|cmpid|ocid|ito|__twitter_impression|s_cid|at_medium|at_campaign)$/i;

export function normalizePageUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  // Parsed by hand: URLSearchParams iterators fail in Firefox content scripts (see form-urlencoded.ts).
  const query = serializeQuery(sortQuery(parseQuery(url.search).filter(([name]) => !TRACKING_PARAM.test(name))));
  url.search = query ? `?${query}` : '';
  return url.toString();
}

/** Only web pages are scanned; extension pages, files and browser pages are not. */
export function isScannableUrl(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function siteOf(raw: string): string {
  return new URL(raw).hostname.toLowerCase();
}
