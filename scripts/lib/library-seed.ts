/**
 * Fills the extension's database with `count` varied annotations from inside
 * an extension page (raw IndexedDB, schema v6, as an import would leave them:
 * one small summary per page, as utils/store/page-record.ts shapes it, and
 * the annotations in bundles of about 300, newest pages first, as
 * utils/store/bundles.ts packPages packs them), so 100,000 annotations are
 * written where they are read, without sending 100 MB through the test
 * driver. Self-contained: the driver serialises it.
 * Record i is deterministic, on page i mod 5,000; record 0 quotes "some 3,000 or more".
 * With `start`, records start..start+count-1 are merged into what is stored: a
 * page already stored keeps its bundle and its other records (one with the
 * same id is replaced); new pages are packed into new bundles. Bundles that
 * grow are not split (planWrite would split one past 600 annotations).
 */
export function seedLibraryInPage({ count, start = 0 }: { count: number; start?: number }): Promise<number> {
  const sites = ['www.rferl.org', 'www.svoboda.org', 'apnews.com', 'www.reuters.com', 'www.bbc.co.uk', 'meduza.io', 'www.pravda.com.ua', 'kyivindependent.com'];
  const verdicts = ['unreviewed', 'accurate', 'mostly-accurate', 'mixed', 'misleading', 'false', 'unverifiable'];
  const states = ['exact', 'exact', 'exact', 'moved', 'changed', 'orphan'];
  const tags = ['troops', 'drones', 'casualties', 'economy', 'grain', 'sanctions', 'energy', 'elections'];
  const words = ['officials', 'said', 'reported', 'according', 'ministry', 'estimated', 'troops', 'people', 'billion', 'percent', 'заявил', 'сообщил', 'міністерство', 'оцінки', 'військових'];
  const PAGES = 5000;
  /** Annotations per bundle (utils/store/bundles.ts BUNDLE_ANNOTATIONS). */
  const BUNDLE_SIZE = 300;
  /** Pages written per transaction: 20 bundles of 15 pages when each holds 20, so a fresh seed packs as one packPages would. */
  const PAGES_PER_TRANSACTION = 300;
  const pad = (n: number) => String(n).padStart(12, '0');
  const pageUrl = (i: number) => `https://${sites[i % sites.length]}/a/story-${i % PAGES}.html`;
  const record = (i: number) => {
    const figure = i === 0 ? 'some 3,000 or more' : `${(i % 97) + 1},${String(i % 1000).padStart(3, '0')}`;
    const quantity = i % 3 !== 2;
    const when = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const w = (k: number) => words[(i * 7 + k * 3) % words.length];
    const sentence = `${w(0)} ${w(1)} that ${figure} ${w(2)} were counted in ${w(3)} ${i} (${w(4)}).`;
    return {
      id: `00000000-0000-4000-8000-${pad(i)}`,
      page: { url: pageUrl(i), title: `Story ${i % PAGES}: ${w(5)} ${w(6)}` },
      target: {
        quote: { type: 'TextQuoteSelector', exact: quantity ? figure : w(1), prefix: `${w(0)} `, suffix: ` ${w(2)}` },
        position: { type: 'TextPositionSelector', start: 100, end: 100 + (quantity ? figure.length : w(1).length) },
      },
      claim: quantity
        ? { type: 'quantity', text: figure, value: Number(figure.replace(/\D/g, '')), unit: 'troop', approx: false, hedges: [] }
        : { type: 'attribution', text: w(1), cue: 'say', sourceType: 'official', source: { start: 0, end: 9, text: `Official ${i % 300}` } },
      sentence,
      verdict: verdicts[i % verdicts.length],
      note: i % 4 === 0 ? `Checked against ${w(7)} source ${i}` : '',
      evidence: i % 5 === 0 ? [{ url: `https://evidence.example/doc/${i}`, title: `Document ${i}` }] : [],
      tags: [tags[i % tags.length], ...(i % 11 === 0 ? [tags[(i + 3) % tags.length]] : [])],
      createdAt: when,
      updatedAt: when,
      revision: 1,
      dismissed: false,
      lastAnchor: { state: states[i % states.length], checkedAt: when, ...(states[i % states.length] === 'orphan' ? {} : { text: quantity ? figure : w(1) }) },
    };
  };
  type Seeded = ReturnType<typeof record>;
  /** Only what the seed reads of a stored annotation (it may be any Annotation). */
  type Stored = { id: string; updatedAt: string; tags: string[]; page: { url: string; canonicalUrl?: string } };
  type Entry = { url: string; annotations: Stored[] };
  type Summary = { url: string; canonicalUrls: string[]; updatedAt?: string; writtenAt: string; tags: string[]; count: number; stamps: string; bundle?: string };
  const end = start + count;
  /** The first record of page p (i mod PAGES = p) in start..end-1 (≥ end: none). */
  const firstOf = (p: number) => start + ((((p - start) % PAGES) + PAGES) % PAGES);
  /** The records on page p in start..end-1, oldest first. */
  const recordsOfPage = (p: number) => {
    const list: Seeded[] = [];
    for (let i = firstOf(p); i < end; i += PAGES) list.push(record(i));
    return list;
  };
  /** The summary of page `url` holding exactly `annotations` in bundle `bundle`, as utils/store/page-record.ts pageSummary computes it. */
  const pageSummary = (url: string, annotations: Stored[], writtenAt: string, bundle: string): Summary => {
    const canonicalUrls = new Set<string>();
    const pageTags = new Set<string>();
    const ids: string[] = [];
    const times: string[] = [];
    let updatedAt: string | undefined;
    for (const a of annotations) {
      if (a.page.canonicalUrl) canonicalUrls.add(a.page.canonicalUrl);
      for (const tag of a.tags) pageTags.add(tag);
      if (updatedAt === undefined || a.updatedAt > updatedAt) updatedAt = a.updatedAt;
      ids.push(a.id);
      times.push(a.updatedAt);
    }
    const summary: Summary = { url, canonicalUrls: [...canonicalUrls], writtenAt, tags: [...pageTags], count: ids.length, stamps: JSON.stringify([ids, times]) };
    if (updatedAt !== undefined) summary.updatedAt = updatedAt;
    if (annotations.length) summary.bundle = bundle;
    return summary;
  };
  /** `stored` with `added` merged in: a record with the same id is replaced in place, the others appended. */
  const merged = (stored: Stored[], added: Stored[]) => {
    const annotations = stored.slice();
    const at = new Map(annotations.map((a, index) => [a.id, index]));
    for (const a of added) {
      const index = at.get(a.id);
      if (index === undefined) annotations.push(a);
      else annotations[index] = a;
    }
    return annotations;
  };
  // The pages written, newest first (by each page's newest record: its last index, as times grow with i), as packPages orders them.
  const touched: number[] = [];
  for (let p = 0; p < PAGES; p++) if (firstOf(p) < end) touched.push(p);
  const lastOf = (p: number) => firstOf(p) + Math.floor((end - 1 - firstOf(p)) / PAGES) * PAGES;
  touched.sort((a, b) => lastOf(b) - lastOf(a));
  const request = <T>(r: IDBRequest<T>) => new Promise<T>((done, fail) => ((r.onsuccess = () => done(r.result)), (r.onerror = () => fail(r.error))));

  /** Writes the pages `chunk` in one transaction: stored summaries and bundles read first (unless the store was empty), then every record put. */
  const writeChunk = (db: IDBDatabase, chunk: number[], empty: boolean) =>
    new Promise<void>((done, fail) => {
      const tx = db.transaction(['pages', 'bundles'], 'readwrite');
      const pages = tx.objectStore('pages');
      const bundles = tx.objectStore('bundles');
      const writtenAt = new Date().toISOString();
      const urls = chunk.map((p) => pageUrl(firstOf(p)));
      const summaries = new Map<string, Summary | undefined>();
      const stored = new Map<string, { pages: Entry[] } | undefined>();
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error);
      // Callbacks, not awaits, between the reads and the writes: the transaction must stay active.
      const readAll = (keys: string[], store: IDBObjectStore, into: Map<string, unknown>, then: () => void) => {
        let waiting = keys.length;
        if (waiting === 0) return then();
        for (const key of keys) {
          const read = store.get(key);
          read.onsuccess = () => {
            into.set(key, read.result);
            if (--waiting === 0) then();
          };
        }
      };
      const write = () => {
        const fresh: { url: string; annotations: Seeded[] }[] = [];
        chunk.forEach((p, n) => {
          const url = urls[n];
          const key = summaries.get(url)?.bundle;
          const bundle = key === undefined ? undefined : stored.get(key);
          if (key === undefined || !bundle) return void fresh.push({ url, annotations: recordsOfPage(p) });
          const at = bundle.pages.findIndex((entry) => entry.url === url);
          const annotations = merged(at < 0 ? [] : bundle.pages[at].annotations, recordsOfPage(p));
          if (at < 0) bundle.pages.push({ url, annotations });
          else bundle.pages[at] = { url, annotations };
          pages.put(pageSummary(url, annotations, writtenAt, key));
        });
        for (const [key, bundle] of stored) if (bundle) bundles.put(bundle, key);
        // New pages (already newest first) packed as packPages packs: a bundle is closed before the page that would take it past the size.
        let part: typeof fresh = [];
        let size = 0;
        const close = () => {
          const key = crypto.randomUUID();
          bundles.put({ pages: part }, key);
          for (const entry of part) pages.put(pageSummary(entry.url, entry.annotations, writtenAt, key));
          part = [];
          size = 0;
        };
        for (const entry of fresh) {
          if (part.length && size + entry.annotations.length > BUNDLE_SIZE) close();
          part.push(entry);
          size += entry.annotations.length;
        }
        if (part.length) close();
      };
      if (empty) return write();
      readAll(urls, pages, summaries, () => {
        const keys = [...new Set([...summaries.values()].flatMap((s) => (s?.bundle === undefined ? [] : [s.bundle])))];
        readAll(keys, bundles, stored, write);
      });
    });

  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('claimlens');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      try {
        // An empty database (a fresh seed) needs no reads: every page is new.
        const empty = (await request(db.transaction('pages').objectStore('pages').count())) === 0;
        for (let from = 0; from < touched.length; from += PAGES_PER_TRANSACTION) await writeChunk(db, touched.slice(from, from + PAGES_PER_TRANSACTION), empty);
        db.close();
        resolve(count);
      } catch (error) {
        db.close();
        reject(error);
      }
    };
  });
}

/** Runs `seedLibraryInPage` in an extension page (playwright-core). tsx keeps function names with a `__name` helper the page lacks: it is defined first. */
export async function seedLibrary(page: { evaluate(fn: string | ((arg: never) => unknown), arg?: unknown): Promise<unknown> }, args: { count: number; start?: number }): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(seedLibraryInPage as (arg: never) => unknown, args);
}
