/**
 * Attribute-only checks about elements (no computed style, no layout), shared
 * by the scoring pass and the text collection so both see the same page.
 */

/** Elements whose content is never article text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'video', 'audio', 'canvas', 'button', 'select', 'option', 'textarea',
  'input', 'head', 'title', 'meta', 'link', 'map', 'dialog',
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Script/style/media/form controls, or hidden by attribute or inline style. */
export function isNeverText(el: Element): boolean {
  if (NEVER_TEXT.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const ariaHidden = el.getAttribute('aria-hidden');
  if (ariaHidden === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDING_STYLE.test(style);
}

/** Page chrome by tag or ARIA role, whatever the classes say. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
const CHROME_ROLES = new Set([
  'navigation', 'menu', 'menubar', 'complementary', 'alert', 'alertdialog', 'dialog',
  'banner', 'contentinfo', 'search', 'toolbar', 'tablist', 'button',
]);

export function isChromeTag(el: Element): boolean {
  return CHROME_TAGS.has(el.localName);
}

export function hasChromeRole(el: Element): boolean {
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role);
}

// Class/id hints, after Mozilla Readability's regular expressions, extended
// with chrome words common on news sites (players, legal notices, bios).
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|breaking|ticker/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|player|disclaimer|legal|copyright|newsletter|subscribe|font-?size|toolbar/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const SHARE = /(\b|_)(share|sharedaddy|sharing|social)(\b|_)/i;

export function matchString(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls ? (id ? cls + ' ' + id : cls) : id ?? '';
}

/** Readability's "unlikely candidate": chrome by class/id, unless it also looks like content. */
export function isUnlikely(el: Element, match: string): boolean {
  if (!match || el.localName === 'body' || el.localName === 'a' || el.localName === 'article') return false;
  return UNLIKELY.test(match) && !MAYBE_CANDIDATE.test(match);
}

/** +25 for content-like class and id, -25 for chrome-like ones (Readability's class weight). */
export function classWeight(el: Element): number {
  let weight = 0;
  const cls = el.getAttribute('class');
  if (cls) {
    if (NEGATIVE.test(cls)) weight -= 25;
    if (POSITIVE.test(cls)) weight += 25;
  }
  const id = el.getAttribute('id');
  if (id) {
    if (NEGATIVE.test(id)) weight -= 25;
    if (POSITIVE.test(id)) weight += 25;
  }
  if (el.getAttribute('itemprop') === 'articleBody') weight += 25;
  return weight;
}

export function looksLikeByline(el: Element, match: string): boolean {
  const rel = el.getAttribute('rel');
  const itemprop = el.getAttribute('itemprop');
  return rel === 'author' || (itemprop !== null && itemprop.includes('author')) || BYLINE.test(match);
}

export function looksLikeShare(match: string): boolean {
  return SHARE.test(match);
}

/** Elements that start a new line of text. `\n\n` separates paragraphs, `\n` lines. */
const PARAGRAPH_BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'div', 'dl', 'fieldset', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'table', 'ul', 'menu', 'summary', 'legend', 'body', 'html',
]);
const LINE_BLOCKS = new Set(['br', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'caption', 'figcaption', 'tbody', 'thead', 'tfoot']);

/** 2 for a paragraph break, 1 for a line break, 0 for inline. */
export function breakLevel(tag: string): 0 | 1 | 2 {
  if (PARAGRAPH_BLOCKS.has(tag)) return 2;
  if (LINE_BLOCKS.has(tag)) return 1;
  return 0;
}

/** Readability's tag bonus when an element first becomes a candidate. */
export function tagScore(tag: string): number {
  switch (tag) {
    case 'div': return 5;
    case 'pre': case 'td': case 'blockquote': return 3;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': return -3;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': return -5;
    default: return 0;
  }
}

/** Elements scored as a paragraph (a bare div counts too: see stats.ts). */
export const PARAGRAPH_TAGS = new Set(['p', 'td', 'pre', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
