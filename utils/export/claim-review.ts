import type { Annotation, Verdict } from '../model/annotation';
import { isWebUrl } from './safe';

/** Ratings on schema.org's 1 (false) .. 5 (true) scale; "unverifiable" has no number. */
const RATING: Record<Exclude<Verdict, 'unreviewed'>, { value?: number; label: string }> = {
  accurate: { value: 5, label: 'Accurate' },
  'mostly-accurate': { value: 4, label: 'Mostly accurate' },
  mixed: { value: 3, label: 'Mixed' },
  misleading: { value: 2, label: 'Misleading' },
  false: { value: 1, label: 'False' },
  unverifiable: { label: 'Unverifiable' },
};

/** schema.org ClaimReview JSON-LD for every reviewed annotation (unreviewed ones state no verdict to publish). */
export function toClaimReviews(annotations: Annotation[]) {
  return annotations.filter((a) => a.verdict !== 'unreviewed').map(toClaimReview);
}

function toClaimReview(a: Annotation) {
  const rating = RATING[a.verdict as Exclude<Verdict, 'unreviewed'>];
  const speaker = a.claim.type === 'attribution' ? a.claim.resolved ?? a.claim.source?.text : undefined;
  const citations = a.evidence.filter((e) => isWebUrl(e.url));
  const pageUrl = a.page.canonicalUrl ?? a.page.url;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    datePublished: a.updatedAt.slice(0, 10),
    claimReviewed: a.sentence || a.claim.text,
    ...(a.note ? { reviewBody: a.note } : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': 'Thing', name: speaker } } : {}),
      appearance: { '@type': 'CreativeWork', ...(isWebUrl(pageUrl) ? { url: pageUrl } : {}), headline: a.page.title },
    },
    reviewRating: {
      '@type': 'Rating',
      ...(rating.value ? { ratingValue: rating.value, bestRating: 5, worstRating: 1 } : {}),
      alternateName: rating.label,
    },
    // Only web links are cited: a javascript: or data: URL would become a live link wherever the review is shown.
    ...(citations.length ? { citation: citations.map((e) => ({ '@type': 'CreativeWork', url: e.url, ...(e.title ? { name: e.title } : {}) })) } : {}),
    keywords: a.tags.join(', ') || undefined,
  };
}
