/**
 * Whether any id repeats in a list, at 100,000 ids. A Map of the ids cost
 * ~0.4 µs an id even with the ids at hand, and twice that on records read
 * long before: each lookup in its chains compares against other ids,
 * touching strings long out of the cache. This open-addressing table holds
 * each id's 32-bit FNV-1a hash beside its place in the list (side by side:
 * one cache line a probe), so ids are compared only when their hashes are
 * equal (a repeat, or a rare collision), and at most half full it rarely
 * probes twice.
 */
export class DistinctIds {
  /** Per slot: the id's hash, then its index into `ids` + 1 (0 for an empty slot). */
  private readonly table: Int32Array;
  private readonly ids: string[] = [];
  private readonly mask: number;

  constructor(expected: number) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** Adds `id`; false when it was there already. A new id past the number expected throws: the table does not grow. */
  add(id: string): boolean {
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = this.table[slot * 2 + 1];
      if (at === 0) {
        if (this.ids.length * 4 >= this.table.length) throw new RangeError('DistinctIds: more ids than expected');
        this.ids.push(id);
        this.table[slot * 2] = hash;
        this.table[slot * 2 + 1] = this.ids.length;
        return true;
      }
      if (this.table[slot * 2] === hash && this.ids[at - 1] === id) return false;
    }
  }
}
