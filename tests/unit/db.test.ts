import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ClaimlensDB,
  StorageError,
  allTags,
  annotationsForPage,
  allAnnotations,
  changeAnnotations,
  countAnnotations,
  countChangedSince,
  deleteAnnotations,
  getAnnotation,
  getAnnotations,
  newestAnnotations,
  putAnnotations,
  replayDraft,
  writeDraftNow,
  deleteAnnotation,
  findAnnotations,
  importAnnotations,
  saveAnnotation,
  updateAnnotation,
  pageUrlsWrittenSince,
} from '../../utils/db';
import { makeAnnotation } from '../support/annotations';
import { readStamps } from '../../utils/store/page-record';

let db: ClaimlensDB;
beforeEach(() => {
  db = new ClaimlensDB(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('annotation storage', () => {
  it('finds a page’s annotations by URL or by the canonical URL it declares, in text order', async () => {
    const page = { url: 'https://example.org/a?id=1', canonicalUrl: 'https://example.org/story', title: 'Story' };
    const later = makeAnnotation({ page, target: { ...makeAnnotation().target, position: { type: 'TextPositionSelector', start: 500, end: 505 } } });
    const earlier = makeAnnotation({ page, target: { ...makeAnnotation().target, position: { type: 'TextPositionSelector', start: 10, end: 15 } } });
    const elsewhere = makeAnnotation({ page: { url: 'https://example.org/other', title: 'Other' } });
    for (const a of [later, earlier, elsewhere]) await saveAnnotation(db, a);

    expect((await annotationsForPage(db, 'https://example.org/a?id=1')).map((a) => a.id)).toEqual([earlier.id, later.id]);
    // Reached through another URL that declares the same canonical one.
    expect(await annotationsForPage(db, 'https://example.org/amp/story', 'https://example.org/story')).toHaveLength(2);
    expect(await annotationsForPage(db, 'https://example.org/nothing')).toEqual([]);
  });

  it('applies edits, stamps the update time and keeps the rest', async () => {
    const a = await saveAnnotation(db, makeAnnotation());
    const { annotation: next } = await updateAnnotation(db, a, { verdict: 'misleading', note: 'JCS said 3,000; headline implies more' }, { now: new Date('2026-11-21T08:00:00Z') });
    expect(next.verdict).toBe('misleading');
    expect(next.updatedAt).toBe('2026-11-21T08:00:00.000Z');
    expect(next.createdAt).toBe(a.createdAt);
    expect((await getAnnotation(db, a))?.note).toBe('JCS said 3,000; headline implies more');
  });

  it('rejects an invalid edit with a clear error and keeps the stored record', async () => {
    const a = await saveAnnotation(db, makeAnnotation({ note: 'keep me' }));
    await expect(updateAnnotation(db, a, { evidence: [{ url: 'not a url' }] })).rejects.toBeInstanceOf(StorageError);
    expect((await getAnnotation(db, a))?.note).toBe('keep me');
    await expect(updateAnnotation(db, { id: 'missing', page: a.page }, { note: 'x' })).rejects.toThrow(/no annotation with id missing/);
  });

  it('searches by verdict, by tag and by words, newest first', async () => {
    await saveAnnotation(db, makeAnnotation({ verdict: 'false', tags: ['troops'], note: 'Pentagon figure differs', updatedAt: '2026-11-22T00:00:00.000Z' }));
    await saveAnnotation(db, makeAnnotation({ verdict: 'accurate', tags: ['troops', 'drones'], updatedAt: '2026-11-23T00:00:00.000Z' }));
    await saveAnnotation(db, makeAnnotation({ verdict: 'false', tags: [], updatedAt: '2026-11-24T00:00:00.000Z' }));

    expect((await findAnnotations(db, { verdict: 'false' })).map((a) => a.updatedAt)).toEqual(['2026-11-24T00:00:00.000Z', '2026-11-22T00:00:00.000Z']);
    expect(await findAnnotations(db, { tag: 'troops' })).toHaveLength(2);
    expect(await findAnnotations(db, { tag: 'troops', verdict: 'false' })).toHaveLength(1);
    expect(await findAnnotations(db, { text: 'pentagon FIGURE' })).toHaveLength(1);
    expect((await findAnnotations(db, {}))[0].updatedAt).toBe('2026-11-24T00:00:00.000Z');
    // A limit counts matches, newest first (the walk stops there).
    expect((await findAnnotations(db, { verdict: 'false', limit: 1 })).map((a) => a.updatedAt)).toEqual(['2026-11-24T00:00:00.000Z']);
    expect((await findAnnotations(db, { text: 'pentagon', limit: 1 })).map((a) => a.updatedAt)).toEqual(['2026-11-22T00:00:00.000Z']);
    expect((await findAnnotations(db, { tag: 'troops', limit: 1 })).map((a) => a.updatedAt)).toEqual(['2026-11-23T00:00:00.000Z']);
    expect(await allTags(db)).toEqual(['drones', 'troops']);
  });

  it('deletes', async () => {
    const a = await saveAnnotation(db, makeAnnotation());
    await deleteAnnotation(db, a);
    expect(await countAnnotations(db)).toBe(0);
  });

  it('imports by merging, never overwriting newer work on this device', async () => {
    const mine = await saveAnnotation(db, makeAnnotation({ note: 'newer here', updatedAt: '2026-11-25T00:00:00.000Z' }));
    const older = { ...mine, note: 'older copy', updatedAt: '2026-11-01T00:00:00.000Z' };
    const fresh = makeAnnotation();
    expect(await importAnnotations(db, [older, fresh])).toMatchObject({ added: 1, updated: 0, unchanged: 1, duplicates: 0, droppedLinks: [], unknownFields: [] });
    expect((await getAnnotation(db, mine))?.note).toBe('newer here');
    const newer = { ...mine, note: 'from colleague', updatedAt: '2026-11-26T00:00:00.000Z' };
    expect(await importAnnotations(db, [newer])).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
  });

  it('imports nothing when one record is invalid', async () => {
    const bad = { ...makeAnnotation(), verdict: 'kinda-true' } as never;
    await expect(importAnnotations(db, [makeAnnotation(), bad])).rejects.toBeInstanceOf(StorageError);
    expect(await countAnnotations(db)).toBe(0);
  });

  it('reports a storage failure as a StorageError instead of losing it silently', async () => {
    db.close();
    await expect(saveAnnotation(db, makeAnnotation())).rejects.toThrow(/Could not save the annotation/);
  });
});

describe('edits from several views', () => {
  it('bumps the revision on every write', async () => {
    const a = await saveAnnotation(db, makeAnnotation());
    const first = await updateAnnotation(db, a, { note: 'one' }, { base: a });
    const second = await updateAnnotation(db, a, { note: 'two' }, { base: first.annotation });
    expect([a.revision, first.annotation.revision, second.annotation.revision]).toEqual([1, 2, 3]);
    expect(second.conflicts).toEqual([]);
  });

  it('merges a stale write: keeps the other view’s fields and reports fields both changed', async () => {
    const base = await saveAnnotation(db, makeAnnotation({ note: 'start' }));
    // View B saves a verdict and a note first.
    await updateAnnotation(db, base, { verdict: 'false', note: 'B’s note' }, { base });
    // View A, still on the base revision, writes its whole draft: a new note, the old verdict.
    const a = await updateAnnotation(db, base, { verdict: 'unreviewed', note: 'A’s note', tags: ['a'] }, { base });
    expect(a.annotation.verdict).toBe('false'); // only B changed it: B's value is kept
    expect(a.annotation.note).toBe('A’s note'); // both changed it: this write wins, and says so
    expect(a.annotation.tags).toEqual(['a']);
    expect(a.mergedFromOther).toEqual(['verdict']);
    expect(a.conflicts).toEqual(['note']);
    expect(a.overwritten).toEqual({ note: 'B’s note' });
    expect(a.annotation.revision).toBe(3);
  });
});

describe('one summary per page, its annotations in a bundle', () => {
  const pageA = { url: 'https://www.rferl.org/a/one.html', canonicalUrl: 'https://www.rferl.org/a/canonical-one.html', title: 'One' };
  const pageB = { url: 'https://www.svoboda.org/a/two.html', title: 'Two' };
  const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`;

  it('keeps a page’s annotations in its bundle, with the page’s canonical URLs, tags, ids and times and newest time kept right', async () => {
    const first = await saveAnnotation(db, makeAnnotation({ page: pageA, tags: ['troops'], updatedAt: at(3) }));
    const second = await saveAnnotation(db, makeAnnotation({ page: pageA, tags: ['drones'], updatedAt: at(5) }));
    await saveAnnotation(db, makeAnnotation({ page: pageB, updatedAt: at(4) }));
    expect(await db.pages.count()).toBe(2);
    expect(await db.pages.get(pageA.url)).toMatchObject({ canonicalUrls: [pageA.canonicalUrl], tags: ['troops', 'drones'], updatedAt: at(5), count: 2 });
    expect(readStamps((await db.pages.get(pageA.url))!)).toEqual({ ids: [first.id, second.id], times: [at(3), at(5)] });
    const bundle = await db.bundles.get((await db.pages.get(pageA.url))!.bundle!);
    expect(bundle?.pages.map((entry) => [entry.url, entry.annotations.map((a) => a.id)])).toEqual([[pageA.url, [first.id, second.id]]]);

    await deleteAnnotation(db, second);
    expect(await db.pages.get(pageA.url)).toMatchObject({ tags: ['troops'], updatedAt: at(3) });
    // The last one gone: the summary stays, empty and out of the time index, so other windows see the deletion;
    // its bundle, empty, is deleted.
    await deleteAnnotation(db, first);
    const empty = await db.pages.get(pageA.url);
    expect(empty).toMatchObject({ count: 0, tags: [], canonicalUrls: [] });
    expect(empty?.updatedAt).toBeUndefined();
    expect(empty?.bundle).toBeUndefined();
    expect(await db.bundles.count()).toBe(1);
    expect(await db.pages.orderBy('updatedAt').primaryKeys()).toEqual([pageB.url]);
    expect(await countAnnotations(db)).toBe(1);
    expect(await annotationsForPage(db, pageA.url)).toEqual([]);
  });

  it('lists the pages written since a time with those of one bundle together, so slices of them read each bundle once', async () => {
    const url = (i: number) => `https://example.org/${String(i).padStart(2, '0')}`;
    // 12 pages of 100: bundles of 3 pages, packed newest first, so a bundle's URLs are not neighbours in URL order.
    await putAnnotations(db, Array.from({ length: 1200 }, (_, i) => makeAnnotation({ page: { url: url(i % 12), title: 'P' }, updatedAt: new Date(Date.UTC(2026, 10, 1, 0, (i % 12) * 7 % 12, i)).toISOString() })));
    const urls = await pageUrlsWrittenSince(db, '2000-01-01T00:00:00.000Z');
    expect([...urls].sort()).toEqual(Array.from({ length: 12 }, (_, i) => url(i)));
    const bundles = await Promise.all(urls.map(async (u) => (await db.pages.get(u))!.bundle!));
    expect(new Set(bundles).size).toBe(4);
    // Each bundle's pages in one run.
    expect(bundles.filter((key, i) => i === 0 || key !== bundles[i - 1])).toHaveLength(4);
    expect(await pageUrlsWrittenSince(db, new Date(Date.now() + 60_000).toISOString())).toEqual([]);
  });

  it('two windows saving on one page at once keep both annotations', async () => {
    const other = new ClaimlensDB(db.name);
    const mine = makeAnnotation({ page: pageA, note: 'mine' });
    const theirs = makeAnnotation({ page: pageA, note: 'theirs' });
    await Promise.all([saveAnnotation(db, mine), saveAnnotation(other, theirs)]);
    expect((await annotationsForPage(db, pageA.url)).map((a) => a.note).sort()).toEqual(['mine', 'theirs']);
    other.close();
  });

  it('the newest annotations across pages are exact even where one page’s older annotations interleave with another’s', async () => {
    // Page A holds the newest and the oldest; page B everything between.
    await putAnnotations(db, [
      makeAnnotation({ page: pageA, updatedAt: at(20) }),
      makeAnnotation({ page: pageA, updatedAt: at(1) }),
      ...[10, 11, 12, 13].map((day) => makeAnnotation({ page: pageB, updatedAt: at(day) })),
      makeAnnotation({ page: { url: 'https://example.org/c', title: 'C' }, updatedAt: at(2) }),
    ]);
    expect((await newestAnnotations(db, 3)).map((a) => a.updatedAt)).toEqual([at(20), at(13), at(12)]);
    expect((await newestAnnotations(db, 7)).map((a) => a.updatedAt)).toEqual([at(20), at(13), at(12), at(11), at(10), at(2), at(1)]);
    // The panel's search stops early the same way.
    expect((await findAnnotations(db, { limit: 2 })).map((a) => a.updatedAt)).toEqual([at(20), at(13)]);
    expect((await findAnnotations(db, { limit: 6 })).map((a) => a.updatedAt)).toEqual([at(20), at(13), at(12), at(11), at(10), at(2)]);
    expect(await countChangedSince(db, at(11))).toBe(3);
    expect(await allAnnotations(db)).toHaveLength(7);
  });

  it('deletes and changes many at once, and puts deleted ones back exactly', async () => {
    const a1 = makeAnnotation({ page: pageA });
    const a2 = makeAnnotation({ page: pageA });
    const b1 = makeAnnotation({ page: pageB });
    await putAnnotations(db, [a1, a2, b1]);
    const tagged = await changeAnnotations(db, [a1, b1], (a) => ({ ...a, tags: [...a.tags, 'checked'], revision: a.revision + 1 }));
    expect(tagged.map((a) => a.id).sort()).toEqual([a1.id, b1.id].sort());
    expect((await getAnnotation(db, b1))?.tags).toEqual(['checked']);
    expect((await db.pages.get(pageB.url))?.tags).toEqual(['checked']);
    const removed = await deleteAnnotations(db, [a2, b1, { id: 'not-stored', page: pageB }]);
    expect(removed.map((a) => a.id).sort()).toEqual([a2.id, b1.id].sort());
    expect(await getAnnotations(db, [a1, a2, b1])).toEqual([expect.objectContaining({ id: a1.id }), undefined, undefined]);
    await putAnnotations(db, removed);
    expect(await getAnnotation(db, a2)).toEqual(a2);
    expect(await countAnnotations(db)).toBe(3);
  });

  it('an import finds an id stored under another page URL and replaces it there instead of storing it twice', async () => {
    const stored = await saveAnnotation(db, makeAnnotation({ page: pageA, note: 'old', updatedAt: at(1) }));
    const moved = { ...stored, page: { ...pageB }, note: 'newer, under another URL', updatedAt: at(2) };
    expect(await importAnnotations(db, [moved])).toMatchObject({ added: 0, updated: 1 });
    expect(await allAnnotations(db)).toEqual([expect.objectContaining({ id: stored.id, note: 'newer, under another URL' })]);
    expect(await getAnnotation(db, stored)).toBeUndefined();
    expect(await getAnnotation(db, moved)).toMatchObject({ note: 'newer, under another URL' });
  });

  it('an import adds to pages that already hold other annotations, and keeps them', async () => {
    const kept = await saveAnnotation(db, makeAnnotation({ page: pageA, note: 'here before' }));
    const incoming = [makeAnnotation({ page: pageA }), makeAnnotation({ page: pageB })];
    expect(await importAnnotations(db, incoming)).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    expect((await annotationsForPage(db, pageA.url)).map((a) => a.id).sort()).toEqual([kept.id, incoming[0].id].sort());
    expect(await countAnnotations(db)).toBe(3);
  });

  it('replays a journaled draft only over an older record, past its revision', async () => {
    const stored = await saveAnnotation(db, makeAnnotation({ page: pageA, note: 'stored', revision: 4, updatedAt: at(5) }));
    expect(await replayDraft(db, { ...stored, note: 'older draft', updatedAt: at(4) })).toBe(false);
    expect(await replayDraft(db, { ...stored, note: 'newer draft', revision: 2, updatedAt: at(6) })).toBe(true);
    expect(await getAnnotation(db, stored)).toMatchObject({ note: 'newer draft', revision: 5 });
  });

  it('a draft written as the page goes away lands in its page record beside the others', async () => {
    const other = await saveAnnotation(db, makeAnnotation({ page: pageA, note: 'other' }));
    const draft = makeAnnotation({ page: pageA, note: 'typed as the panel closed' });
    await db.open();
    writeDraftNow(db.backendDB(), draft);
    await expect.poll(async () => (await getAnnotation(db, draft))?.note).toBe('typed as the panel closed');
    expect((await getAnnotation(db, other))?.note).toBe('other');
  });
});
