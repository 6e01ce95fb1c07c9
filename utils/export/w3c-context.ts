/**
 * The JSON-LD context of the W3C export: the Web Annotation context first
 * (the model requires "http://www.w3.org/ns/anno.jsonld" among the values),
 * then one object that defines every term of ours, so a JSON-LD processor
 * drops nothing and no term changes the meaning of a W3C one.
 *
 * Why this shape:
 * - Our terms live under one namespace, `claimlens:`. It is on the reserved
 *   `.invalid` domain on purpose: we publish no vocabulary document, and an
 *   IRI that can never resolve cannot be mistaken for one (or be registered
 *   by someone else later). The terms stay unambiguous identifiers.
 * - Names that anno.jsonld already defines are never redefined (a later
 *   context wins): the figure is `quantityValue`, not `value`, which is
 *   rdf:value of a TextualBody; positions are `articlePosition`, not
 *   `start`/`end`, which belong to TextPositionSelector.
 * - Existing vocabularies where one fits: a title is Dublin Core's
 *   `dcterms:title`, a publication date `dcterms:issued`.
 * - The detected claim and our bookkeeping are JSON literals (`@json`,
 *   JSON-LD 1.1, hence `@version`): they are what lets Claimlens import its
 *   own W3C export losslessly, not statements for others to reason over.
 */
export const CLAIMLENS_NS = 'https://claimlens.invalid/ns#';
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const CLAIMLENS_CONTEXT = {
  '@version': 1.1,
  claimlens: CLAIMLENS_NS,
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  title: 'dcterms:title',
  published: { '@id': 'dcterms:issued', '@type': 'xsd:string' },
  verdict: 'claimlens:verdict',
  claimKind: 'claimlens:claimKind',
  quantityValue: { '@id': 'claimlens:value', '@type': 'xsd:double' },
  unit: 'claimlens:unit',
  hedge: 'claimlens:hedge',
  speaker: 'claimlens:speaker',
  sourceType: 'claimlens:sourceType',
  sentence: 'claimlens:sentence',
  readAt: { '@id': 'claimlens:readAt', '@type': '@id' },
  factCheck: { '@id': 'claimlens:factCheck', '@type': '@id' },
  reviewed: { '@id': 'claimlens:reviewed', '@type': 'xsd:dateTime' },
  claim: { '@id': 'claimlens:claim', '@type': '@json' },
  articlePosition: { '@id': 'claimlens:articlePosition', '@type': '@json' },
  record: { '@id': 'claimlens:record', '@type': '@json' },
} as const;

export const W3C_EXPORT_CONTEXT = [WEB_ANNOTATION_CONTEXT, CLAIMLENS_CONTEXT] as const;

/** The generator every Claimlens W3C export names: how the importer knows a file is ours. */
export const CLAIMLENS_GENERATOR = { id: 'https://claimlens.invalid/', type: 'Software', name: 'Claimlens' } as const;
