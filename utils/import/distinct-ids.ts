/**
 * Whether any id repeats in a list, at 100,000 ids. A Map of the ids cost
 * ~0.4 µs an id even with the ids at hand, and twice that on records read
 * long before: each lookup in its chains compares against other ids,
 * touching strings long out of the cache. This open-addressing table holds
 * each id's 32-bit FNV-1a hash beside its place in the list, so ids are
 * compared only when their hashes are equal (a repeat, or a rare
 * collision), and at most half full it rarely probes twice.
 */
export class DistinctIds {
  private readonly hashes: Int32Array;
  /** Index into `ids` + 1 of the id in each slot; 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly ids: string[] = [];
  private readonly mask: number;

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** Adds `id`; false when it was there already. A new id past the number expected throws: the table does not grow. */
  add(id: string): boolean {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.slots[slot];
      if (at === 0) {
        if (this.ids.length * 2 >= this.slots.length) throw new RangeError('DistinctIds: more ids than expected');
        this.ids.push(id);
        this.slots[slot] = this.ids.length;
        this.hashes[slot] = hash;
        return true;
      }
      if (this.hashes[slot] === hash && this.ids[at - 1] === id) return false;
    }
  }
}
