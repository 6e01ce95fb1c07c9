import type { Annotation } from '../model/annotation';
import type { Publisher } from './claim-review';
import { iri, isWebUrl } from './safe';
import { CLAIMLENS_GENERATOR, CLAIMLENS_NS, W3C_EXPORT_CONTEXT } from './w3c-context';

/**
 * W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection with one
 * embedded AnnotationPage, one Annotation per record, motivation "assessing".
 * Every MUST of the W3C test suite holds (tests/shared/w3c-musts.test.ts):
 *
 * - the collection and its page have ids (fresh `urn:uuid:`s per export);
 * - evidence links are Specific Resources with purpose "linking" around the
 *   linked page (an External Web Resource may carry no purpose);
 * - the target is selected by TextQuoteSelector (quote with prefix and
 *   suffix) only. Our stored positions count characters of the extracted
 *   article text, not of the document, so as a TextPositionSelector they
 *   would point elsewhere for any other reader; they travel as our own
 *   `articlePosition` for our import;
 * - every other term is defined by the context in ./w3c-context.
 */
export interface WebAnnotationOptions {
  label: string;
  publisher?: Publisher;
  /** Ids for the collection and its page; random when not given (tests pass fixed ones). */
  ids?: { collection: string; page: string };
}

export function toWebAnnotationCollection(annotations: Annotation[], options: WebAnnotationOptions) {
  const ids = options.ids ?? { collection: `urn:uuid:${crypto.randomUUID()}`, page: `urn:uuid:${crypto.randomUUID()}` };
  const creator = creatorOf(options.publisher);
  const items = new Array(annotations.length);
  for (let i = 0; i < annotations.length; i++) items[i] = toWebAnnotation(annotations[i], creator);
  return {
    '@context': W3C_EXPORT_CONTEXT,
    id: ids.collection,
    type: 'AnnotationCollection',
    label: options.label,
    total: annotations.length,
    generator: CLAIMLENS_GENERATOR,
    creator,
    first: { id: ids.page, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * The annotations' creator: the organisation from the settings, when one is
 * set; otherwise Claimlens itself (Software), which is what made the record
 * on the user's device: the model's agent types are Person, Organization and
 * Software, and we know no person's name.
 */
function creatorOf(publisher: Publisher | undefined): Record<string, string> {
  if (!publisher?.name) return { id: CLAIMLENS_GENERATOR.id, type: 'Software', name: CLAIMLENS_GENERATOR.name };
  return { type: 'Organization', name: publisher.name, ...(isWebUrl(publisher.url) ? { id: iri(publisher.url), homepage: iri(publisher.url) } : {}) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ANNOTATION_IRI = `${CLAIMLENS_NS.replace(/ns#$/, '')}annotations/`;

/** An annotation's IRI: `urn:uuid:` for our uuids, else one under our namespace (any stored id round-trips). */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${ANNOTATION_IRI}${encodeURIComponent(id)}`;
}

/** The stored id back from an annotation's IRI (undefined for an IRI we did not write). */
export function idFromIri(iri: string): string | undefined {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(ANNOTATION_IRI)) return decodeURIComponent(iri.slice(ANNOTATION_IRI.length));
  return undefined;
}

export function toWebAnnotation(a: Annotation, creator?: Record<string, string>) {
  const c = a.claim;
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'assessing', value: a.verdict }];
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  for (const link of a.evidence) body.push({ type: 'SpecificResource', purpose: 'linking', source: { id: iri(link.url), ...(link.title ? { title: link.title } : {}) } });
  const pageUrl = iri(a.page.canonicalUrl ?? a.page.url);
  const speaker = c.type === 'attribution' ? (c.resolved ?? c.source?.text) : undefined;
  const { revision, dismissed, claimEditedAt, lastAnchor } = a;
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(creator ? { creator } : {}),
    generator: CLAIMLENS_GENERATOR.id,
    verdict: a.verdict,
    claimKind: c.type,
    ...(c.type === 'quantity' && c.value !== null ? { quantityValue: c.value } : {}),
    ...(c.type === 'quantity' && c.unit ? { unit: c.unit } : {}),
    ...(c.type === 'quantity' && c.hedges.length ? { hedge: c.hedges.join(' … ') } : {}),
    ...(speaker ? { speaker } : {}),
    ...(c.type === 'attribution' ? { sourceType: c.sourceType } : {}),
    sentence: a.sentence,
    ...(a.reviewedAt ? { reviewed: a.reviewedAt } : {}),
    ...(a.factCheckUrl ? { factCheck: iri(a.factCheckUrl) } : {}),
    claim: c,
    record: { revision, dismissed, ...(claimEditedAt ? { claimEditedAt } : {}), ...(lastAnchor ? { lastAnchor } : {}) },
    body,
    target: {
      type: 'SpecificResource',
      source: { id: pageUrl, type: 'Text', format: 'text/html', title: a.page.title, ...(a.page.publishedAt ? { published: a.page.publishedAt } : {}) },
      // The source is the page's canonical address; the address it was read at goes along for our import.
      ...(a.page.canonicalUrl ? { readAt: iri(a.page.url) } : {}),
      selector: a.target.quote,
      articlePosition: { start: a.target.position.start, end: a.target.position.end },
    },
  };
}
