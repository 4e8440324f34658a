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

/**
 * The first lint of a large document lints a growing prefix of it, one slice each: the engine's own work per call
 * (finding chunks, looking each one up, the document rules, sorting) grows with the text it is given, and a 100k-word
 * post handed whole to every slice spent most of each slice on the part it would not reach. A prefix ends where a
 * chunk can start (see `prefixEnd`), so the chunks of one slice are the cached chunks of the next; the last slice lints
 * the whole text, whose result is the one published (the engine's cache gives the same findings as one whole lint).
 * A document shorter than twice this is linted whole from the first slice, as is every re-lint of a document whose
 * chunks are cached (an edit).
 */
export const FIRST_PREFIX_CHARS = 4000;

/** The most and the least a slice adds to the prefix, in characters. */
export const MAX_PREFIX_STEP = 64_000;
export const MIN_PREFIX_STEP = 1000;

/**
 * Where the prefix of a slice ends: the start of the first line at or after `at` that begins at column 0 with a
 * non-blank character after a blank line (where the engine's chunks start, except inside fenced code or an HTML
 * block, where a cut only costs the next slice that chunk again); the text's length when there is none.
 */
export function prefixEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const blankThenText = /\n[ \t]*\r?\n(?=[^\s])/g;
  // From a little before `at`, so that `at` itself counts when it is a start.
  blankThenText.lastIndex = Math.max(0, at - 64);
  for (let m = blankThenText.exec(text); m; m = blankThenText.exec(text)) {
    if (m.index + m[0].length >= at) return m.index + m[0].length;
  }
  return text.length;
}

/**
 * How many characters the next slice adds to the prefix: what this slice got through in its time, scaled to a slice
 * (a little less: a longer prefix costs the engine a little more per call), between the least and the most step.
 * `advanced` ≤ 0 (the slice finished no chunk) keeps `previous`.
 */
export function nextPrefixStep(previous: number, advanced: number, tookMs: number): number {
  if (advanced <= 0) return previous;
  const perMs = advanced / Math.max(1, tookMs);
  return Math.max(MIN_PREFIX_STEP, Math.min(MAX_PREFIX_STEP, Math.round(perMs * SLICE_MS * 0.8)));
}
