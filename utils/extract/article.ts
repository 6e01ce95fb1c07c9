/**
 * Article-text extraction for the claim detector: finds the article body of
 * any Document (live page, jsdom) and returns its text with a 1:1 map back
 * to the page's text nodes, so claims can be highlighted with DOM Ranges
 * without touching the page.
 */
import { chooseRoot, LISTING } from './choose-root';
import { collectParts, collectPartsSteps } from './collect';
import { computedHiddenTest, describe, isNeverText, isUnlikely, looksLikeShare, withHiddenTest, type HiddenTest } from './dom-rules';
import { findHeadline, declaredTitle } from './headline';
import { scan, scanSteps, STRICT, type ExtractFlags, type InfoCache, type Scan } from './scan';
import { TextBuilder } from './text-builder';
import type { ArticleText } from './types';
import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

export type { ArticleText, TextSegment } from './types';
export { rangeForOffsets, offsetsForRange } from './offsets';

/** Below this many characters an attempt is retried with looser rules (Readability's charThreshold). */
const MIN_ARTICLE_CHARS = 500;
const LOOSER_MUST_GROW = 1.5;

// Readability's retry order: stop stripping unlikely blocks, then stop trusting classes, then stop cleaning.
const ATTEMPTS: ExtractFlags[] = [
  STRICT,
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

interface Attempt {
  out: TextBuilder;
  root: Element | null;
  parts: Element[];
}

export interface ExtractOptions {
  /**
   * Whether the page's style sheets hide an element. Defaults to the
   * browser's checkVisibility where there is one; null reads attributes only
   * (hidden, aria-hidden, inline display:none, hiding classes).
   */
  isHidden?: HiddenTest | null;
}

export function extractArticle(doc: Document = document, options: ExtractOptions = {}): ArticleText {
  return runToEnd(extractArticleSteps(doc, options, NEVER_YIELD));
}

/**
 * The extraction as steps: it pauses (when `shouldYield` says so) after
 * finding the headline and after each attempt's walk and text collection,
 * so the content script can give the page its main thread back in between.
 * Run to its end it is `extractArticle`.
 */
export function* extractArticleSteps(doc: Document, options: ExtractOptions, shouldYield: ShouldYield): Steps<ArticleText> {
  const isHidden = options.isHidden === undefined ? computedHiddenTest(doc) : options.isHidden;
  // The rules read the hidden test from a module variable: set it around each step only, as other code runs in the pauses.
  const steps = extractFrom(doc, shouldYield);
  for (;;) {
    const step = withHiddenTest(isHidden, () => steps.next());
    if (step.done) return step.value;
    yield;
  }
}

function* extractFrom(doc: Document, shouldYield: ShouldYield): Steps<ArticleText> {
  try {
    const body = doc.body ?? doc.documentElement;
    if (!body) return emptyArticle(null);
    const headline = findHeadline(doc);
    if (shouldYield()) yield;
    const headlineLength = headline?.textContent?.length ?? 0;
    let best: Attempt | null = null;
    const infos: InfoCache = new Map();
    for (const flags of ATTEMPTS) {
      const result = yield* scanSteps(body, flags, infos, headline, shouldYield);
      if (shouldYield()) yield;
      const choice = chooseRoot(result, body);
      // A front page or section listing: no story to read, so nothing is marked there.
      if (choice === LISTING) return { ...finish(doc, { out: new TextBuilder(), root: null, parts: [] }, headline), isArticle: false };
      const root = choice?.root ?? fallbackRoot(result, body);
      const parts = choice?.parts ?? [root];
      const out = new TextBuilder();
      yield* collectPartsSteps(parts, result, out, shouldYield);
      if (shouldYield()) yield;
      const attempt = { out, root, parts };
      // A looser attempt must find clearly more text to win: a little more is usually the clutter it let in.
      if (!best || attempt.out.textLength > best.out.textLength * LOOSER_MUST_GROW) best = attempt;
      // The headline counts towards the length: it is left out of the text, but it is the article's.
      if (attempt.out.textLength + headlineLength >= MIN_ARTICLE_CHARS) break;
    }
    return { ...finish(doc, best!, headline), isArticle: true };
  } catch {
    // A hostile or odd page must never break the content script.
    return emptyArticle(null);
  }
}

/**
 * The same text collection for a given subtree, e.g. content a
 * MutationObserver reports later. Its segments' offsets start at 0. A root
 * that is hidden (itself or by an ancestor), or is page chrome by tag, role
 * or class (a late "related" widget, a share bar), yields no text.
 */
export function collectText(root: Node, doc: Document | undefined = root.ownerDocument ?? undefined, options: ExtractOptions = {}): ArticleText {
  const isHidden = options.isHidden === undefined && doc ? computedHiddenTest(doc) : (options.isHidden ?? null);
  return withHiddenTest(isHidden, () => collectFrom(root, doc));
}

function collectFrom(root: Node, doc: Document | undefined): ArticleText {
  try {
    const out = new TextBuilder();
    const el = root.nodeType === 1 ? (root as Element) : null;
    if (root.nodeType === 3) {
      if (!hiddenByAncestor(root)) out.addText(root as Text);
    } else if (el || root.nodeType === 9 || root.nodeType === 11) {
      const scope = el ?? (root as Document).documentElement ?? null;
      if (scope && !(el && (hiddenByAncestor(el) || isChromeRoot(el)))) collectParts([scope], scan(scope, STRICT), out);
    }
    return finish(doc, { out, root: el, parts: [] });
  } catch {
    return emptyArticle(null);
  }
}

function hiddenByAncestor(node: Node): boolean {
  for (let e = node.nodeType === 1 ? (node as Element) : node.parentElement; e; e = e.parentElement) {
    if (isNeverText(e)) return true;
  }
  return false;
}

/** The unambiguous chrome rules, without the size-based ones (a late single-line update is still text). */
function isChromeRoot(el: Element): boolean {
  const info = describe(el);
  return info.chromeTag || info.chromeRole || info.byline || info.weight < 0 || isUnlikely(info) || looksLikeShare(info);
}

/**
 * Where to read when no block scored as prose (very short pages): the page's
 * own marking of its content if there is one, else the whole body; chrome
 * is left out either way.
 */
function fallbackRoot(result: Scan, body: Element): Element {
  const usable = result.landmarks.filter((el) => !result.stats.get(el)?.dropped);
  const articleBody = usable.find((el) => result.stats.get(el)?.info.articleBody);
  const articles = usable.filter((el) => el.localName === 'article');
  return articleBody ?? (articles.length === 1 ? articles[0] : undefined) ?? usable.find((el) => el.localName === 'main') ?? body;
}

function finish(doc: Document | undefined, attempt: Attempt, headline: Element | null = null): ArticleText {
  const article: ArticleText = { text: attempt.out.text(), segments: attempt.out.segments, root: attempt.root };
  const lang = languageOf(attempt.root) ?? languageOf(doc?.documentElement ?? null);
  if (lang) article.lang = lang;
  if (headline) article.headline = headline;
  if (doc) {
    const title = headline?.textContent?.replace(/\s+/g, ' ').trim() || declaredTitle(doc);
    if (title) article.title = title;
  }
  return article;
}

/** The nearest declared language, from the element up. */
function languageOf(el: Element | null): string | undefined {
  for (let e = el; e; e = e.parentElement) {
    const lang = e.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

function emptyArticle(root: Element | null): ArticleText {
  return { text: '', segments: [], root };
}
