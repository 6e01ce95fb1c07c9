/**
 * The loader's cheap question: is this document a story worth scanning?
 * In the spirit of Readability's isProbablyReaderable, but with the
 * publisher's own declarations first. It reads attributes and the
 * textContent of a few candidate nodes only: no layout (no innerText, no
 * getComputedStyle), no parsing of anything large, and a time bound.
 * A "no" costs little: the user can still open the panel, which loads the
 * scanner anyway.
 */

import { isArticleEntity, jsonLdBlocks, jsonLdEntities } from '../json-ld';

export type ArticleReason = 'json-ld' | 'og:type' | 'microdata' | 'article-element' | 'paragraphs';

export interface ArticleVerdict {
  article: boolean;
  /** Which signal said yes (absent for a no). */
  reason?: ArticleReason;
  /** The time bound ran out before a yes: the answer is no. */
  timedOut?: boolean;
}

export interface ArticleTestOptions {
  now?: () => number;
  /** Milliseconds the test may take; past it, the page counts as no article. */
  budgetMs?: number;
}

/** An <article> or articleBody with this much text holds a story (a teaser card holds far less). */
const STORY_CHARS = 400;
/** Readability's isProbablyReaderable: paragraphs of at least 140 characters, scored until 20. */
const PARAGRAPH_MIN_CHARS = 140;
const PARAGRAPH_MIN_SCORE = 20;
const MAX_PARAGRAPHS = 3000;
const DEFAULT_BUDGET_MS = 15;

// Readability's unlikely-candidate classes (page chrome), and the words that rescue one.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;

export function looksLikeArticle(doc: Document = document, options: ArticleTestOptions = {}): ArticleVerdict {
  const now = options.now ?? (() => performance.now());
  const deadline = now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
  try {
    if (declaresArticleInJsonLd(doc)) return { article: true, reason: 'json-ld' };
    if (/^article\b/i.test(metaContent(doc, 'og:type'))) return { article: true, reason: 'og:type' };
    if (hasStory(doc.querySelectorAll('[itemprop~="articleBody"]'))) return { article: true, reason: 'microdata' };
    if (hasStory(doc.getElementsByTagName('article'))) return { article: true, reason: 'article-element' };
    const paragraphs = scoreParagraphs(doc, () => now() > deadline);
    if (paragraphs === 'timed-out') return { article: false, timedOut: true };
    return paragraphs ? { article: true, reason: 'paragraphs' } : { article: false };
  } catch {
    // A hostile page must not break the loader: no article, no scanner.
    return { article: false };
  }
}

/** Whether a JSON-LD block declares the page (or its main entity) a story. */
export function declaresArticleInJsonLd(doc: Document): boolean {
  for (const data of jsonLdBlocks(doc)) if (jsonLdEntities(data).some(isArticleEntity)) return true;
  return false;
}

function metaContent(doc: Document, property: string): string {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    if (metas[i].getAttribute('property') === property || metas[i].getAttribute('name') === property) return metas[i].getAttribute('content')?.trim() ?? '';
  }
  return '';
}

function hasStory(nodes: ArrayLike<Element>): boolean {
  for (let i = 0; i < nodes.length && i < 200; i++) {
    if (!isHiddenByMarkup(nodes[i]) && textLength(nodes[i]) >= STORY_CHARS) return true;
  }
  return false;
}

/**
 * Readability's score: each visible paragraph of 140+ characters, not in a
 * list item or page chrome, adds √(length − 140); 20 makes a story. A div
 * whose lines are split by <br> counts as a paragraph (older CMSs write no <p>).
 */
function scoreParagraphs(doc: Document, outOfTime: () => boolean): boolean | 'timed-out' {
  const nodes: Element[] = [];
  for (const tag of ['p', 'pre']) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < found.length && nodes.length < MAX_PARAGRAPHS; i++) nodes.push(found[i]);
  }
  const brs = doc.getElementsByTagName('br');
  const brDivs = new Set<Element>();
  for (let i = 0; i < brs.length && brDivs.size < MAX_PARAGRAPHS; i++) {
    const parent = brs[i].parentElement;
    if (parent?.localName === 'div') brDivs.add(parent);
  }
  nodes.push(...brDivs);
  let score = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (i % 50 === 49 && outOfTime()) return 'timed-out';
    const node = nodes[i];
    const length = textLength(node);
    if (length < PARAGRAPH_MIN_CHARS) continue;
    const names = `${node.className} ${node.id}`;
    if (UNLIKELY.test(names) && !MAYBE.test(names)) continue;
    if (node.closest('li') || isHiddenByMarkup(node)) continue;
    score += Math.sqrt(length - PARAGRAPH_MIN_CHARS);
    if (score > PARAGRAPH_MIN_SCORE) return true;
  }
  return false;
}

function textLength(node: Element): number {
  return (node.textContent ?? '').trim().length;
}

/** Hidden as the markup says (no style computation): hidden, aria-hidden, an inline display:none. */
function isHiddenByMarkup(node: Element): boolean {
  return !!node.closest('[hidden], [aria-hidden="true"], template, noscript, [style*="display:none"], [style*="display: none"]');
}
