/**
 * How the editor slices a lint (controller.ts, SlicedRun): pure numbers, no editor API, so they are unit-tested.
 *
 * A slice of 25 ms leaves room under the host's 50 ms stall target for what the slice that finishes also does (the
 * document rules' last pass, sorting, building and publishing the diagnostics). A slice that finished no chunk (one
 * chunk, e.g. a long table, takes longer than a slice, and a slice that stops inside a chunk throws that chunk's work
 * away) gives the next one twice as long, so every lint ends; the first slice that finishes a chunk goes back to 25 ms.
 */
export const SLICE_MS = 25;

/** The next slice's budget after a slice of `sliceMs` that finished `finishedChunks` chunks and did not complete. */
export function nextSliceMs(sliceMs: number, finishedChunks: number): number {
  return finishedChunks > 0 ? SLICE_MS : sliceMs * 2;
}

/** This slice's budget: the slice's, or what is left of the whole budget when that is less. */
export function sliceBudgetMs(sliceMs: number, spentMs: number, totalMs: number): number {
  return Math.max(0, Math.min(sliceMs, totalMs - spentMs));
}
