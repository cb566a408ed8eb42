/**
 * Shared memory for bulk bodies, kept from one bulk to the next. A fresh 33 MB SharedArrayBuffer is
 * zero-filled and page-faulted in on the event loop while the body's chunks are copied into it (the
 * bulk-stall profile's first-touch cost, paid again by every bulk); a reused one is already resident.
 * Keeps at most `capacity` free buffers, the larger ones, so what it holds is bounded by capacity × the
 * largest body seen. A buffer is lent to one body at a time: only the lent ones are taken back.
 */
export class SharedBodyPool {
  private readonly free: SharedArrayBuffer[] = [];
  private readonly lent = new WeakSet<SharedArrayBuffer>();

  public constructor(private readonly capacity: number) {}

  /** A buffer of at least `size` bytes, with whatever the previous body left in it. */
  public take(size: number): SharedArrayBuffer {
    let best = -1;
    this.free.forEach((memory, i) => {
      if (memory.byteLength >= size && (best < 0 || memory.byteLength < (this.free[best] as SharedArrayBuffer).byteLength)) best = i;
    });
    const memory = best >= 0 ? (this.free.splice(best, 1)[0] as SharedArrayBuffer) : new SharedArrayBuffer(size);
    this.lent.add(memory);
    return memory;
  }

  /** Takes a lent buffer back (anything else, or a buffer already given back, is ignored). Nothing may read it afterwards. */
  public release(memory: ArrayBufferLike): void {
    if (!(memory instanceof SharedArrayBuffer) || !this.lent.has(memory)) return;
    this.lent.delete(memory);
    if (this.free.length < this.capacity) {
      this.free.push(memory);
      return;
    }
    const smallest = this.free.reduce((min, m, i) => (m.byteLength < (this.free[min] as SharedArrayBuffer).byteLength ? i : min), 0);
    if ((this.free[smallest] as SharedArrayBuffer).byteLength < memory.byteLength) this.free[smallest] = memory;
  }

  /** Free buffers held (for tests). */
  public get size(): number {
    return this.free.length;
  }
}
