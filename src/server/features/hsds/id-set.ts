const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const WORDS = 4;

/**
 * A set of record ids (lower case) that holds a UUID in 16 bytes of a typed array (open
 * addressing, at most half full: about 34 bytes per id) instead of a 36-character string in a
 * `Set` (about 90 bytes), because an import keeps the ids of every record it read until it ends:
 * 32 MB of the heap at 50,000 services before. Other ids (HSDS allows any string; the checks
 * refuse them later) go in an ordinary Set.
 */
export class IdSet {
  private words = new Uint32Array(64 * WORDS);
  private used = new Uint8Array(64);
  private uuids = 0;
  private readonly others = new Set<string>();

  get size(): number {
    return this.uuids + this.others.size;
  }

  has(id: string): boolean {
    if (!UUID.test(id)) return this.others.has(id);
    return this.slotOf(id, false) >= 0;
  }

  /** Adds the id; true when it was not there yet. */
  add(id: string): boolean {
    if (!UUID.test(id)) {
      if (this.others.has(id)) return false;
      this.others.add(id);
      return true;
    }
    if ((this.uuids + 1) * 2 > this.used.length) this.grow();
    return this.slotOf(id, true) === -2;
  }

  /** The slot holding `id`; -1 when absent, or with `insert` -2 after putting it in a free slot. */
  private slotOf(id: string, insert: boolean): number {
    const w0 = parseInt(id.slice(0, 8), 16) >>> 0;
    const w1 = parseInt(id.slice(9, 13) + id.slice(14, 18), 16) >>> 0;
    const w2 = parseInt(id.slice(19, 23) + id.slice(24, 28), 16) >>> 0;
    const w3 = parseInt(id.slice(28, 36), 16) >>> 0;
    return this.probe(w0, w1, w2, w3, insert);
  }

  private probe(w0: number, w1: number, w2: number, w3: number, insert: boolean): number {
    const mask = this.used.length - 1;
    // Generated ids can share most of their bits (tests, sequential ids): mix all four words.
    let h = Math.imul(w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca6b) ^ Math.imul(w3, 0xc2b2ae35), 0x27d4eb2d);
    h ^= h >>> 15;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      if (!this.used[slot]) {
        if (!insert) return -1;
        this.used[slot] = 1;
        const at = slot * WORDS;
        this.words[at] = w0;
        this.words[at + 1] = w1;
        this.words[at + 2] = w2;
        this.words[at + 3] = w3;
        this.uuids += 1;
        return -2;
      }
      const at = slot * WORDS;
      if (this.words[at] === w0 && this.words[at + 1] === w1 && this.words[at + 2] === w2 && this.words[at + 3] === w3) return slot;
    }
  }

  private grow(): void {
    const { words, used } = this;
    this.words = new Uint32Array(used.length * 2 * WORDS);
    this.used = new Uint8Array(used.length * 2);
    this.uuids = 0;
    for (let slot = 0; slot < used.length; slot += 1) {
      const at = slot * WORDS;
      if (used[slot]) this.probe(words[at]!, words[at + 1]!, words[at + 2]!, words[at + 3]!, true);
    }
  }
}
