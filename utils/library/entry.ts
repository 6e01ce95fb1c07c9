import type { AnchorState, Annotation } from '../model/annotation';
import { buildHaystack } from './normalize';

/** Compares strings by code unit (no locale: ids and UTC instants). */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The list's order: newest edit first, ties by id. Also the first module's early rows (utils/library/first-rows.ts). */
export const newestAnnotationFirst = (a: Annotation, b: Annotation): number => compareStrings(b.updatedAt, a.updatedAt) || compareStrings(a.id, b.id);

/** Where an annotation's passage stood when its page was last read; `unchecked` when it never was. */
export type LibraryState = AnchorState | 'unchecked';

/** An annotation with what the library sorts, filters and searches it by, computed once when it is read. */
export interface LibraryEntry {
  annotation: Annotation;
  site: string;
  state: LibraryState;
  haystack: string;
}

/** The site of a page: its host without "www.". */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
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
