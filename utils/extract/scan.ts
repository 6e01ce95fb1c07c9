import { shouldDrop, isDataTable, isLabelHeading, type CleanContext } from './cleanup';
import { describe, HEADING_TAGS, isUnlikely, PARAGRAPH_TAGS, tagScore, type ElementInfo } from './dom-rules';
import { measure } from './text-metrics';
import { walkSteps } from './walk';
import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

/** Which of Readability's strictness flags are on for one attempt. */
export interface ExtractFlags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

export const STRICT: ExtractFlags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };

/**
 * What later decisions need about one element. `raw*` sums all kept-by-scan
 * descendants (for scoring, as Readability scores before cleaning); the
 * plain counts leave out descendants the cleanup drops (for cleaning).
 */
export class ElementStats {
  constructor(readonly info: ElementInfo) {}

  rawText = 0;
  rawLink = 0;
  rawCommas = 0;
  inlineText = 0; // text not inside a block child: a div's loose "paragraph"
  inlineCommas = 0;
  hasBlockChild = false;

  text = 0; // whitespace-collapsed text length
  link = 0; // text inside links ('#' links weigh 0.3)
  commas = 0;
  listText = 0; // text inside ul/ol
  headingText = 0;
  p = 0;
  img = 0;
  li = 0;
  input = 0;
  embed = 0;
  /** blockquote, pre and data tables inside: what a figure may hold besides images. */
  quotes = 0;
  /** Headings that are mostly a link: the titles of teasers on a listing page. */
  linkedHeadings = 0;
  /** The first thing in this block is a heading that labels it as related stories, comments, a newsletter box. */
  introducedByPromo = false;

  /** Skipped by the scan: never text, or chrome stripped before scoring. */
  pruned = false;
  /** Scored, but left out of the text by the cleanup. */
  dropped = false;
  /** Readability content score; meaningful when `candidate`. */
  score = 0;
  candidate = false;
}

/** Attribute reads per element, shared by the attempts of one extraction. */
export type InfoCache = Map<Element, ElementInfo>;

export interface Scan {
  stats: Map<Element, ElementStats>;
  candidates: Element[];
  /** Kept elements the page itself marks as its content: [itemprop=articleBody], <article>, <main>, in document order. */
  landmarks: Element[];
  flags: ExtractFlags;
}

// Children that stop a div from being read as one paragraph (Readability's DIV_TO_P_ELEMS).
const BLOCK_CHILD = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBED = new Set(['iframe', 'embed', 'object', 'video']);

export function linkDensity(s: ElementStats): number {
  return s.rawText > 0 ? s.rawLink / s.rawText : 0;
}

/**
 * One pass over `root`: per-element text statistics, Readability's
 * paragraph scores propagated to up to five ancestors, and the cleanup
 * decision for every element (bottom-up).
 */
export function scan(root: Element, flags: ExtractFlags, infos: InfoCache = new Map(), headline: Element | null = null): Scan {
  return runToEnd(scanSteps(root, flags, infos, headline, NEVER_YIELD));
}

/** `scan` as steps: the walk pauses between elements when `shouldYield` says so. */
export function* scanSteps(root: Element, flags: ExtractFlags, infos: InfoCache, headline: Element | null, shouldYield: ShouldYield): Steps<Scan> {
  const stats = new Map<Element, ElementStats>();
  const candidates: Element[] = [];
  const landmarks: Element[] = [];
  const elements: Element[] = [root];
  const frames: ElementStats[] = [new ElementStats(describe(root))];
  const info = (el: Element): ElementInfo => {
    let i = infos.get(el);
    if (!i) infos.set(el, (i = describe(el)));
    return i;
  };
  // Nearest block-level frame, where loose inline text is credited.
  const blockFrames: ElementStats[] = [frames[0]];
  stats.set(root, frames[0]);
  const m = { length: 0, commas: 0 };
  let linkWeight = 0; // > 0 while inside <a>
  let listDepth = 0;
  let headingDepth = 0;
  let tableDepth = 0;
  let figureDepth = 0;
  let protectedDepth = 0; // inside code/pre or a data table
  const tableIsData: boolean[] = [];
  const ctx: CleanContext = { flags, headline, inFigure: false, protectedArea: false };

  const addScore = (level0: number, paragraphLength: number, commas: number): void => {
    const score = 1 + commas + Math.min(Math.floor(paragraphLength / 100), 3);
    for (let level = 0; level < 5; level++) {
      const i = level0 - level;
      if (i < 0) return;
      const el = elements[i];
      const s = frames[i];
      // Readability never scores the <html> element (its parent is the document); a shadow tree's top elements do score.
      if (s.info.tag === 'html' || !el.parentNode || el.parentNode.nodeType === 9) return;
      if (!s.candidate) {
        s.candidate = true;
        s.score = tagScore(s.info.tag) + (flags.weightClasses ? s.info.weight : 0);
        candidates.push(el);
      }
      s.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  };

  yield* walkSteps(root, {
    enter(el) {
      const s = new ElementStats(info(el));
      const tag = s.info.tag;
      const parent = frames[frames.length - 1];
      if (tag === 'input') parent.input++;
      else if (EMBED.has(tag)) parent.embed++;
      stats.set(el, s);
      elements.push(el);
      frames.push(s);
      const block = BLOCK_CHILD.has(tag) || tag === 'li' || tag === 'td' || tag === 'th' || tag === 'tr';
      blockFrames.push(block ? s : blockFrames[blockFrames.length - 1]);
      if (
        s.info.neverText ||
        (flags.stripUnlikely && tableDepth === 0 &&
          (s.info.chromeTag || s.info.chromeRole || tag === 'header' || isUnlikely(s.info)))
      ) {
        s.pruned = true;
        return false;
      }
      if (s.info.articleBody) landmarks.push(el);
      if (tag === 'a') {
        const href = el.getAttribute('href');
        linkWeight = href !== null && href.startsWith('#') ? 0.3 : 1;
      } else if (tag === 'ul' || tag === 'ol') listDepth++;
      else if (HEADING_TAGS.has(tag)) headingDepth++;
      else if (tag === 'figure') figureDepth++;
      else if (tag === 'article' || tag === 'main') landmarks.push(el);
      else if (tag === 'code' || tag === 'pre') protectedDepth++;
      else if (tag === 'table') {
        tableDepth++;
        const data = isDataTable(el);
        tableIsData.push(data);
        if (data) protectedDepth++;
      }
      return true;
    },
    exit(el) {
      const s = frames.pop()!;
      elements.pop();
      blockFrames.pop();
      const parent = frames[frames.length - 1];
      const tag = s.info.tag;
      if (s.pruned) {
        // A heading pruned for its "related" class still says what the block it opens is.
        if (parent.rawText === 0 && s.info.promo && HEADING_TAGS.has(tag)) parent.introducedByPromo = true;
        return;
      }
      if (tag === 'a') linkWeight = 0;
      else if (tag === 'ul' || tag === 'ol') listDepth--;
      else if (HEADING_TAGS.has(tag)) headingDepth--;
      else if (tag === 'figure') figureDepth--;
      else if (tag === 'code' || tag === 'pre') protectedDepth--;
      else if (tag === 'table') {
        tableDepth--;
        if (tableIsData.pop()) protectedDepth--;
      }

      // Paragraph scoring: p/td/pre/section/h2-h6 and divs without block children
      // credit their ancestors; a div with block children credits its own loose text.
      const index = frames.length; // where `el` sat in `elements` before the pop
      if (PARAGRAPH_TAGS.has(tag) || (tag === 'div' && !s.hasBlockChild)) {
        if (s.rawText >= 25) addScore(index - 1, s.rawText, s.rawCommas);
      } else if (tag === 'div' && s.inlineText >= 25) {
        elements.push(el);
        frames.push(s);
        addScore(index, s.inlineText, s.inlineCommas);
        elements.pop();
        frames.pop();
      }

      const parentWasEmpty = parent.rawText === 0;
      parent.rawText += s.rawText;
      parent.rawLink += s.rawLink;
      parent.rawCommas += s.rawCommas;
      if (s.hasBlockChild || BLOCK_CHILD.has(tag)) parent.hasBlockChild = true;

      ctx.inFigure = figureDepth > 0;
      ctx.protectedArea = protectedDepth > 0;
      s.dropped = shouldDrop(el, s, ctx);
      if (s.dropped) {
        if (parentWasEmpty && s.rawText > 0 && isLabelHeading(el, s)) parent.introducedByPromo = true;
        return;
      }
      parent.text += s.text;
      parent.link += s.link;
      parent.commas += s.commas;
      parent.listText += s.listText;
      parent.headingText += s.headingText;
      parent.p += s.p + (tag === 'p' ? 1 : 0);
      parent.img += s.img + (tag === 'img' ? 1 : 0);
      parent.li += s.li + (tag === 'li' ? 1 : 0);
      parent.input += s.input;
      parent.embed += s.embed;
      parent.linkedHeadings += s.linkedHeadings + (HEADING_TAGS.has(tag) && s.link * 2 > s.text ? 1 : 0);
      parent.quotes += s.quotes + (tag === 'blockquote' || tag === 'pre' || (tag === 'table' && s.text > 0) ? 1 : 0);
    },
    text(node) {
      measure(node.data, m);
      if (m.length === 0) return;
      const s = frames[frames.length - 1];
      s.rawText += m.length;
      s.rawCommas += m.commas;
      s.text += m.length;
      s.commas += m.commas;
      if (linkWeight > 0) {
        s.rawLink += m.length * linkWeight;
        s.link += m.length * linkWeight;
      }
      if (listDepth > 0) s.listText += m.length;
      if (headingDepth > 0) s.headingText += m.length;
      const b = blockFrames[blockFrames.length - 1];
      b.inlineText += m.length;
      b.inlineCommas += m.commas;
    },
  }, shouldYield);

  // Links make a block less likely to be prose (Readability scales by 1 - link density).
  for (const el of candidates) {
    const s = stats.get(el)!;
    s.score *= 1 - linkDensity(s);
  }
  return { stats, candidates, landmarks, flags };
}
