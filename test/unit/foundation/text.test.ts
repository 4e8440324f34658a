/**
 * src/core/text.ts is the one home of line breaks, line starts and text edits. Every line rule in Lectern is VS Code's
 * and markdown-it's: a line ends at \n, \r\n or a lone \r. Each helper is checked on LF, CRLF, lone CR and a mix.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  LineIndex, afterBreak, applyEdits, breakBefore, diffEdit, eolOf, indentWidth, lineBounds, lineContentEnd, lineEndAt,
  lineStartAt, nextLineStart, overlaps, skipBlanks,
  type TextEdit,
} from '../../../src/core/text';

const LF = 'one\ntwo\nthree';
const CRLF = 'one\r\ntwo\r\nthree';
const CR = 'one\rtwo\rthree';
/** Lines start at 0, 4 (after \n), 9 (after \r\n), 15 (after a lone \r), 20 (after \n). */
const MIXED = 'one\ntwo\r\nthree\rfour\nfive';

test('eolOf: the first line break found (a lone CR counts), else \\n', () => {
  assert.equal(eolOf(LF), '\n');
  assert.equal(eolOf(CRLF), '\r\n');
  assert.equal(eolOf(CR), '\r');
  assert.equal(eolOf('a\r\nb\nc'), '\r\n');
  assert.equal(eolOf('a\rb\r\nc'), '\r');
  assert.equal(eolOf('a\nb\r\nc'), '\n');
  assert.equal(eolOf('no break'), '\n');
  assert.equal(eolOf(''), '\n');
});

test('lineBounds: starts and content ends on LF, CRLF, lone CR and mixed text', () => {
  assert.deepEqual(lineBounds(LF), { starts: [0, 4, 8], ends: [3, 7, 13] });
  assert.deepEqual(lineBounds(CRLF), { starts: [0, 5, 10], ends: [3, 8, 15] });
  assert.deepEqual(lineBounds(CR), { starts: [0, 4, 8], ends: [3, 7, 13] });
  assert.deepEqual(lineBounds(MIXED), { starts: [0, 4, 9, 15, 20], ends: [3, 7, 14, 19, 24] });
  assert.deepEqual(lineBounds(''), { starts: [0], ends: [0] });
  assert.deepEqual(lineBounds('a\n'), { starts: [0, 2], ends: [1, 2] });
  // \n\r is two breaks (LF, then a lone CR), not one.
  assert.deepEqual(lineBounds('a\n\rb'), { starts: [0, 2, 3], ends: [1, 2, 4] });
});

test('lineStartAt: start of the line holding an offset, clamped to the text', () => {
  for (const [offset, start] of [[0, 0], [3, 0], [4, 4], [7, 4], [9, 9], [14, 9], [15, 15], [19, 15], [20, 20], [24, 20]] as const) {
    assert.equal(lineStartAt(MIXED, offset), start, `offset ${offset}`);
  }
  assert.equal(lineStartAt(MIXED, -5), 0);
  assert.equal(lineStartAt(MIXED, 999), 20);
  assert.equal(lineStartAt(CR, 6), 4);
  assert.equal(lineStartAt(CRLF, 8), 5);
});

test('lineEndAt and nextLineStart: content end and next line on each kind of break', () => {
  assert.deepEqual(lineEndAt(MIXED, 0), { contentEnd: 3, next: 4 });
  assert.deepEqual(lineEndAt(MIXED, 5), { contentEnd: 7, next: 9 });
  assert.deepEqual(lineEndAt(MIXED, 9), { contentEnd: 14, next: 15 });
  assert.deepEqual(lineEndAt(MIXED, 15), { contentEnd: 19, next: 20 });
  assert.deepEqual(lineEndAt(MIXED, 20), { contentEnd: 24, next: 24 });
  assert.deepEqual(lineEndAt(CR, 1), { contentEnd: 3, next: 4 });
  assert.deepEqual(lineEndAt(CRLF, 1), { contentEnd: 3, next: 5 });
  assert.equal(nextLineStart(CRLF, 0), 5);
  assert.equal(nextLineStart(CR, 0), 4);
  assert.equal(nextLineStart(LF, 10), LF.length);
  // Every next line start is a line start of lineBounds.
  for (const text of [LF, CRLF, CR, MIXED]) {
    const { starts, ends } = lineBounds(text);
    for (let k = 0; k < starts.length; k++) {
      assert.deepEqual(lineEndAt(text, starts[k]!), { contentEnd: ends[k]!, next: k + 1 < starts.length ? starts[k + 1]! : text.length });
    }
  }
});

test('breakBefore: length of the break that ends just before an offset', () => {
  assert.equal(breakBefore(MIXED, 4), 1);
  assert.equal(breakBefore(MIXED, 9), 2);
  assert.equal(breakBefore(MIXED, 15), 1);
  assert.equal(breakBefore(MIXED, 8), 1); // inside \r\n: the \r alone ends there
  assert.equal(breakBefore(MIXED, 2), 0);
  assert.equal(breakBefore(MIXED, 0), 0);
});

test('LineIndex maps offsets and positions both ways with the same line rule', () => {
  const index = new LineIndex(MIXED);
  assert.deepEqual(index.lineStarts, [0, 4, 9, 15, 20]);
  assert.equal(index.lineCount, 5);
  assert.deepEqual(index.positionAt(16), { line: 3, character: 1 });
  assert.deepEqual(index.positionAt(8), { line: 1, character: 4 });
  assert.equal(index.offsetAt({ line: 3, character: 1 }), 16);
  assert.equal(index.offsetAt({ line: 0, character: 99 }), 4);
  for (let offset = 0; offset <= MIXED.length; offset++) {
    const p = index.positionAt(offset);
    if (MIXED[offset - 1] === '\r' && MIXED[offset] === '\n') continue; // between \r and \n: not a position of its own
    assert.equal(index.offsetAt(p), offset, `offset ${offset}`);
  }
});

test('overlaps: intersecting ranges and inserts inside a range conflict; touching ranges do not', () => {
  const e = (start: number, end: number): TextEdit => ({ range: { start, end }, newText: '' });
  assert.equal(overlaps(e(1, 4), e(3, 6)), true);
  assert.equal(overlaps(e(1, 3), e(3, 6)), false);
  assert.equal(overlaps(e(2, 2), e(2, 2)), true);
  assert.equal(overlaps(e(2, 2), e(3, 3)), false);
  assert.equal(overlaps(e(3, 3), e(1, 5)), true);
  assert.equal(overlaps(e(1, 5), e(3, 3)), true);
  assert.equal(overlaps(e(1, 1), e(1, 5)), false);
  assert.equal(overlaps(e(5, 5), e(1, 5)), false);
});

test('applyEdits applies edits in offset order; overlapping edits give undefined', () => {
  const edits: TextEdit[] = [{ range: { start: 5, end: 8 }, newText: 'TWO' }, { range: { start: 0, end: 3 }, newText: '1' }];
  assert.equal(applyEdits(CRLF, edits), '1\r\nTWO\r\nthree');
  assert.equal(applyEdits('abc', []), 'abc');
  assert.equal(applyEdits('abcdef', [{ range: { start: 1, end: 4 }, newText: 'X' }, { range: { start: 2, end: 5 }, newText: 'Y' }]), undefined);
});

test('diffEdit: the one edit between common prefix and suffix, none for equal texts, line breaks kept', () => {
  assert.deepEqual(diffEdit('hello big world', 'hello small world'), [{ range: { start: 6, end: 9 }, newText: 'small' }]);
  assert.deepEqual(diffEdit('same', 'same'), []);
  assert.deepEqual(diffEdit('aaa', 'aa'), [{ range: { start: 2, end: 3 }, newText: '' }]);
  assert.deepEqual(diffEdit('', 'x'), [{ range: { start: 0, end: 0 }, newText: 'x' }]);
  // A lone CR turned into CRLF is an insertion of the \n only.
  assert.deepEqual(diffEdit('a\rb', 'a\r\nb'), [{ range: { start: 2, end: 2 }, newText: '\n' }]);
  for (const [before, after] of [[LF, CRLF], [CR, MIXED], [MIXED, LF]] as const) {
    assert.equal(applyEdits(before, diffEdit(before, after)), after);
  }
});

test('the allocation-free line walk (lineContentEnd + afterBreak) visits the same lines as lineBounds', () => {
  for (const text of ['one\ntwo\nthree', 'one\r\ntwo\r\n', 'one\rtwo\r\rthree', 'a\r\n\nb\rc\n', '', '\n']) {
    const { starts, ends } = lineBounds(text);
    for (const hasCR of text.includes('\r') ? [true] : [true, false]) {
      const walked: Array<[number, number]> = [];
      let pos = 0;
      for (let line = 0; line < starts.length; line++) {
        const end = lineContentEnd(text, pos, hasCR);
        walked.push([pos, end]);
        pos = afterBreak(text, end);
      }
      assert.deepEqual(walked, starts.map((s, i) => [s, ends[i]!]), JSON.stringify(text));
      assert.equal(pos, text.length);
    }
  }
  // lineEndAt past the end stays clamped to it.
  assert.deepEqual(lineEndAt('ab', 9), { contentEnd: 2, next: 2 });
});

test('leading blanks: skipBlanks finds the first other character; indentWidth counts a tab to the next stop of 4', () => {
  assert.equal(skipBlanks('  \t x', 0, 5), 4);
  assert.equal(skipBlanks('   ', 0, 3), 3);
  assert.equal(indentWidth(' \t', 0, 2), 4);
  assert.equal(indentWidth('\t  \t', 0, 4), 8);
  assert.equal(indentWidth('     ', 1, 4), 3);
});
