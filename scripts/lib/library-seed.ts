/**
 * Fills the extension's database with `count` varied annotations from inside
 * an extension page (raw IndexedDB, as an import would leave them: one
 * record per page, as utils/store/page-record.ts shapes it), so 100,000
 * annotations are written where they are read, without sending 100 MB
 * through the test driver. Self-contained: the driver serialises it.
 * Record i is deterministic, on page i mod 5,000; record 0 quotes "some 3,000 or more".
 * With `start`, records start..start+count-1 are merged into the page records already there.
 */
export function seedLibraryInPage({ count, start = 0 }: { count: number; start?: number }): Promise<number> {
  const sites = ['www.rferl.org', 'www.svoboda.org', 'apnews.com', 'www.reuters.com', 'www.bbc.co.uk', 'meduza.io', 'www.pravda.com.ua', 'kyivindependent.com'];
  const verdicts = ['unreviewed', 'accurate', 'mostly-accurate', 'mixed', 'misleading', 'false', 'unverifiable'];
  const states = ['exact', 'exact', 'exact', 'moved', 'changed', 'orphan'];
  const tags = ['troops', 'drones', 'casualties', 'economy', 'grain', 'sanctions', 'energy', 'elections'];
  const words = ['officials', 'said', 'reported', 'according', 'ministry', 'estimated', 'troops', 'people', 'billion', 'percent', 'заявил', 'сообщил', 'міністерство', 'оцінки', 'військових'];
  const PAGES = 5000;
  const pad = (n: number) => String(n).padStart(12, '0');
  const record = (i: number) => {
    const site = sites[i % sites.length];
    const figure = i === 0 ? 'some 3,000 or more' : `${(i % 97) + 1},${String(i % 1000).padStart(3, '0')}`;
    const quantity = i % 3 !== 2;
    const when = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
    const w = (k: number) => words[(i * 7 + k * 3) % words.length];
    const sentence = `${w(0)} ${w(1)} that ${figure} ${w(2)} were counted in ${w(3)} ${i} (${w(4)}).`;
    return {
      id: `00000000-0000-4000-8000-${pad(i)}`,
      page: { url: `https://${site}/a/story-${i % PAGES}.html`, title: `Story ${i % PAGES}: ${w(5)} ${w(6)}` },
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
  type Page = { url: string; canonicalUrls: string[]; updatedAt?: string; writtenAt: string; tags: string[]; annotations: Seeded[] };
  const end = start + count;
  /** The records on page p (i mod PAGES = p) in start..end-1. */
  const recordsOfPage = (p: number) => {
    const list: Seeded[] = [];
    for (let i = start + ((((p - start) % PAGES) + PAGES) % PAGES); i < end; i += PAGES) list.push(record(i));
    return list;
  };
  /** The page record holding `annotations`, its summary fields computed as utils/store/page-record.ts pageRecord does. */
  const pageRecord = (url: string, annotations: Seeded[], writtenAt: string): Page => {
    const canonicalUrls = new Set<string>();
    const pageTags = new Set<string>();
    let updatedAt: string | undefined;
    for (const a of annotations) {
      const canonical = (a.page as { canonicalUrl?: string }).canonicalUrl;
      if (canonical) canonicalUrls.add(canonical);
      for (const tag of a.tags) pageTags.add(tag);
      if (updatedAt === undefined || a.updatedAt > updatedAt) updatedAt = a.updatedAt;
    }
    const page: Page = { url, canonicalUrls: [...canonicalUrls], writtenAt, tags: [...pageTags], annotations };
    if (updatedAt !== undefined) page.updatedAt = updatedAt;
    return page;
  };
  const pagesPerTransaction = 500;
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('claimlens');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      try {
        for (let from = 0; from < PAGES; from += pagesPerTransaction) {
          await new Promise<void>((done, fail) => {
            const tx = db.transaction('pages', 'readwrite');
            const store = tx.objectStore('pages');
            const writtenAt = new Date().toISOString();
            for (let p = from; p < Math.min(from + pagesPerTransaction, PAGES); p++) {
              const added = recordsOfPage(p);
              if (added.length === 0) continue;
              const url = added[0].page.url;
              // Read-modify-write: what is stored on the page stays, a record with the same id is replaced.
              const stored = store.get(url);
              stored.onsuccess = () => {
                const annotations: Seeded[] = ((stored.result as Page | undefined)?.annotations ?? []).slice();
                const at = new Map(annotations.map((a, index) => [a.id, index]));
                for (const a of added) {
                  const index = at.get(a.id);
                  if (index === undefined) annotations.push(a);
                  else annotations[index] = a;
                }
                store.put(pageRecord(url, annotations, writtenAt));
              };
            }
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          });
        }
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
