import { HEADING_TAGS, looksLikeShare } from './dom-rules';
import type { ElementStats, ExtractFlags } from './scan';

/**
 * Readability's cleanup of an article (prepArticle), decided per element
 * from the statistics of its already-cleaned descendants: the scan calls it
 * bottom-up, so an outer block is judged without the link lists and widgets
 * already dropped inside it, as Readability's innermost-first removal does.
 */

const SHARE_MAX_TEXT = 500;
const BYLINE_MAX_TEXT = 100;
const CONDITIONAL = new Set(['div', 'table', 'ul', 'ol', 'form', 'fieldset', 'section']);
const AD_OR_LOADING =
  /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;

export interface CleanContext {
  flags: ExtractFlags;
  /** The page's headline <h1>: shown above the story, not part of it. */
  headline: Element | null;
  inFigure: boolean;
  /** Inside a data table or code: Readability leaves those alone. */
  protectedArea: boolean;
}

export function shouldDrop(el: Element, s: ElementStats, ctx: CleanContext): boolean {
  const { info } = s;
  // Dropping an element without text or media changes nothing downstream.
  if (s.text === 0 && s.img === 0 && s.embed === 0) return false;
  const tag = info.tag;
  if (info.chromeTag || (ctx.flags.stripUnlikely && info.chromeRole)) return true;
  if (el === ctx.headline) return true;
  if (s.introducedByPromo && !(ctx.headline && el.contains(ctx.headline))) return true;
  if (info.embeddedPost) return false;
  if (isNotStory(el, s)) return true;
  if ((tag === 'h1' || tag === 'h2') && ctx.flags.weightClasses && info.weight < 0) return true;
  if (s.text < SHARE_MAX_TEXT && looksLikeShare(info)) return true;
  if (info.byline && s.text < BYLINE_MAX_TEXT) return true;
  if (ctx.flags.cleanConditionally && !ctx.protectedArea && CONDITIONAL.has(tag)) return looksLikeClutter(el, tag, s, ctx);
  return false;
}

const CAPTION_MAX_TEXT = 1000;
const MEDIA_MAX_TEXT = 300;
const META_MAX_TEXT = 250;
const PROMO_MAX_TEXT = 3000;
const TEASER_MAX_TEXT = 400;
const LABEL_MAX_TEXT = 48;
const LINK_LINE_MAX_TEXT = 150;
const LINE_TAGS = new Set(['p', 'div', 'li', 'section', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Labels that open a box of links to other stories, a newsletter or comments
 * box, or a teaser line ("Related: ...", "READ MORE: ..."), in the languages
 * the detector reads and a few more.
 */
const TEASER_LABEL =
  /^[[(]?\s*(?:related(?: (?:stories|articles|posts?|news|coverage|content|reading|links|tags))?|read more|read also|also read|more|also|see more|see also|more from\b.*|more on\b.*|don'?t miss|must read|recommended(?: for you)?|trending(?: now| news)?|popular(?: now)?|most (?:popular|read)|you (?:may|might) (?:also )?like|top stories|latest news|editor'?s picks|leia (?:também|mais)|veja também|leggi anche(?: su)?|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|lea también|lee también|читайте (?:также|еще|тоже)|смотрите также|по теме|читайте також|дивіться також)\s*(?:[:|»›>\-–—.]|$)/i;
const WIDGET_LABEL =
  /^(?:comments?|\d+ comments?|leave a (?:comment|reply)|tags|share(?: this(?: article| story)?)?|subscribe|sign up|newsletter|advertisement|tell us what you think.*)\W*$/i;

/**
 * Parts of an article body that are not the story: captions and credits,
 * galleries, image blocks, teasers of other stories (by class, or by a
 * "Related:" / all-caps linked line), newsletter boxes, date lines, and the
 * headings that title those boxes.
 */
function isNotStory(el: Element, s: ElementStats): boolean {
  const { info } = s;
  const tag = info.tag;
  const small = s.p < 3;
  if (info.caption && s.text < CAPTION_MAX_TEXT && small) return true;
  if (tag === 'figure' && s.p < 2 && s.quotes === 0) return true;
  if (info.gallery && small && s.text < PROMO_MAX_TEXT) return true;
  if (info.media && s.img + s.embed > 0 && s.text < MEDIA_MAX_TEXT && s.p < 2) return true;
  if (info.promo && s.text < PROMO_MAX_TEXT && (small || s.link > s.text * 0.3)) return true;
  if (info.meta && s.text < META_MAX_TEXT) return true;
  // A short paragraph that is all link is the title of another story, not a sentence of this one.
  if (tag === 'p' && s.text < LINK_LINE_MAX_TEXT && s.link >= s.text * 0.9 && s.text > 0) return true;
  // Labels and teaser lines are blocks; inline elements (links, bold) are judged with the block holding them.
  if (s.text > TEASER_MAX_TEXT || !LINE_TAGS.has(tag)) return false;
  if (HEADING_TAGS.has(tag) || s.link > 0 || s.text <= LABEL_MAX_TEXT) {
    const text = shortText(el, TEASER_MAX_TEXT);
    if (text === null) return false;
    if (TEASER_LABEL.test(text)) return HEADING_TAGS.has(tag) || s.link > 0 || s.text <= LABEL_MAX_TEXT;
    if (s.text <= LABEL_MAX_TEXT && WIDGET_LABEL.test(text)) return true;
    // An all-caps line that links elsewhere: a teaser of another story ("CLICK HERE TO GET THE APP").
    if (s.link > 0 && text.length < 200 && text.toUpperCase() === text && text.toLowerCase() !== text) return true;
  }
  return false;
}

/** Whether a dropped child element was a heading labelling a box of other content. */
export function isLabelHeading(el: Element, s: ElementStats): boolean {
  if (!HEADING_TAGS.has(s.info.tag) && !(s.info.promo && s.text <= LABEL_MAX_TEXT)) return false;
  if (s.info.promo) return true;
  const text = s.text <= LABEL_MAX_TEXT ? shortText(el, LABEL_MAX_TEXT) : null;
  return text !== null && TEASER_LABEL.test(text);
}

/** Readability's _cleanConditionally. */
function looksLikeClutter(el: Element, tag: string, s: ElementStats, ctx: CleanContext): boolean {
  if (tag === 'table' && isDataTable(el)) return false;
  const isList = tag === 'ul' || tag === 'ol' || (s.text > 0 && s.listText / s.text > 0.9);
  const weight = ctx.flags.weightClasses ? s.info.weight : 0;
  if (weight < 0) return true;
  if (s.commas >= 10) return false;
  const p = s.p;
  const img = s.img;
  const li = s.li - 100;
  const headingDensity = s.text > 0 ? s.headingText / s.text : 0;
  const density = s.text > 0 ? s.link / s.text : 0;
  const length = s.text;
  if (length > 0 && length < 40 && AD_OR_LOADING.test(shortText(el, SHORT_TEXT) ?? '')) return true;
  return (
    (img > 1 && p / img < 0.5 && !ctx.inFigure) ||
    (!isList && li > p) ||
    ((tag === 'form' || tag === 'fieldset') && s.input > Math.floor(p / 3)) ||
    (!isList && headingDensity < 0.9 && length < 25 && (img === 0 || img > 2) && !ctx.inFigure) ||
    (!isList && weight < 25 && density > 0.2) ||
    // Beyond Readability: a list that is mostly links is navigation ("related", "more stories").
    (isList && density > 0.6) ||
    (weight >= 25 && density > 0.5) ||
    (s.embed === 1 && length < 75) ||
    s.embed > 1
  );
}

/** Longer than any "Advertisement" / "Loading…" label: a block with more text is no such label. */
const SHORT_TEXT = 64;

function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `el.textContent.trim()` when it is at most `max` characters long, else
 * null, reading no more of the subtree than that needs. textContent reads
 * the whole subtree, and the cleanup asks it of every small block: nested
 * blocks whose inner parts were dropped made that quadratic.
 */
export function shortText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* NodeFilter.SHOW_TEXT */);
  let core = ''; // from the first non-blank character to the last one read
  let pending = ''; // blanks after `core`, kept (up to max + 1) until more text comes
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      if (isBlank(data.charCodeAt(i))) {
        if (core && pending.length <= max) pending += data[i];
        continue;
      }
      core += pending + data[i];
      pending = '';
      if (core.length > max) return null;
    }
  }
  return core;
}

/** Whether a table holds another table: a depth-first search that stops at the first one found. */
function containsTable(table: Element): boolean {
  let el = table.firstElementChild;
  while (el) {
    if (el.localName === 'table') return true;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === table) return false;
    }
    el = el ? el.nextElementSibling : null;
  }
  return false;
}

/**
 * Tables of data (headers, captions, many cells) are article content, not
 * layout (Readability's _markDataTables). Decided on entering the table from
 * its own rows and sections, so nested layout tables cost little.
 */
export function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.hasAttribute('summary')) return true;
  const t = table as HTMLTableElement;
  if (t.caption || t.tHead || t.tFoot) return true;
  const rows = t.rows;
  if (!rows || rows.length === 0) return false;
  const first = rows.item(0)!;
  for (let i = 0; i < first.cells.length; i++) if (first.cells.item(i)!.localName === 'th') return true;
  if (containsTable(table)) return false;
  if (rows.length >= 10) return true;
  let cells = 0;
  for (let i = 0; i < rows.length && cells <= 10; i++) cells += rows.item(i)!.cells.length;
  return cells > 10;
}
