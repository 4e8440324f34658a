/**
 * The editor's slicing numbers (src/extension/lint/slices.ts): a slice that finished a chunk keeps the short slice, one
 * that finished none doubles the next (so a chunk longer than a slice is still linted), and a slice never runs past
 * the document's whole budget. A first lint by prefixes cuts where a chunk can start and sizes each step by the last.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  FIRST_PREFIX_CHARS, MAX_PREFIX_STEP, MIN_PREFIX_STEP, nextPrefixStep, nextSliceMs, prefixEnd, sliceBudgetMs, SLICE_MS,
} from '../../../src/extension/lint/slices';

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

test('a prefix ends where a line starts at column 0 after a blank line, at or after the offset asked for', () => {
  const text = '# Title\n\nFirst paragraph.\n\n  indented, not a start\n\nSecond paragraph.\r\n\r\nThird.\n';
  assert.equal(prefixEnd(text, 0), text.indexOf('First'));
  assert.equal(prefixEnd(text, text.indexOf('First')), text.indexOf('First'), 'an offset that is a start is kept');
  assert.equal(prefixEnd(text, text.indexOf('First') + 1), text.indexOf('Second'), 'an indented line is no start');
  assert.equal(prefixEnd(text, text.indexOf('Second') + 1), text.indexOf('Third'), 'CRLF line ends');
  assert.equal(prefixEnd(text, text.indexOf('Third') + 1), text.length, 'no start left: the whole text');
  assert.equal(prefixEnd(text, text.length + 10), text.length);
  assert.equal(prefixEnd('one paragraph without a blank line', 0), 'one paragraph without a blank line'.length);
});

test('each step is what the last slice got through, scaled to a slice, within bounds; no progress keeps the step', () => {
  assert.ok(FIRST_PREFIX_CHARS >= MIN_PREFIX_STEP && FIRST_PREFIX_CHARS <= MAX_PREFIX_STEP);
  assert.equal(nextPrefixStep(4000, 10_000, SLICE_MS), 8000, 'a little less than the same rate for a whole slice');
  assert.equal(nextPrefixStep(4000, 10_000, 2 * SLICE_MS), 4000, 'twice as slow: half the step');
  assert.equal(nextPrefixStep(4000, 10, 100), MIN_PREFIX_STEP);
  assert.equal(nextPrefixStep(4000, 10_000_000, 1), MAX_PREFIX_STEP);
  assert.equal(nextPrefixStep(5000, 0, 40), 5000);
  assert.equal(nextPrefixStep(5000, 1000, 0), 20_000, 'a slice under a millisecond counts as one');
});
