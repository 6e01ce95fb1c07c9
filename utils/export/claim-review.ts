import type { Annotation, Verdict } from '../model/annotation';
import { VERDICT_LABELS } from '../model/labels';
import { iri, isWebUrl } from './safe';
import { shortClaim } from './short-claim';

/** The organisation publishing the reviews: ClaimReview's `author` (settings page, or the CLI's --publisher flags). */
export interface Publisher {
  name: string;
  url: string;
}

export type ReviewedVerdict = Exclude<Verdict, 'unreviewed'>;

/**
 * How each verdict is published: schema.org Rating on a 1 (false) .. 5
 * (accurate) scale, as Google's fact-check markup and the Fact Check Tools
 * API read it, with the verdict's words as `alternateName` (the text readers
 * see). "Unverifiable" places the claim nowhere on the true–false scale, so
 * it carries no number: a 3 would read as "half true".
 * Shown in the editor beside the verdict choice.
 */
export const RATING_SCALE = { worstRating: 1, bestRating: 5 } as const;
export const VERDICT_RATINGS: Record<ReviewedVerdict, { ratingValue?: number; alternateName: string }> = {
  accurate: { ratingValue: 5, alternateName: VERDICT_LABELS.accurate },
  'mostly-accurate': { ratingValue: 4, alternateName: VERDICT_LABELS['mostly-accurate'] },
  mixed: { ratingValue: 3, alternateName: VERDICT_LABELS.mixed },
  misleading: { ratingValue: 2, alternateName: VERDICT_LABELS.misleading },
  false: { ratingValue: 1, alternateName: VERDICT_LABELS.false },
  unverifiable: { alternateName: VERDICT_LABELS.unverifiable },
};

/** "Rated 2 of 5 in ClaimReview" for the editor; undefined for unreviewed. */
export function ratingHint(verdict: Verdict): string | undefined {
  if (verdict === 'unreviewed') return undefined;
  const { ratingValue } = VERDICT_RATINGS[verdict];
  return ratingValue === undefined
    ? `Published in ClaimReview as “${VERDICT_RATINGS[verdict].alternateName}”, with no number on the ${RATING_SCALE.worstRating}–${RATING_SCALE.bestRating} scale`
    : `Published in ClaimReview as ${ratingValue} on a scale of ${RATING_SCALE.worstRating} (false) to ${RATING_SCALE.bestRating} (accurate)`;
}

/** schema.org ClaimReview JSON-LD for every reviewed annotation (unreviewed ones state no verdict to publish). */
export function toClaimReviews(annotations: Annotation[], publisher?: Publisher) {
  const author = publisher?.name ? { '@type': 'Organization', name: publisher.name, ...(isWebUrl(publisher.url) ? { url: iri(publisher.url) } : {}) } : undefined;
  const reviews = [];
  for (const a of annotations) if (a.verdict !== 'unreviewed' && !a.dismissed) reviews.push(toClaimReview(a, a.verdict, author));
  return reviews;
}

const pageUrlOf = (a: Annotation) => iri(a.page.canonicalUrl ?? a.page.url);

function toClaimReview(a: Annotation, verdict: ReviewedVerdict, author: Record<string, string> | undefined) {
  const rating = VERDICT_RATINGS[verdict];
  const pageUrl = pageUrlOf(a);
  const citations = a.evidence.filter((e) => isWebUrl(e.url));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    // Never a live non-web link: a page read at a javascript: or file: address gives no url at all.
    ...(a.factCheckUrl && isWebUrl(a.factCheckUrl) ? { url: iri(a.factCheckUrl) } : isWebUrl(pageUrl) ? { url: claimFragmentUrl(pageUrl, a) } : {}),
    claimReviewed: shortClaim(a),
    // The day the verdict was first given; records from before that was kept only know their last edit.
    datePublished: (a.reviewedAt ?? a.updatedAt).slice(0, 10),
    ...(author ? { author } : {}),
    reviewRating: {
      '@type': 'Rating',
      ...(rating.ratingValue !== undefined ? { ratingValue: rating.ratingValue, ...RATING_SCALE } : {}),
      alternateName: rating.alternateName,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claimAuthor(a, pageUrl),
      ...(a.page.publishedAt ? { datePublished: a.page.publishedAt } : {}),
      appearance: { '@type': 'CreativeWork', ...(isWebUrl(pageUrl) ? { url: pageUrl } : {}), headline: a.page.title },
    },
    ...(a.note ? { reviewBody: a.note } : {}),
    // Only web links are cited: a javascript: or data: URL would become a live link wherever the review is shown.
    ...(citations.length ? { citation: citations.map((e) => ({ '@type': 'CreativeWork', url: iri(e.url), ...(e.title ? { name: e.title } : {}) })) } : {}),
    ...(a.tags.length ? { keywords: a.tags.join(', ') } : {}),
  };
}

/**
 * Who made the claim: the speaker of an attribution (a Person, or an
 * Organization when the detector says it is one); for a figure or a passage,
 * the publication that printed it (the page's site).
 */
function claimAuthor(a: Annotation, pageUrl: string) {
  const c = a.claim;
  const speaker = c.type === 'attribution' ? (c.resolved ?? c.source?.text)?.trim() : undefined;
  if (c.type === 'attribution' && speaker) return { '@type': c.sourceType === 'organisation' ? 'Organization' : 'Person', name: speaker };
  const site = siteOf(pageUrl);
  return { '@type': 'Organization', name: site?.name ?? a.page.title, ...(site ? { url: site.url } : {}) };
}

function siteOf(pageUrl: string): { name: string; url: string } | undefined {
  if (!isWebUrl(pageUrl)) return undefined;
  const { origin, hostname } = new URL(pageUrl);
  return { name: hostname.replace(/^www\./, ''), url: `${origin}/` };
}

/**
 * No published fact-check yet: the page itself, with a text fragment
 * (`#:~:text=prefix-,exact,-suffix`) that browsers scroll to and highlight,
 * so the URL leads to the claim and differs per claim of the page.
 */
export function claimFragmentUrl(pageUrl: string, a: Pick<Annotation, 'target'>): string {
  const { exact, prefix, suffix } = a.target.quote;
  const enc = (text: string) => encodeURIComponent(text.trim()).replace(/[-,&]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  const parts = [prefix.trim() ? `${enc(lastWords(prefix))}-,` : '', enc(exact), suffix.trim() ? `,-${enc(firstWords(suffix))}` : ''];
  return `${pageUrl.split('#')[0]}#:~:text=${parts.join('')}`;
}

// Text fragments match whole words: a context cut mid-word would not match, so only its whole words are used.
const lastWords = (text: string) => text.replace(/^\S*\s+/, '').trim() || text.trim();
const firstWords = (text: string) => text.replace(/\s+\S*$/, '').trim() || text.trim();
