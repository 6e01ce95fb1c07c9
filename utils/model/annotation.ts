import { z } from 'zod';
import { AttributionClaimSchema, QuantityClaimSchema } from './claim';

export const VERDICTS = ['unreviewed', 'accurate', 'mostly-accurate', 'mixed', 'misleading', 'false', 'unverifiable'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** W3C Web Annotation selectors: the quote with its context survives edits that shift positions. */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().max(32),
  suffix: z.string().max(32),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

export const TextPositionSelectorSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const TargetSchema = z.object({
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});
export type Target = z.infer<typeof TargetSchema>;

export const PageSchema = z.object({
  /** Normalised URL: no fragment, no tracking parameters; the key that finds a page's annotations. */
  url: z.string().url(),
  /** The URL the page declares in <link rel="canonical">, normalised, when it has one. */
  canonicalUrl: z.string().url().optional(),
  title: z.string(),
});
export type Page = z.infer<typeof PageSchema>;

export const EvidenceLinkSchema = z.object({
  url: z.string().url(),
  title: z.string().optional(),
});
export type EvidenceLink = z.infer<typeof EvidenceLinkSchema>;

/** The claim as detected, without its offsets (those live in the target). */
export const StoredClaimSchema = z.discriminatedUnion('type', [
  QuantityClaimSchema.omit({ start: true, end: true }),
  AttributionClaimSchema.omit({ start: true, end: true }),
]);
export type StoredClaim = z.infer<typeof StoredClaimSchema>;

const isoDate = z.string().datetime({ offset: true });

export const AnnotationSchema = z.object({
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
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** What the popup may change on an annotation. */
export const AnnotationPatchSchema = AnnotationSchema.pick({ verdict: true, note: true, evidence: true, tags: true }).partial();
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>;
