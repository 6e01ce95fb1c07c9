import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearDraft, journalDraft, replayDrafts } from '../../components/workbench/draft-journal';
import { ClaimlensDB, getAnnotation, saveAnnotation } from '../../utils/db';
import { makeAnnotation } from '../support/annotations';

/** localStorage as the extension page has it. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

let db: ClaimlensDB;
let storage: MemoryStorage;
beforeEach(() => {
  db = new ClaimlensDB(`journal-${Math.random()}`);
  storage = new MemoryStorage();
});
afterEach(async () => {
  await db.delete();
});

describe('draft journal', () => {
  it('replays a draft the closed page never stored, and then forgets it', async () => {
    const stored = await saveAnnotation(db, makeAnnotation({ note: 'Evacuation fig', updatedAt: '2026-11-27T10:00:00.000Z', revision: 4 }));
    journalDraft(storage, { ...stored, note: 'Evacuation figure matches the list', updatedAt: '2026-11-27T10:00:01.000Z' });
    expect(await replayDrafts(storage, db)).toBe(1);
    expect(await getAnnotation(db, stored)).toMatchObject({ note: 'Evacuation figure matches the list', revision: 5 });
    expect(storage.length).toBe(0);
  });

  it('creates an annotation that only the journal has, and never puts an older draft over newer work', async () => {
    const fresh = makeAnnotation({ note: 'typed, never stored', updatedAt: '2026-11-27T10:00:00.000Z' });
    journalDraft(storage, fresh);
    const newer = await saveAnnotation(db, makeAnnotation({ note: 'saved later in another window', updatedAt: '2026-11-27T11:00:00.000Z' }));
    journalDraft(storage, { ...newer, note: 'older draft', updatedAt: '2026-11-27T10:30:00.000Z' });
    expect(await replayDrafts(storage, db)).toBe(1);
    expect((await getAnnotation(db, fresh))?.note).toBe('typed, never stored');
    expect((await getAnnotation(db, newer))?.note).toBe('saved later in another window');
    expect(storage.length).toBe(0);
  });

  it('is cleared once IndexedDB holds that draft or a newer one, not before', () => {
    const draft = makeAnnotation({ updatedAt: '2026-11-27T10:00:05.000Z' });
    journalDraft(storage, draft);
    clearDraft(storage, draft.id, '2026-11-27T10:00:04.000Z');
    expect(storage.length).toBe(1);
    clearDraft(storage, draft.id, '2026-11-27T10:00:05.000Z');
    expect(storage.length).toBe(0);
  });
});
