/**
 * Attribute-only checks about elements (no computed style, no layout), shared
 * by the scoring pass and the text collection so both see the same page.
 */

/** Elements whose content is never article text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'frameset',
  'object', 'embed', 'video', 'audio', 'canvas', 'button', 'select', 'option', 'textarea',
  'input', 'head', 'title', 'meta', 'link', 'map', 'dialog',
]);

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Page chrome by tag or ARIA role, whatever the classes say. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside']);
const CHROME_ROLES = new Set([
  'navigation', 'menu', 'menubar', 'complementary', 'alert', 'alertdialog', 'dialog',
  'banner', 'contentinfo', 'search', 'toolbar', 'tablist', 'button',
]);

// Class/id hints, after Mozilla Readability's regular expressions, extended
// with chrome words common on news sites (players, legal notices, bios).
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|breaking|ticker/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|mathjax|shadow/i;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|player|disclaimer|legal|copyright|newsletter|subscribe|font-?size|toolbar|author-?(?:bio|box|info|card)|about-?the-?author|\bbio\b/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const SHARE = /(\b|_)(share|sharedaddy|sharing|social)(\b|_)/i;

const RELEVANT_ATTRIBUTES = new Set(['class', 'id', 'hidden', 'aria-hidden', 'style', 'role', 'itemprop', 'rel']);

// What sits inside an article body without being the story (after trafilatura's discard lists):
// photo captions and credits, galleries, teasers of other stories, newsletter boxes, date lines.
const CAPTION = /caption|credit/i;
const MEDIA = /photo|image|img|picture|media|figure|video|gallery|slide|carousel/i;
const GALLERY = /gallery|slideshow|carousel|lightbox|slider/i;
const PROMO =
  /related|recirc|trending|most-?popular|more-?(?:stories|news|from|articles|on)|read-?more|also-?read|teaser|promo|newsletter|sign-?up|singup|subscri|(?:^|[\s_-])cta(?:$|[\s_-])|syndigate|syndication|outbrain|taboola|recommend|you-?may|next-?(?:post|article|story)|(?:^|[\s_-])(?:post|entry|article)-?(?:tags|categories)/i;
const META =
  /(?:^|[\s_-])(?:date|dateline|time|timestamp|published|updated|posted|postinfo|(?:post|entry|article)-?meta|meta|read-?time|submitted)(?:$|[\s_-])/i;
/** A quoted social-media post (an embedded tweet): quoted material of the story, not a share bar. */
const EMBEDDED_POST = /tweet|twitter-|instagram-media|social-?(?:media-?)?embed|embed(?:ded)?-?(?:tweet|post|social)/i;
/** Content shown only on hover or click (person cards, tooltips), whatever the style sheet says. */
const ON_DEMAND = /rollover|tooltip|popover|hover-?card/i;
/** Class names that hide an element in every common CSS framework (a whole class token, not a part). */
const HIDING_CLASS = /^(?:is-|u-|js-)?(?:hidden|hide|invisible|d-none|dis-none|display-none|sr-only|visually-?hidden|screen-?reader-?(?:text|only)|off-?screen|element-invisible)$/i;

/** Tells whether the page's style sheets hide an element; null where styles are not computed (jsdom, the CLI). */
export type HiddenTest = (el: Element) => boolean;

let styleHidden: HiddenTest | null = null;

/**
 * Runs `read` with `test` deciding, for elements with a class or id (what
 * style sheet rules target), whether styles hide them. The extraction is
 * synchronous, so one module-level test is safe and keeps every rule's
 * signature as it is.
 */
export function withHiddenTest<T>(test: HiddenTest | null, read: () => T): T {
  const before = styleHidden;
  styleHidden = test;
  try {
    return read();
  } finally {
    styleHidden = before;
  }
}

type VisibilityCheck = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

/**
 * The browser's own answer where it has one (Element.checkVisibility: no
 * layout box, display:none or visibility:hidden, here or above), which reads
 * the already computed layout and costs little per element. An element with
 * `display: contents` has no box of its own but shows its children.
 */
export function computedHiddenTest(doc: Document): HiddenTest | null {
  const probe = doc.documentElement as VisibilityCheck | null;
  if (!probe || typeof probe.checkVisibility !== 'function') return null;
  return (el) => {
    const check = el as VisibilityCheck;
    if (typeof check.checkVisibility !== 'function' || check.checkVisibility({ visibilityProperty: true })) return false;
    const view = el.ownerDocument.defaultView;
    return !(view && view.getComputedStyle(el).display === 'contents');
  };
}

function hasHidingClass(cls: string): boolean {
  if (!cls) return false;
  for (const token of cls.split(/\s+/)) if (token && HIDING_CLASS.test(token)) return true;
  return false;
}

/**
 * What the extraction reads from an element, read once: attribute access is
 * the main cost of a pass in jsdom, and the retries reuse it.
 */
export interface ElementInfo {
  tag: string;
  /** class + " " + id, what Readability matches its hints against. */
  match: string;
  cls: string;
  /** Script/style/media/form controls, or hidden by attribute or inline style. */
  neverText: boolean;
  /** nav/footer/aside, or a tag-cloud link: left out whatever the strictness. */
  chromeTag: boolean;
  /** An ARIA role of page chrome (navigation, banner, alert, ...). */
  chromeRole: boolean;
  /** Readability's class weight: +25 per content-like class/id, -25 per chrome-like one. */
  weight: number;
  /** Marked as author/byline by class, id, rel or itemprop. */
  byline: boolean;
  /** itemprop="articleBody": the site's own marking of the article text. */
  articleBody: boolean;
  /** A figure caption or photo credit (figcaption, or by class/id). */
  caption: boolean;
  /** Named like an image, video or gallery block (dropped when it holds media and little text). */
  media: boolean;
  /** A gallery or slideshow: its text is captions. */
  gallery: boolean;
  /** Named like a teaser of other stories, a newsletter or subscription box, tags. */
  promo: boolean;
  /** Named like a date, time or post-meta line. */
  meta: boolean;
  /** An embedded social-media post (tweet): never taken for a share bar or social widget. */
  embeddedPost: boolean;
}

export function describe(el: Element): ElementInfo {
  const tag = el.localName;
  const info: ElementInfo = {
    tag, match: '', cls: '', neverText: NEVER_TEXT.has(tag), chromeTag: CHROME_TAGS.has(tag), chromeRole: false, weight: 0, byline: false,
    articleBody: false, caption: tag === 'figcaption', media: false, gallery: false, promo: false, meta: false, embeddedPost: false,
  };
  if (info.neverText || !el.hasAttributes()) return info;
  // Look up only the attributes present and relevant (most elements have none of them);
  // NamedNodeMap is avoided because it is slow in jsdom.
  let cls = '';
  let id = '';
  const names = el.getAttributeNames();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (!RELEVANT_ATTRIBUTES.has(name)) continue;
    const value = el.getAttribute(name) ?? '';
    switch (name) {
      case 'class': cls = value; break;
      case 'id': id = value; break;
      case 'hidden': info.neverText = true; break;
      case 'aria-hidden': if (value === 'true') info.neverText = true; break;
      case 'style': if (HIDING_STYLE.test(value)) info.neverText = true; break;
      case 'role': info.chromeRole = CHROME_ROLES.has(value); break;
      case 'itemprop':
        if (value === 'articleBody') {
          info.weight += 25;
          info.articleBody = true;
        }
        else if (value.includes('author')) info.byline = true;
        break;
      case 'rel':
        if (value === 'author') info.byline = true;
        else if (value === 'tag') info.chromeTag = true; // tag clouds under posts
        break;
    }
  }
  info.cls = cls;
  info.match = cls && id ? cls + ' ' + id : cls || id;
  if (info.match && tag !== 'body' && tag !== 'html') {
    const m = info.match;
    if (BYLINE.test(m)) info.byline = true;
    if (hasHidingClass(cls) || ON_DEMAND.test(m) || (styleHidden !== null && styleHidden(el))) info.neverText = true;
    if (tag !== 'article' && tag !== 'main') {
      info.caption ||= CAPTION.test(m);
      info.media = MEDIA.test(m);
      info.gallery = GALLERY.test(m);
      info.promo = PROMO.test(m);
      info.meta = META.test(m);
    }
  }
  if (info.match && EMBEDDED_POST.test(info.match)) {
    info.embeddedPost = true;
    info.media = false;
    return info;
  }
  if (cls) {
    if (NEGATIVE.test(cls)) info.weight -= 25;
    if (POSITIVE.test(cls)) info.weight += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) info.weight -= 25;
    if (POSITIVE.test(id)) info.weight += 25;
  }
  return info;
}

export function isNeverText(el: Element): boolean {
  return describe(el).neverText;
}

/** Readability's "unlikely candidate": chrome by class/id, unless it also looks like content. */
export function isUnlikely(info: ElementInfo): boolean {
  if (!info.match || info.tag === 'body' || info.tag === 'a' || info.tag === 'article') return false;
  return UNLIKELY.test(info.match) && !MAYBE_CANDIDATE.test(info.match) && !info.embeddedPost;
}

export function looksLikeShare(info: ElementInfo): boolean {
  return info.match !== '' && !info.embeddedPost && SHARE.test(info.match);
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
