import { describe, expect, it } from 'vitest';
import { ClaimlensDB } from '../../utils/db';

// Every schema version gets a test here. Version 1 is the first shipped schema:
// it must open empty and serve each index the app queries.
describe('database schema', () => {
  it('version 1 opens with the indexes for page, verdict, tag and recent', async () => {
    const db = new ClaimlensDB(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(1);
    const indexes = db.annotations.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['[page.url+updatedAt]', 'page.canonicalUrl', 'page.url', 'tags', 'updatedAt', 'verdict'].sort());
    expect(db.annotations.schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
    await db.delete();
  });
});
