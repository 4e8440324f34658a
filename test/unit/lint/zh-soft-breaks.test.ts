/**
 * Soft line breaks inside a Chinese paragraph (issue 12): a single newline does not end a sentence, the sentence
 * rules count across it, and every range stays an exact offset into the source (LF and CRLF).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/index';
import { only, spans } from './helpers';

// 69 Han characters, 4 的 and 4 ，: one sentence wrapped over three lines, as editors with a fill column write it.
const LINES = [
  '我们团队的服务在高峰期间的缓存',
  '配置出了问题，所以上个月的值班同学，花了很多时间排查，最后发现是',
  '配置中心推送的版本不对，回滚之后就恢复了正常。',
];

for (const eol of ['\n', '\r\n']) {
  const name = eol === '\n' ? 'LF' : 'CRLF';
  const text = `# 事故复盘${eol}${eol}${LINES.join(eol)}${eol}${eol}下一段。${eol}`;
  const paragraph = text.indexOf(LINES[0]!);
  const end = text.indexOf('正常。') + 3;

  test(`soft line breaks (${name}): one sentence across the lines; zh-sentence-length, zh-de-chain and zh-comma-chain count across them`, () => {
    const findings = lintText(text, only('zh-sentence-length', 'zh-de-chain', 'zh-comma-chain')).findings;
    assert.deepEqual(findings.map((f) => [f.rule, f.range.start, f.range.end]), [
      ['zh-comma-chain', paragraph, end], ['zh-de-chain', paragraph, end], ['zh-sentence-length', paragraph, end],
    ]);
    const length = findings.find((f) => f.rule === 'zh-sentence-length')!;
    assert.equal(length.data.count, LINES.join('').replace(/[，。]/g, '').length, 'every Han character of the three lines counts');
    assert.equal(findings.find((f) => f.rule === 'zh-de-chain')!.data.count, 4);
    // The same sentence on one line gives the same counts: the breaks change nothing.
    const oneLine = lintText(LINES.join(''), only('zh-sentence-length', 'zh-de-chain', 'zh-comma-chain')).findings;
    assert.deepEqual(oneLine.map((f) => [f.rule, f.data.count]), findings.map((f) => [f.rule, f.data.count]));
  });

  test(`soft line breaks (${name}): word, spacing and punctuation findings keep exact offsets after the breaks`, () => {
    const wrapped = `这个功能其实${eol}很简单，我们用React${eol}写成,上线后其实${eol}现了不少需求。`;
    const findings = lintText(wrapped, only('zh-filler', 'zh-space-latin', 'zh-fullwidth-punctuation', 'zh-no-space-fullwidth')).findings;
    // 其实 before the break is the filler; 其实 + 现 across a break is not (其实现 reads as one word there too);
    // a line break is no missing space (用React is flagged, React⏎写 is not) and no space to remove after ，.
    findings.sort((a, b) => a.range.start - b.range.start);
    assert.deepEqual(spans(wrapped, findings), [['zh-filler', '其实'], ['zh-space-latin', '用R'], ['zh-fullwidth-punctuation', ',']]);
    assert.equal(findings[0]!.range.start, wrapped.indexOf('其实'));
    assert.equal(findings[2]!.range.start, wrapped.indexOf(','));
  });
}
