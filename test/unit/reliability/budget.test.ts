/**
 * The per-document time budget (engine.ts, LintBudget): a document whose rules run longer than the budget gets the
 * findings found so far and one located problem where checking stopped; the Linter's cache keeps only finished
 * chunks, so later calls complete the document instead of starting over. Deterministic: the clock is a counter.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { Linter, lintText, DEFAULT_LINT_BUDGET_MS, EDITOR_LINT_BUDGET_MS, type LintBudget } from '../../../src/core/lint/index';

const NONE: LintBudget = { ms: Infinity, now: () => 0 };

/** A clock that moves one millisecond every time it is read. */
function tickingClock(ms: number): LintBudget & { reads: () => number } {
  let t = 0;
  return { ms, now: () => t++, reads: () => t };
}

/** `n` different paragraphs (identical ones would be linted once: the engine caches chunks by their text). */
function paragraphs(n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += `We measured the the build ${i} times.\n\n`;
  return out;
}

const STOP = /^Lectern stopped checking this document here: its rules took longer than \d+ ms \(the per-document time budget\)/;

test('the default budget is 10 s per document (the editor 2 s) and ordinary prose never meets it', () => {
  assert.equal(DEFAULT_LINT_BUDGET_MS, 10_000);
  assert.equal(EDITOR_LINT_BUDGET_MS, 2000);
  const text = paragraphs(500);
  const r = lintText(text);
  assert.deepEqual(r.problems, []);
  assert.equal(r.findings.filter((f) => f.rule === 'repeated-word').length, 500);
});

test('a document over budget: findings so far, one located warning where checking stopped, nothing thrown', () => {
  const text = '# Title\n\n' + paragraphs(400);
  const full = lintText(text, undefined, undefined, NONE);
  const cut = lintText(text, undefined, undefined, tickingClock(200));
  assert.equal(cut.problems.length, 1);
  const problem = cut.problems[0]!;
  assert.match(problem.message, STOP);
  assert.equal(problem.severity, 'warning');
  const at = problem.range.start;
  assert.ok(at > 0 && at < text.length, 'inside the document');
  assert.ok(text[at - 1] === '\n', 'at the start of a line');
  assert.match(text.slice(at, problem.range.end), /^We measured the the build \d+ times\.$/, 'spans that line');
  const repeated = (r: typeof full): number => r.findings.filter((f) => f.rule === 'repeated-word').length;
  assert.ok(repeated(cut) > 0 && repeated(cut) < repeated(full), `some findings before the stop (${repeated(cut)} of ${repeated(full)})`);
  assert.ok(cut.findings.every((f) => f.range.start < at + 200), 'no rule ran far past the stop');
  // Every sentence and block rule finding before the stop is what a full lint finds there (document rules such as
  // heading-distance are not finished when the budget is spent).
  const before = (r: typeof full): unknown[] => r.findings.filter((f) => f.range.end <= at - 1000 && f.rule !== 'heading-distance');
  assert.deepEqual(before(cut), before(full));
});

test('a Linter that ran out of budget completes the document on later calls, then equals a full lint', () => {
  const text = paragraphs(400) + 'A last paragraph.\n';
  const full = lintText(text, undefined, undefined, NONE);
  const clock = tickingClock(300);
  const linter = new Linter(undefined, undefined, false, clock);
  let calls = 0;
  let result = linter.lint(text);
  while (result.problems.length > 0) {
    assert.ok(++calls < 200, 'finishes within 200 calls');
    const previousStop = result.problems[0]!.range.start;
    result = linter.lint(text);
    if (result.problems.length > 0) assert.ok(result.problems[0]!.range.start > previousStop, 'each call gets further');
  }
  assert.ok(calls > 0, 'the budget was met at least once');
  assert.deepEqual(result, full, 'a finished document equals a full lint (no partial chunk was cached as done)');
  assert.deepEqual(linter.lint(text + 'More.\n'), lintText(text + 'More.\n', undefined, undefined, NONE), 'and edits re-lint as usual');
});

test('a pathological document (one 200,000-word sentence) under a real 50 ms budget stops with the notice', () => {
  // Every sentence rule meets all 200,000 words at once; a full lint of this takes seconds. The budget cuts it between
  // rules (one rule call on one sentence is linear and is not interrupted).
  const text = 'the the '.repeat(100_000);
  const r = lintText(text, undefined, undefined, { ms: 50, now: () => Date.now() });
  const stops = r.problems.filter((p) => STOP.test(p.message));
  assert.equal(stops.length, 1);
  assert.equal(stops[0]!.range.start, 0, 'located at the sentence where checking stopped');
  assert.equal(stops[0]!.range.end, 200, 'a huge line is not underlined whole');
  for (const f of r.findings) assert.ok(f.range.end <= text.length);
});

test('a call past its budget parses no further chunk: a slice costs its budget, not a parse of the rest', () => {
  const text = paragraphs(400);
  const linter = new Linter(undefined, undefined, false, NONE);
  const r = linter.lint(text, tickingClock(100));
  assert.equal(r.problems.length, 1);
  assert.equal(linter.stoppedAt, r.problems[0]!.range.start, 'stoppedAt is where the notice is');
  assert.ok(linter.parsedChunks < 50, `only the chunks before the stop were parsed (${linter.parsedChunks} of 400)`);
  assert.equal(linter.finishedChunks, linter.parsedChunks - 1, 'all but the chunk it stopped in were finished');
  const finished = linter.finishedChunks;
  linter.lint(text);
  assert.equal(linter.stoppedAt, undefined, 'a call that finishes has no stop');
  assert.equal(linter.parsedChunks, 400 - finished, 'the next call lints only what the first did not finish');
});

test('one lint in slices (a per-call budget naming the whole one) equals a full lint; the notice names the whole budget', () => {
  const text = '# Title\n\n' + paragraphs(300) + 'A last paragraph.\n';
  const full = lintText(text, undefined, undefined, NONE);
  const linter = new Linter(undefined, undefined, false, NONE);
  const clock = tickingClock(0);
  let slices = 0;
  let result;
  do {
    result = linter.lint(text, { ms: 40, now: clock.now, of: 2000 });
    slices++;
    assert.ok(slices < 300, 'finishes');
  } while (linter.stoppedAt !== undefined);
  assert.ok(slices > 3, `several slices (${slices})`);
  assert.deepEqual(result, full);
  // The slices' notice names the whole budget it is a slice of.
  const cut = new Linter(undefined, undefined, false, NONE).lint(text, { ms: 40, now: tickingClock(0).now, of: 2000 });
  assert.match(cut.problems[0]!.message, /took longer than 2000 ms/);
});

test('a slice shorter than one chunk finishes no chunk (finishedChunks 0): the caller knows to give the next one more', () => {
  const text = 'One paragraph with a few sentences. It has more. And the the more.\n\nA second one.\n';
  const linter = new Linter(undefined, undefined, false, NONE);
  linter.lint(text, tickingClock(1));
  assert.notEqual(linter.stoppedAt, undefined);
  assert.equal(linter.finishedChunks, 0);
  linter.lint(text, NONE);
  assert.equal(linter.stoppedAt, undefined);
  assert.equal(linter.finishedChunks, 2);
});
