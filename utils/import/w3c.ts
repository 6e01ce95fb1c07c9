import { CLAIMLENS_GENERATOR, CLAIMLENS_NS } from '../export/w3c-context';
import { idFromIri } from '../export/web-annotation';

/**
 * Reading back a W3C Web Annotation export that Claimlens wrote
 * (utils/export/web-annotation.ts) as the records of a JSON export, which
 * the JSON import then validates and merges like any other file. Only our
 * own exports are read: they carry the detected claim and its position in
 * our terms; another tool's annotations have neither, and guessing them
 * would put verdicts on the wrong words.
 */

export class W3cImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'W3cImportError';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const idOf = (value: unknown): unknown => (isObject(value) ? value.id : value);

/** True for something that looks like a W3C annotation document (a collection, a page or an annotation). */
export function looksLikeW3c(json: unknown): boolean {
  if (!isObject(json)) return false;
  return asList(json['@context']).some((c) => c === 'http://www.w3.org/ns/anno.jsonld' || c === 'https://www.w3.org/ns/anno.jsonld');
}

function isOurs(json: Json): boolean {
  const context = asList(json['@context']);
  return idOf(json.generator) === CLAIMLENS_GENERATOR.id || context.some((c) => isObject(c) && c.claimlens === CLAIMLENS_NS);
}

/** The annotations of a Claimlens W3C export as raw records of the JSON format (not yet validated). */
export function recordsFromW3c(json: unknown): unknown[] {
  if (!isObject(json) || !looksLikeW3c(json)) throw new W3cImportError('Not a W3C Web Annotation file.');
  if (!isOurs(json)) throw new W3cImportError('This W3C Web Annotation file was not written by Claimlens: only Claimlens’s own W3C exports can be imported (they carry each claim and its place in the article).');
  const items = itemsOf(json);
  return items.map((item, index) => {
    try {
      return recordFrom(item);
    } catch (error) {
      throw new W3cImportError(`annotation ${index}: ${(error as Error).message}`);
    }
  });
}

function itemsOf(json: Json): unknown[] {
  if (json.type === 'Annotation') return [json];
  const page = json.type === 'AnnotationCollection' ? json.first : json;
  if (json.type === 'AnnotationCollection' && json.total === 0 && page === undefined) return [];
  if (!isObject(page) || page.type !== 'AnnotationPage' || !Array.isArray(page.items)) {
    throw new W3cImportError('The collection does not embed its page of annotations (a "first" page with "items").');
  }
  if (page.next !== undefined) throw new W3cImportError('The collection continues on other pages that are not in this file.');
  return page.items;
}

function recordFrom(item: unknown): Json {
  if (!isObject(item) || item.type !== 'Annotation') throw new Error('not an Annotation');
  const id = typeof item.id === 'string' ? idFromIri(item.id) : undefined;
  if (!id) throw new Error(`its id ${JSON.stringify(item.id)} is not one Claimlens wrote`);
  const target = asList(item.target)[0];
  if (!isObject(target)) throw new Error('no target');
  const source = isObject(target.source) ? target.source : { id: target.source };
  const quote = asList(target.selector).find((s) => isObject(s) && s.type === 'TextQuoteSelector');
  const position = isObject(target.articlePosition) ? target.articlePosition : {};
  const bodies = asList(item.body).filter(isObject);
  const textOf = (purpose: string) => bodies.filter((b) => b.type === 'TextualBody' && b.purpose === purpose).map((b) => b.value);
  const record = isObject(item.record) ? item.record : {};
  const pageUrl = typeof target.readAt === 'string' ? target.readAt : source.id;
  return {
    id,
    page: {
      url: pageUrl,
      ...(typeof target.readAt === 'string' ? { canonicalUrl: source.id } : {}),
      title: typeof source.title === 'string' ? source.title : '',
      ...(source.published !== undefined ? { publishedAt: source.published } : {}),
    },
    target: { quote, position: { type: 'TextPositionSelector', start: position.start, end: position.end } },
    claim: item.claim,
    sentence: item.sentence ?? '',
    verdict: item.verdict ?? textOf('assessing')[0],
    note: textOf('commenting')[0] ?? '',
    evidence: bodies
      .filter((b) => b.type === 'SpecificResource' && b.purpose === 'linking')
      .map((b) => {
        const linked = isObject(b.source) ? b.source : { id: b.source };
        return { url: linked.id, ...(typeof linked.title === 'string' ? { title: linked.title } : {}) };
      }),
    tags: textOf('tagging'),
    createdAt: item.created,
    updatedAt: item.modified ?? item.created,
    ...pick(record, ['revision', 'dismissed', 'claimEditedAt', 'lastAnchor']),
    ...(item.reviewed !== undefined ? { reviewedAt: item.reviewed } : {}),
    ...(item.factCheck !== undefined ? { factCheckUrl: idOf(item.factCheck) } : {}),
  };
}

function pick(from: Json, keys: string[]): Json {
  const out: Json = {};
  for (const key of keys) if (from[key] !== undefined) out[key] = from[key];
  return out;
}
