/**
 * The editor's slicing numbers (src/extension/lint/slices.ts): a slice that finished a chunk keeps the short slice, one
 * that finished none doubles the next (so a chunk longer than a slice is still linted), and a slice never runs past
 * the document's whole budget. A first lint by prefixes cuts where a chunk can start and sizes each step by the last.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Linter, lintText } from '../../../src/core/lint/index';
import { prng } from '../helpers/prng';
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

/** Pieces of Markdown that make chunks long, open (a fence or an HTML block with blank lines) or suppressed. */
const PIECES = [
  '# Notes from the release week\n',
  'The build was rebuilt by the the night shift, and it took a hour to finish. Really!\n',
  'We utilize the queue in order to absorb bursts; it seems that it basically works.\n',
  '- the first step was skipped\n- an upgrade of the the agent\n\n  continued after a blank line\n',
  '```text\nthe the output\n\nwas printed by the tool\n```\n',
  '<div>\nraw markup was kept\n\nand more of it\n</div>\n',
  '<!-- lectern-disable hedge -->\nPerhaps it is maybe fine.\n<!-- lectern-enable -->\n',
  '| step | the the |\n|---|---|\n| was done | yes |\n',
  'A team of Site Reliability Engineering (SRE) people met. The SRE team wrote it up.\r\n',
  Array.from({ length: 30 }, (_, i) => `Sentence ${i} of a long paragraph was written to be long.`).join(' ') + '\n',
];

function draft(rand: () => number): string {
  const parts = rand() < 0.5 ? ['---\ntitle: A week\nlectern:\n  disable: [cliche]\n---\n\n'] : [];
  const n = 20 + Math.floor(rand() * 120);
  for (let i = 0; i < n; i++) parts.push(PIECES[Math.floor(rand() * PIECES.length)]!, rand() < 0.85 ? '\n' : '');
  return parts.join('');
}

test('a first lint by growing prefixes, slices cut short by the budget included, gives exactly the findings of one whole lint', () => {
  const rand = prng(1103);
  let stopped = 0;
  for (let doc = 0; doc < 30; doc++) {
    const text = draft(rand);
    const whole = lintText(text, undefined, undefined, { ms: Infinity, now: () => 0 });
    const linter = new Linter();
    // As the controller does: each slice lints up to a cut after the last one reached, the last slice the whole text.
    let cut = 0;
    let step = 200 + Math.floor(rand() * FIRST_PREFIX_CHARS);
    let clock = 0;
    for (let slice = 0; ; slice++) {
      assert.ok(slice < 10_000, 'the slices end');
      const end = prefixEnd(text, cut + step);
      const input = end >= text.length ? text : text.slice(0, end);
      // One slice in four runs out of budget after a few clock reads (the clock ticks once per read).
      const ms = rand() < 0.25 ? Math.floor(rand() * 3) : Infinity;
      const result = linter.lint(input, { ms, now: () => ++clock });
      if (linter.stoppedAt !== undefined) stopped++;
      if (input === text && linter.stoppedAt === undefined) {
        assert.deepEqual(result, whole, `document ${doc}`);
        break;
      }
      const reached = input === text ? cut : Math.max(cut, linter.stoppedAt ?? end);
      step = nextPrefixStep(step, reached - cut, 1 + Math.floor(rand() * 40));
      cut = reached;
    }
  }
  assert.ok(stopped > 20, `slices were cut short by the budget (${stopped})`);
});
