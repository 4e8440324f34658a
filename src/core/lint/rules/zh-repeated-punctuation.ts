import { blockRule, type RuleFinding } from '../rule-types';
import { hasWideText } from '../zh';

/** The same full-width ！, ？ or 。 twice or more in a row. (。。。 is an ellipsis: zh-ellipsis owns it.) */
const REPEATED = /([！？])\1+|。。(?!。)/g;

export default blockRule({
  id: 'zh-repeated-punctuation',
  description: 'A repeated full-width mark: ！！, ？？ or 。。.',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'block',
  options: {},
  why: 'One mark says it; a repeated one shouts and makes a technical post read like a chat message.',
  example: { bad: '终于上线了！！', good: '终于上线了！' },
  notes: 'Only repeats of the same mark are flagged (？！ is left alone). Three or more full stops (。。。) are an ellipsis and are reported by `zh-ellipsis` instead. The fix keeps one mark.',
  examples: {
    ok: ['终于上线了！', '真的吗？！'],
    notOk: ['终于上线了！！', '为什么？？？', '就这样。。'],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    // Needs a character of zh.ts's WIDE (！？。): English prose skips the scan.
    if (!hasWideText(ctx)) return out;
    const t = ctx.text;
    REPEATED.lastIndex = 0;
    for (let m = REPEATED.exec(t); m; m = REPEATED.exec(t)) {
      // 。。 right after another 。 is the tail of an ellipsis.
      if (m[0][0] === '。' && t[m.index - 1] === '。') continue;
      const range = { start: m.index, end: m.index + m[0].length };
      out.push({
        messageId: 'repeated',
        data: { marks: m[0] },
        range,
        fix: { titleId: 'fix.keepOne', data: { mark: m[0][0]! }, edits: [{ range: { start: m.index + 1, end: range.end }, newText: '' }] },
      });
    }
    return out;
  },
});
