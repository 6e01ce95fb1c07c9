import type { ClaimlensDB } from '../db';
import { describeImport, mergeImport, prepareImport, type ImportReport, type UnknownField } from '../import';
import type { Annotation } from '../model/annotation';
import { guarded } from './errors';
import { pageRecord } from './page-record';

export interface ImportResult extends ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** The counts and everything left out, in one line for the user. */
  summary: string;
}

/**
 * Merges imported annotations in one transaction: a record that is newer on
 * this device is kept, so an import never overwrites later work. Times are
 * compared as instants and stored in UTC; duplicates, non-web evidence links
 * and unknown fields are reported, never dropped silently (utils/import).
 *
 * Every stored page is read first, inside the transaction: an id is one
 * annotation wherever it is stored, so a file that holds it under another
 * page URL (a hand-edited file, or URLs normalised by another version)
 * replaces it there rather than storing it twice. An empty library reads
 * nothing; one that already holds the file's records has to read them to
 * compare their times anyway.
 *
 * One transaction, with the default durability: all of the file or nothing
 * (a quota error half-way changes nothing), and an import the user was told
 * is done should survive a crash right after.
 */
export function importAnnotations(db: ClaimlensDB, incoming: Annotation[], file: { unknownFields?: UnknownField[] } = {}): Promise<ImportResult> {
  return guarded('import annotations', async () => {
    const { annotations, duplicates, droppedLinks } = prepareImport(incoming); // throws before anything is written
    performance.mark('claimlens-import:prepared');
    return db.transaction('rw', db.pages, async () => {
      const pages = new Map((await db.pages.toArray()).map((page) => [page.url, page.annotations]));
      performance.mark('claimlens-import:stored-read');
      const storedAt = new Map<string, { url: string; annotation: Annotation }>();
      for (const [url, list] of pages) for (const annotation of list) storedAt.set(annotation.id, { url, annotation });
      performance.mark('claimlens-import:ids-found');
      const { writes, ...counts } = mergeImport(
        annotations,
        annotations.map((a) => storedAt.get(a.id)?.annotation),
      );
      performance.mark('claimlens-import:merged');
      // Each page written gets one copy of its list, changed in place.
      const touched = new Set<string>();
      const editable = (url: string): Annotation[] => {
        if (!touched.has(url)) {
          pages.set(url, [...(pages.get(url) ?? [])]);
          touched.add(url);
        }
        return pages.get(url)!;
      };
      for (const a of writes) {
        const was = storedAt.get(a.id);
        if (was && was.url !== a.page.url) {
          const old = editable(was.url);
          old.splice(old.findIndex((b) => b.id === a.id), 1);
        }
        const list = editable(a.page.url);
        const at = was?.url === a.page.url ? list.findIndex((b) => b.id === a.id) : -1;
        if (at >= 0) list[at] = a;
        else list.push(a);
      }
      const writtenAt = new Date().toISOString();
      await db.pages.bulkPut([...touched].map((url) => pageRecord(url, pages.get(url)!, writtenAt)));
      performance.mark('claimlens-import:written');
      const report = { ...counts, duplicates, droppedLinks, unknownFields: file.unknownFields ?? [] };
      return { ...report, summary: describeImport(report) };
    });
  });
}
