import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lintText } from '../../../src/core/lint/index';
import type { Fix } from '../../../src/core/lint/types';

const fix = (title: string, ...edits: Array<[number, number, string]>): Fix => ({
  title, edits: edits.map(([start, end, newText]) => ({ range: { start, end }, newText })),
});

test('applies non-overlapping edits in any order', () => {
  const text = 'abcdefghij';
  const r = applyFixes(text, [fix('b', [5, 6, 'F']), fix('a', [0, 1, 'AA']), fix('c', [9, 10, ''])]);
  assert.deepEqual(r, { text: 'AAbcdeFghi', applied: 3, skipped: 0 });
});

test('overlapping fixes: the earlier one wins, the other is skipped whole', () => {
  const text = 'abcdefghij';
  const r = applyFixes(text, [fix('late', [3, 6, 'X']), fix('early', [1, 4, 'Y']), fix('multi', [8, 9, '8'], [5, 5, '!'])]);
  assert.deepEqual(r, { text: 'aYe!fgh8j', applied: 2, skipped: 1 });
  assert.deepEqual(applyFixes(text, [fix('a', [2, 2, 'x']), fix('b', [2, 2, 'y'])]), { text: 'abxcdefghij', applied: 1, skipped: 1 });
  assert.deepEqual(applyFixes(text, [fix('a', [2, 5, 'x']), fix('b', [5, 5, 'y'])]), { text: 'abxyfghij', applied: 2, skipped: 0 });
});

test('bad edits are skipped, not thrown', () => {
  const text = 'abc';
  assert.deepEqual(applyFixes(text, [fix('out', [2, 9, 'x']), fix('neg', [-1, 1, 'x']), fix('rev', [2, 1, 'x']), fix('none')]), { text: 'abc', applied: 0, skipped: 4 });
  assert.deepEqual(applyFixes('', []), { text: '', applied: 0, skipped: 0 });
});

test('fix-all over lint findings converges: a second lint has no fixable findings left', () => {
  const text = 'It took a hour to restart the the server. An user, a index and the the end.\n';
  const first = lintText(text);
  const fixes = first.findings.flatMap((f) => (f.fix ? [f.fix] : []));
  assert.ok(fixes.length >= 4);
  const r = applyFixes(text, fixes);
  assert.equal(r.skipped, 0);
  assert.ok(r.text.startsWith('It took an hour to restart the server. A user, an index and the end.'), r.text);
  assert.deepEqual(lintText(r.text).findings.filter((f) => f.fix && (f.rule === 'article' || f.rule === 'repeated-word')), []);
});
