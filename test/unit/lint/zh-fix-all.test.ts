/** The core of the editor's Fix All (fixToFixedPoint): one call reaches the fixed point, fix(fix(x)) == fix(x). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, defaultConfig, fixToFixedPoint, lintText, type LecternConfig } from '../../../src/core/lint/index';
import { only } from './helpers';
import { mixedLines } from './zh-lines';

const ZH = ['zh-space-latin', 'zh-space-number', 'zh-fullwidth-punctuation', 'zh-no-space-fullwidth', 'fullwidth-alnum',
  'zh-repeated-punctuation', 'zh-ellipsis'];

function fixAll(text: string, config: LecternConfig): string {
  return fixToFixedPoint(text, (t) => lintText(t, config)).text;
}

function fixOnce(text: string, config: LecternConfig): string {
  return applyFixes(text, lintText(text, config).findings.flatMap((f) => (f.fix ? [f.fix] : []))).text;
}

for (const [name, config] of [['the Chinese typography rules', only(...ZH)], ['every rule (lectern:strict)', defaultConfig('lectern:strict')]] as const) {
  test(`Fix All's core reaches the fixed point in one call on 2,000 generated lines: ${name}`, () => {
    const lines = mixedLines(1203, 2000, { fullwidthAlnum: true, halfPunctuation: true, fullPunctuation: true, noise: true });
    const failures: string[] = [];
    let changed = 0;
    let onePassShort = 0;
    for (const line of lines) {
      const result = fixToFixedPoint(line, (t) => lintText(t, config));
      if (result.text !== line) changed++;
      if (!result.fixedPoint) failures.push(`not a fixed point after ${result.passes} passes: ${line}`);
      const again = fixAll(result.text, config);
      if (again !== result.text) failures.push(`${line}\n→ ${result.text}\n→ ${again}`);
      const once = fixOnce(line, config);
      if (fixOnce(once, config) !== once) onePassShort++;
    }
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} of 2000 lines change on a second Fix All`);
    assert.ok(changed > 1500, `only ${changed} of 2000 lines had something to fix`);
    // The lines are hard enough that a single lint-and-apply pass is not always enough (what the loop is for).
    assert.ok(onePassShort > 0, 'no generated line needs a second pass: the generator no longer tests the loop');
  });
}

test('fixToFixedPoint: uses the lint it is given first, stops at the cap, and says whether it got to the fixed point', () => {
  const config = only(...ZH);
  let lints = 0;
  const lint = (t: string) => { lints++; return lintText(t, config); };
  const text = '用ＡＰＩ查询１２３ ，好!!';
  const first = lintText(text, config);
  const result = fixToFixedPoint(text, lint, first);
  assert.equal(result.text, fixAll(text, config));
  assert.equal(result.fixedPoint, true);
  assert.equal(lints, result.passes, 'one lint per pass after the first, plus the last lint that finds nothing to fix');
  assert.deepEqual(result.result.findings, lintText(result.text, config).findings, 'the result carries the lint of the fixed text');
  assert.deepEqual(fixToFixedPoint('没有问题。', lint), { text: '没有问题。', result: lintText('没有问题。', config), applied: 0, passes: 0, fixedPoint: true });
  // A fix that undoes itself never converges: the cap stops it and the result says so.
  const flip = (t: string) => ({ findings: [{ rule: 'x', severity: 'warning' as const, messageId: 'm', data: {}, message: 'm', range: { start: 0, end: 1 },
    fix: { title: 'flip', edits: [{ range: { start: 0, end: 1 }, newText: t[0] === 'a' ? 'b' : 'a' }] } }] });
  const capped = fixToFixedPoint('a', flip, undefined, 3);
  assert.deepEqual([capped.text, capped.passes, capped.fixedPoint], ['b', 3, false]);
});
