import { tagScore } from './dom-rules';
import { linkDensity, type ElementStats, type Scan } from './scan';

/** The article container and the children of it that hold the article (itself, or it plus siblings). */
export interface RootChoice {
  root: Element;
  parts: Element[];
}

/** What the page is when its best blocks are listings of other pages and no story scores near them. */
export const LISTING = 'listing';

const TOP_CANDIDATES = 5;
/** A block with this many linked headings, and little text for each, lists other pages. */
const LISTING_MIN_ITEMS = 5;
const LISTING_MAX_TEXT_PER_ITEM = 500;
/** On a page whose best block is a listing, a story elsewhere must score at least this share of it. */
const STORY_VS_LISTING = 1 / 3;

/** Many teasers (linked headings) and little text for each: a front page or section listing, not a story. */
export function looksLikeListing(s: ElementStats | undefined): boolean {
  return !!s && s.linkedHeadings >= LISTING_MIN_ITEMS && s.text < s.linkedHeadings * LISTING_MAX_TEXT_PER_ITEM;
}
const MIN_SHARED_ANCESTOR_VOTES = 3;

/**
 * Readability's choice of the top candidate: best score, moved up to an
 * ancestor when several near-best candidates share it or when the parent
 * scores higher, then joined by siblings that look like more of the article.
 * Null when nothing scored (the caller falls back to content landmarks or the body).
 */
export function chooseRoot(result: Scan, body: Element): RootChoice | typeof LISTING | null {
  const { stats } = result;
  const score = (el: Element): number => stats.get(el)?.score ?? 0;
  const isCandidate = (el: Element | null): el is Element => !!el && !!stats.get(el)?.candidate;

  // The body scores high on pages full of teasers; unlike Readability, look
  // for the best block inside it rather than taking the whole page.
  // Nor inside a block the cleanup dropped (a "related stories" box full of teaser text).
  const kept = keptOutsideDropped(result, body);
  const all = pickTop(result.candidates.filter((el) => el !== body && kept(el)), score);
  if (all.length === 0) return null;
  // A listing (teaser grid) is never the article: the story is the best other block, if it scores near it.
  let top5 = all;
  if (looksLikeListing(stats.get(all[0]))) {
    const stories = pickTop(result.candidates.filter((el) => el !== body && kept(el) && !looksLikeListing(stats.get(el))), score);
    if (stories.length === 0 || score(stories[0]) < score(all[0]) * STORY_VS_LISTING) return LISTING;
    top5 = stories;
  }
  let top = top5[0];

  // Several strong candidates inside one ancestor: the article is that ancestor.
  const topScore0 = score(top);
  const alternatives = top5.slice(1).filter((el) => score(el) / topScore0 >= 0.75);
  if (alternatives.length >= MIN_SHARED_ANCESTOR_VOTES) {
    for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
      let votes = 0;
      for (const alt of alternatives) if (p.contains(alt)) votes++;
      if (votes >= MIN_SHARED_ANCESTOR_VOTES) {
        top = p;
        break;
      }
    }
    ensureCandidate(stats.get(top), result.flags.weightClasses);
  }

  // Climb while the parent keeps a comparable score; take it when it scores more.
  let lastScore = score(top);
  const threshold = lastScore / 3;
  for (let p = top.parentElement; p && p !== body; p = p.parentElement) {
    if (!isCandidate(p)) continue;
    const ps = score(p);
    if (ps < threshold) break;
    if (ps > lastScore) {
      top = p;
      break;
    }
    lastScore = ps;
  }

  // An only child says nothing more than its parent does.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) {
    top = top.parentElement;
  }

  const parent = top.parentElement;
  if (!parent) return { root: top, parts: [top] };
  const topScore = score(top);
  const siblingThreshold = Math.max(10, topScore * 0.2);
  const topClass = stats.get(top)?.info.cls ?? '';
  const parts: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child === top) {
      parts.push(child);
      continue;
    }
    const s = stats.get(child);
    if (!s || s.pruned || s.dropped) continue;
    const bonus = topClass !== '' && s.info.cls === topClass ? topScore * 0.2 : 0;
    if (s.candidate && s.score + bonus >= siblingThreshold) parts.push(child);
    else if (child.localName === 'p' && isProseParagraph(child, s)) parts.push(child);
  }
  return { root: parts.length === 1 ? top : parent, parts };
}

/** Whether an element and all its ancestors up to `body` survived the cleanup (memoised; no recursion on deep pages). */
function keptOutsideDropped(result: Scan, body: Element): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let answer = true;
    for (let e: Element | null = el; e && e !== body; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        answer = known;
        break;
      }
      const s = result.stats.get(e);
      if (s && (s.dropped || s.pruned)) {
        answer = false;
        path.push(e);
        break;
      }
      path.push(e);
    }
    // Everything below a dropped (or known) ancestor shares its answer.
    for (const e of path) memo.set(e, answer);
    return answer;
  };
}

function pickTop(candidates: Element[], score: (el: Element) => number): Element[] {
  const top: Element[] = [];
  for (const el of candidates) {
    const s = score(el);
    let i = top.length;
    while (i > 0 && score(top[i - 1]) < s) i--;
    if (i < TOP_CANDIDATES) {
      top.splice(i, 0, el);
      if (top.length > TOP_CANDIDATES) top.pop();
    }
  }
  return top;
}

function ensureCandidate(s: ElementStats | undefined, weightClasses: boolean): void {
  if (!s || s.candidate) return;
  s.candidate = true;
  s.score = tagScore(s.info.tag) + (weightClasses ? s.info.weight : 0);
}

/** A sibling paragraph joins the article when it reads like prose rather than links. */
function isProseParagraph(p: Element, s: ElementStats): boolean {
  const density = linkDensity(s);
  if (s.rawText > 80) return density < 0.25;
  return s.rawText > 0 && density === 0 && /\.( |$)/.test(p.textContent ?? '');
}
