import type { ClaimlensDB } from '../db';
import { describeImport, mergeImport, prepareImport, type ImportReport, type UnknownField } from '../import';
import type { Annotation } from '../model/annotation';
import { guarded } from './errors';
import { storedState, storeLists } from './annotations';
import { storedList } from './bundles';
import { readStamps } from './page-record';

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
 * Every stored page summary is read first, inside the transaction: its ids
 * and times are all the merge needs, without reading an annotation. An id is
 * one annotation wherever it is stored, so a file that holds it under
 * another page URL (a hand-edited file, or URLs normalised by another
 * version) replaces it there rather than storing it twice. Only the pages
 * written are read whole; new pages are packed into new bundles
 * (utils/store/bundles.ts), which IndexedDB writes far faster than one
 * record per page.
 *
 * One transaction, with the default durability: all of the file or nothing
 * (a quota error half-way changes nothing), and an import the user was told
 * is done should survive a crash right after.
 */
export function importAnnotations(db: ClaimlensDB, incoming: Annotation[], file: { unknownFields?: UnknownField[] } = {}): Promise<ImportResult> {
  return guarded('import annotations', async () => {
    const { annotations, duplicates, droppedLinks } = prepareImport(incoming); // throws before anything is written
    performance.mark('claimlens-import:prepared');
    return db.transaction('rw', db.pages, db.bundles, async () => {
      const summaries = await db.pages.toArray();
      performance.mark('claimlens-import:stored-read');
      const storedAt = new Map<string, { url: string; updatedAt: string }>();
      for (const summary of summaries) {
        if (summary.count === 0) continue;
        const { ids, times } = readStamps(summary);
        for (let i = 0; i < ids.length; i++) storedAt.set(ids[i], { url: summary.url, updatedAt: times[i] });
      }
      performance.mark('claimlens-import:ids-found');
      const { writes, ...counts } = mergeImport(
        annotations,
        annotations.map((a) => storedAt.get(a.id)),
      );
      performance.mark('claimlens-import:merged');
      const touched = new Set<string>();
      for (const a of writes) {
        touched.add(a.page.url);
        const was = storedAt.get(a.id);
        if (was && was.url !== a.page.url) touched.add(was.url);
      }
      const summaryOf = new Map(summaries.map((s) => [s.url, s]));
      const stored = await storedState(db, [...touched].map((url) => summaryOf.get(url)));
      // Copies: the lists are edited in place below.
      const lists = new Map([...touched].map((url) => [url, storedList(stored, url).slice()]));
      for (const a of writes) {
        const was = storedAt.get(a.id);
        if (was && was.url !== a.page.url) {
          const old = lists.get(was.url)!;
          const at = old.findIndex((b) => b.id === a.id);
          if (at >= 0) old.splice(at, 1); // never -1: splice(-1, 1) would remove another annotation
        }
        const list = lists.get(a.page.url)!;
        const at = was?.url === a.page.url ? list.findIndex((b) => b.id === a.id) : -1;
        if (at >= 0) list[at] = a;
        else list.push(a);
      }
      await storeLists(db, lists, stored);
      performance.mark('claimlens-import:written');
      const report = { ...counts, duplicates, droppedLinks, unknownFields: file.unknownFields ?? [] };
      return { ...report, summary: describeImport(report) };
    });
  });
}
