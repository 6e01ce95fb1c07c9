import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { AttributionClaimSchema, PassageClaimSchema, QuantityClaimSchema } from './claim';

export const VERDICTS = ['unreviewed', 'accurate', 'mostly-accurate', 'mixed', 'misleading', 'false', 'unverifiable'] as const;
export const VerdictSchema = lazySchema(() => z.enum(VERDICTS));
export type Verdict = z.infer<typeof VerdictSchema>;

/** W3C Web Annotation selectors: the quote with its context survives edits that shift positions. */
export const TextQuoteSelectorSchema = lazySchema(() =>
  z.object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1),
    prefix: z.string().max(32),
    suffix: z.string().max(32),
  }),
);
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = lazySchema(() =>
  z.object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
);
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const TargetSchema = lazySchema(() =>
  z.object({
    quote: TextQuoteSelectorSchema,
    position: TextPositionSelectorSchema,
  }),
);
export type Target = z.infer<typeof TargetSchema>;

export const PageSchema = lazySchema(() =>
  z.object({
    /** Normalised URL: no fragment, no tracking parameters; the key that finds a page's annotations. */
    url: z.string().url(),
    /** The URL the page declares in <link rel="canonical">, normalised, when it has one. */
    canonicalUrl: z.string().url().optional(),
    title: z.string(),
    /** When the page says it was published (ISO date or date-time), when it says so: the reviewed claim's date in ClaimReview. */
    publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'an ISO date').optional(),
  }),
);
export type Page = z.infer<typeof PageSchema>;

/** Only web links are stored: a `javascript:` or `data:` URL must never become a link in an export. */
export const HttpUrlSchema = lazySchema(() =>
  z
    .string()
    .url()
    .refine((value) => /^https?:$/i.test(new URL(value).protocol), { message: 'Only http(s) links are kept' }),
);

export const EvidenceLinkSchema = lazySchema(() =>
  z.object({
    url: HttpUrlSchema,
    title: z.string().optional(),
  }),
);
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/** The claim as detected, without its offsets (those live in the target). */
export const StoredClaimSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    QuantityClaimSchema.omit({ start: true, end: true }),
    AttributionClaimSchema.omit({ start: true, end: true }),
    PassageClaimSchema.omit({ start: true, end: true }),
  ]),
);
export type StoredClaim = z.infer<typeof StoredClaimSchema>;

const isoDate = lazySchema(() => z.string().datetime({ offset: true }));

/**
 * Where a stored annotation stood the last time its page was read:
 * `exact` same text, same place; `moved` same quote and context elsewhere;
 * `changed` the same passage with edited words (the verdict needs a re-check);
 * `orphan` not found. A verdict is never shown on other words silently.
 */
export const ANCHOR_STATES = ['exact', 'moved', 'changed', 'orphan'] as const;
export const AnchorStateSchema = lazySchema(() => z.enum(ANCHOR_STATES));
export type AnchorState = z.infer<typeof AnchorStateSchema>;

export const LastAnchorSchema = lazySchema(() =>
  z.object({
    state: AnchorStateSchema,
    /** What the annotation covered then (absent for an orphan). */
    text: z.string().optional(),
    checkedAt: isoDate,
  }),
);
export type LastAnchor = z.infer<typeof LastAnchorSchema>;

export const AnnotationSchema = lazySchema(() =>
  z.object({
    id: z.string().min(1),
    page: PageSchema,
    target: TargetSchema,
    claim: StoredClaimSchema,
    /** The sentence the claim stands in, as read when it was annotated. */
    sentence: z.string().default(''),
    verdict: VerdictSchema,
    note: z.string(),
    evidence: z.array(EvidenceLinkSchema),
    tags: z.array(z.string().min(1)),
    createdAt: isoDate,
    updatedAt: isoDate,
    /** Bumped on every write; a write based on an older revision is merged, never blindly applied (schema v2). */
    revision: z.number().int().positive().default(1),
    /** "Not a claim": the user dismissed this detection; it stays unmarked on later visits (schema v2). */
    dismissed: z.boolean().default(false),
    /** Set when the user corrected the detected claim (speaker, value, unit): the stored claim wins over a new detection. */
    claimEditedAt: isoDate.optional(),
    /** The anchoring state last seen in the page (schema v2). */
    lastAnchor: LastAnchorSchema.optional(),
    /** When a verdict was first given: the review's publication date in ClaimReview (later edits do not move it). */
    reviewedAt: isoDate.optional(),
    /** Where the desk published its fact-check of this claim (http(s) only): the ClaimReview's url. */
    factCheckUrl: HttpUrlSchema.optional(),
  }),
);
export type Annotation = z.infer<typeof AnnotationSchema>;
/**
 * An annotation as a file may carry it: any URL for evidence. Import reads
 * files with this schema, then drops (and reports) links that are not
 * http(s), so one bad link never costs a colleague's verdict and notes.
 */
export const ImportedAnnotationSchema = lazySchema(() =>
  AnnotationSchema.extend({
    evidence: z.array(z.object({ url: z.string().url(), title: z.string().optional() })),
    /** Any URL, like evidence: a non-web one is dropped (and reported) on import, the record kept. */
    factCheckUrl: z.string().url().optional(),
  }),
);

/** An annotation as read from an older file or database (defaults not yet applied). */
export type AnnotationInput = z.input<typeof AnnotationSchema>;

/**
 * What the side panel and popup may change on an annotation: the review, the
 * dismissal, a corrected claim, and the target when the user confirms a
 * changed passage or re-attaches an orphan to a new selection.
 */
export const AnnotationPatchSchema = lazySchema(() =>
  AnnotationSchema.pick({
    verdict: true,
    note: true,
    evidence: true,
    tags: true,
    dismissed: true,
    claim: true,
    claimEditedAt: true,
    target: true,
    sentence: true,
    lastAnchor: true,
    reviewedAt: true,
    factCheckUrl: true,
  }).partial(),
);
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>;

/**
 * The review date a change of verdict sets: the first time a verdict is
 * given (from unreviewed or on a new record). Later verdict changes and edits
 * keep it, so ClaimReview's datePublished is not the last edit.
 */
export function firstReview(current: Pick<Annotation, 'verdict' | 'reviewedAt'> | undefined, verdict: Verdict | undefined, now: Date): { reviewedAt?: string } {
  if (verdict === undefined || verdict === 'unreviewed' || current?.reviewedAt) return {};
  if (current && current.verdict !== 'unreviewed') return {}; // reviewed before this field existed: its date is unknown, not now
  return { reviewedAt: now.toISOString() };
}
