/** Chinese typography rules on sentences of our own: ranges, fixes, masking, and fixing to a fixed point. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lintText } from '../../../src/core/lint/index';
import { localizeFinding } from '../../../src/core/lint/messages/index';
import { only, spans } from './helpers';
import { prng } from '../helpers/prng';

const ZH = ['zh-space-latin', 'fullwidth-alnum', 'zh-repeated-punctuation'];

function fixAll(text: string): string {
  for (let pass = 0; pass < 10; pass++) {
    const fixes = lintText(text, only(...ZH)).findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const next = applyFixes(text, fixes).text;
    if (next === text) return text;
    text = next;
  }
  return text;
}

test('zh-space-latin: every Han/Latin boundary, in Chinese and English sentences; never in code, URLs or HTML', () => {
  const text = '我们使用React构建界面。We ship it with 中文docs.';
  assert.deepEqual(spans(text, lintText(text, only('zh-space-latin')).findings), [
    ['zh-space-latin', '用R'], ['zh-space-latin', 't构'], ['zh-space-latin', '文d'],
  ]);
  for (const quiet of ['用 `npm install`安装。', '见<https://example.com/a>文档。', '打开 https://example.com/path中文 页面。', '按<kbd>Ctrl</kbd>键。', '---\ntitle: 用React\n---\n正文。', '```\n用React\n```\n']) {
    assert.deepEqual(spans(quiet, lintText(quiet, only('zh-space-latin')).findings), [], quiet);
  }
  assert.equal(fixAll('我们使用React构建界面。'), '我们使用 React 构建界面。');
});

test('fullwidth-alnum and zh-repeated-punctuation: ranges and fixes', () => {
  const text = '调用ＡＰＩ查询１２３条！！为什么？？？就这样。。好吧。。。';
  assert.deepEqual(spans(text, lintText(text, only('fullwidth-alnum', 'zh-repeated-punctuation')).findings), [
    ['fullwidth-alnum', 'ＡＰＩ'], ['fullwidth-alnum', '１２３'], ['zh-repeated-punctuation', '！！'],
    ['zh-repeated-punctuation', '？？？'], ['zh-repeated-punctuation', '。。'],
  ]);
  assert.equal(fixAll('用ＡＰＩ查询１２３'), '用 API 查询１２３'.replace('１２３', '123'));
});

test('messages and fix titles in Chinese', () => {
  const [f] = lintText('我们使用React。', only('zh-space-latin')).findings;
  const zh = localizeFinding(f!, 'zh-CN');
  assert.equal(zh.message, '在“用”和“R”之间加一个空格：中文和西文之间要留空。');
  assert.equal(zh.fix!.title, '加一个空格');
});

test('fixing twice gives the same text as fixing once (generated lines)', () => {
  const random = prng(12);
  const parts = ['我们', '使用', 'React', 'Go', '１２', 'ＡＰＩ', '！！', '？？', '。', '，', ' ', 'v2', '构建', 'k8s'];
  for (let n = 0; n < 300; n++) {
    let line = '';
    const len = 3 + Math.floor(random() * 10);
    for (let k = 0; k < len; k++) line += parts[Math.floor(random() * parts.length)];
    const once = fixAll(line);
    assert.equal(fixAll(once), once, line);
    assert.deepEqual(lintText(once, only(...ZH)).findings.filter((f) => f.fix).map((f) => f.rule), [], `left after fixing: ${line} → ${once}`);
  }
});
