/**
 * A stand-in for a file that makes the reader allocate without end: the import worker's memory
 * limit must end this worker alone, with a Vietnamese message.
 */
const hoard: string[][] = []
for (;;) {
  hoard.push(Array.from({ length: 100_000 }, (_v, i) => `${i}-${hoard.length}`))
}
