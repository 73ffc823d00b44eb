/**
 * A stand-in for a file that makes the reader allocate without end: the import worker's memory
 * limit must end this worker alone, with a Vietnamese message. Few large heap arrays (not
 * ArrayBuffers, which live outside the heap) reach the limit in seconds even on a loaded machine,
 * where millions of small strings made the garbage collector crawl past the time limit.
 */
const hoard: number[][] = []
for (;;) {
  hoard.push(new Array<number>(1_000_000).fill(hoard.length + 0.5))
}
