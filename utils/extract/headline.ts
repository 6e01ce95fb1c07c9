import { isNeverText } from './dom-rules';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The page's title as the site declares it (og:title beats <title>, which often carries the site name). */
export function declaredTitle(doc: Document): string {
  // A plain loop: selector engines (jsdom's especially) cost more than scanning a few dozen <meta>.
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas.item(i)!;
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (key === 'og:title' || key === 'twitter:title') {
      const content = meta.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  const title = doc.getElementsByTagName('title')[0];
  return title?.textContent?.trim() ?? '';
}

function visible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isNeverText(e)) return false;
  return true;
}

/**
 * The <h1> that carries the article's headline: the visible one whose words
 * best match the declared title (most of its words appear there). Null when
 * no h1 resembles the title, e.g. an h1 that only holds the site logo.
 */
export function findHeadline(doc: Document): Element | null {
  const title = new Set(words(declaredTitle(doc)));
  if (title.size === 0) return null;
  let best: Element | null = null;
  let bestScore = 0.5;
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 20; i++) {
    const h1 = h1s.item(i)!;
    const ws = words(h1.textContent ?? '');
    if (ws.length === 0 || ws.length > 40) continue;
    let hits = 0;
    for (const w of ws) if (title.has(w)) hits++;
    const score = hits / ws.length;
    if (score > bestScore && visible(h1)) {
      best = h1;
      bestScore = score;
    }
  }
  return best;
}
