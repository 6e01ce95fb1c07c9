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

/**
 * The site a host belongs to, for "is this the same site?": the last two
 * labels, or three under a two-letter country code with a short second
 * level (bbc.co.uk, abc.net.au, pravda.com.ua). An approximation of the
 * public-suffix rule that errs towards "different site".
 */
export function siteKey(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1])) return labels.join('.');
  const [second, top] = labels.slice(-2);
  const keep = top.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** A declared canonical URL is honoured only within the page's own site: another site cannot claim a story's annotations. */
export function sameSite(a: string, b: string): boolean {
  try {
    return siteKey(new URL(a).hostname) === siteKey(new URL(b).hostname);
  } catch {
    return false;
  }
}
