import { z } from 'zod';
import { lazySchema } from '../lazy-schema';

/**
 * A claim as the detector finds it in a text. Offsets are JavaScript string
 * indices (UTF-16 code units) into the text that was given to the detector:
 * `start` inclusive, `end` exclusive. This is the one definition shared by the
 * detector, the stored annotation, the messages and the export.
 */
export const SpanSchema = lazySchema(() =>
  z.object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  }),
);
export type Span = z.infer<typeof SpanSchema>;

export const QuantityClaimSchema = lazySchema(() =>
  SpanSchema.extend({
    type: z.literal('quantity'),
    /** The number asserted; the lower bound of a range; 1000 for "thousands". */
    value: z.number().nullable(),
    /** Head noun or unit counted, lower case, singular ("troop", "percent"); null when none. */
    unit: z.string().nullable(),
    /** True when the text hedges the figure ("some", "about", "or more", "около"). */
    approx: z.boolean(),
    /** The hedge words as written, e.g. ["some", "or more"]. */
    hedges: z.array(z.string()).default([]),
    /** Upper bound when the text gives a range ("10,000 to 12,000"). */
    high: z.number().optional(),
    /** ISO 4217 code when the figure is money ("USD", "EUR", "RUB", "UAH"). */
    currency: z.string().optional(),
  }),
);
export type QuantityClaim = z.infer<typeof QuantityClaimSchema>;

export const SourceTypeSchema = lazySchema(() => z.enum(['person', 'organisation', 'official', 'anonymous', 'vague', 'pronoun', 'unknown']));
export type SourceType = z.infer<typeof SourceTypeSchema>;

export const AttributionClaimSchema = lazySchema(() =>
  SpanSchema.extend({
    type: z.literal('attribution'),
    /** The reporting cue in its dictionary form ("say", "according to", "заявить"). */
    cue: z.string(),
    /** The speaker as written; absent when the text names none. */
    source: SpanSchema.optional(),
    /** For a pronoun speaker, the name it stands for when the text makes it clear. */
    resolved: z.string().optional(),
    sourceType: SourceTypeSchema,
    /** The quoted or reported content, when the detector can delimit it. */
    content: SpanSchema.optional(),
  }),
);
export type AttributionClaim = z.infer<typeof AttributionClaimSchema>;

/**
 * A passage the user chose by hand (a selection in the page): any checkable
 * statement that is neither a figure nor an attribution ("visited Moscow in
 * 2019 and 2023"). The detector never produces it.
 */
export const PassageClaimSchema = lazySchema(() =>
  SpanSchema.extend({
    type: z.literal('passage'),
  }),
);
export type PassageClaim = z.infer<typeof PassageClaimSchema>;

export const ClaimSchema = lazySchema(() => z.discriminatedUnion('type', [QuantityClaimSchema, AttributionClaimSchema, PassageClaimSchema]));
export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimKind = Claim['type'];

export const LanguageSchema = lazySchema(() => z.enum(['en', 'ru', 'uk']));
export type Language = z.infer<typeof LanguageSchema>;

export interface DetectOptions {
  /** The page's declared language (`<html lang>`), e.g. "ru-RU"; guessed from the text when absent. */
  lang?: string;
}

/** The detector contract: a pure function of the text, claims sorted by start (figures and attributions, never passages). */
export type Detector = (text: string, options?: DetectOptions) => Claim[];
