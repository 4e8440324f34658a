/**
 * The editor's slicing numbers (src/extension/lint/slices.ts): a slice that finished a chunk keeps the short slice, one
 * that finished none doubles the next (so a chunk longer than a slice is still linted), and a slice never runs past
 * the document's whole budget.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { nextSliceMs, sliceBudgetMs, SLICE_MS } from '../../../src/extension/lint/slices';

test('a slice of 25 ms leaves room under the 50 ms stall target', () => {
  assert.ok(SLICE_MS > 0 && SLICE_MS <= 30);
});

test('progress keeps the short slice; no progress doubles it until one chunk fits', () => {
  assert.equal(nextSliceMs(SLICE_MS, 3), SLICE_MS);
  assert.equal(nextSliceMs(200, 1), SLICE_MS, 'back to short once a chunk finished');
  let ms = SLICE_MS;
  const chunkMs = 700; // one chunk (a huge table) that takes 700 ms
  let slices = 1;
  while (ms < chunkMs) { ms = nextSliceMs(ms, 0); slices++; }
  assert.equal(ms, 800);
  assert.equal(slices, 6, 'a 700 ms chunk is done in the 6th slice: 25 + 50 + … + 800 ms, at most twice the work');
});

test('a slice never runs past the whole budget', () => {
  assert.equal(sliceBudgetMs(25, 0, 2000), 25);
  assert.equal(sliceBudgetMs(400, 1900, 2000), 100);
  assert.equal(sliceBudgetMs(25, 2010, 2000), 0);
  assert.equal(sliceBudgetMs(25, 0, Infinity), 25);
});
