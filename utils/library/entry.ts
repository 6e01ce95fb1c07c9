import type { AnchorState, Annotation } from '../model/annotation';
import { newerFirst } from '../store/page-record';
import { buildHaystack } from './normalize';
import { siteOf } from './site';

export { siteOf };

/** Compares strings by code unit (no locale: ids and UTC instants). */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The list's order: newest edit first, ties by id. The store's one "newest" order, which the first module's early rows use too. */
export const newestAnnotationFirst: (a: Annotation, b: Annotation) => number = newerFirst;

/** Where an annotation's passage stood when its page was last read; `unchecked` when it never was. */
export type LibraryState = AnchorState | 'unchecked';

/** An annotation with what the library sorts, filters and searches it by, computed once when it is read. */
export interface LibraryEntry {
  annotation: Annotation;
  site: string;
  state: LibraryState;
  haystack: string;
}

/** Everything a search reaches: the claim, its sentence, the note, the speaker, evidence, tags, the page. */
export function searchableTexts(a: Annotation): string[] {
  const texts = [a.claim.text, a.target.quote.exact, a.sentence, a.note, ...a.tags, a.page.title, a.page.url];
  if (a.claim.type === 'attribution') {
    if (a.claim.source) texts.push(a.claim.source.text);
    texts.push(a.claim.cue);
  }
  for (const link of a.evidence) texts.push(link.url, link.title ?? '');
  if (a.lastAnchor?.text) texts.push(a.lastAnchor.text);
  return texts;
}

export function toEntry(annotation: Annotation): LibraryEntry {
  return {
    annotation,
    site: siteOf(annotation.page.canonicalUrl ?? annotation.page.url),
    state: annotation.lastAnchor?.state ?? 'unchecked',
    haystack: buildHaystack(searchableTexts(annotation)),
  };
}
