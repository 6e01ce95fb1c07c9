import type { Annotation } from '../model/annotation';

/** W3C Web Annotation Data Model (JSON-LD): one Annotation per record, motivation "assessing". */
export function toWebAnnotationCollection(annotations: Annotation[], label: string) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations.map(toWebAnnotation) },
  };
}

export function toWebAnnotation(a: Annotation) {
  const body: Record<string, unknown>[] = [
    { type: 'TextualBody', purpose: 'assessing', value: a.verdict },
    ...(a.note ? [{ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' }] : []),
    ...a.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ...a.evidence.map((link) => ({ id: link.url, type: 'Text', purpose: 'linking', ...(link.title ? { title: link.title } : {}) })),
  ];
  return {
    id: `urn:uuid:${a.id}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: a.createdAt,
    modified: a.updatedAt,
    body,
    target: {
      source: a.page.canonicalUrl ?? a.page.url,
      selector: [a.target.quote, a.target.position],
    },
  };
}
