/**
 * Fills the extension's database with `count` varied annotations from inside
 * an extension page (raw IndexedDB, as an import would leave them), so a
 * 100,000-record table is written where it is read, without sending 100 MB
 * through the test driver. Self-contained: the driver serialises it.
 * Record i is deterministic; record 0 quotes "some 3,000 or more".
 */
export function seedLibraryInPage({ count, start = 0 }: { count: number; start?: number }): Promise<number> {
  const sites = ['www.rferl.org', 'www.svoboda.org', 'apnews.com', 'www.reuters.com', 'www.bbc.co.uk', 'meduza.io', 'www.pravda.com.ua', 'kyivindependent.com'];
  const verdicts = ['unreviewed', 'accurate', 'mostly-accurate', 'mixed', 'misleading', 'false', 'unverifiable'];
  const states = ['exact', 'exact', 'exact', 'moved', 'changed', 'orphan'];
  const tags = ['troops', 'drones', 'casualties', 'economy', 'grain', 'sanctions', 'energy', 'elections'];
  const words = ['officials', 'said', 'reported', 'according', 'ministry', 'estimated', 'troops', 'people', 'billion', 'percent', 'заявил', 'сообщил', 'міністерство', 'оцінки', 'військових'];
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
      page: { url: `https://${site}/a/story-${i % 5000}.html`, title: `Story ${i % 5000}: ${w(5)} ${w(6)}` },
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
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('claimlens');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      try {
        for (let from = start; from < start + count; from += 10_000) {
          await new Promise<void>((done, fail) => {
            const tx = db.transaction('annotations', 'readwrite');
            const store = tx.objectStore('annotations');
            for (let i = from; i < Math.min(from + 10_000, start + count); i++) store.put(record(i));
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
