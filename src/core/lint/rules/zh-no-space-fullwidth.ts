import { blockRule, type RuleFinding } from '../rule-types';
import { hasWideText, isChineseQuote, isFullwidthPunctuation, isRealSpace } from '../zh';

const SPACES = /[ \t\u3000]+/g;

export default blockRule({
  id: 'zh-no-space-fullwidth',
  description: 'A space next to full-width punctuation (成本很高 ，但 → 成本很高，但).',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'block',
  options: {},
  why: 'Full-width punctuation already carries its own white space; a space next to it leaves a visible gap in the line.',
  example: { bad: '成本很高 ，但值得。', good: '成本很高，但值得。' },
  notes: 'Full-width marks are ，。、；：！？ and the Chinese brackets （）《》「」『』【】; curly quotes count when they quote Chinese text (“你好”), not English (“hello”). Indentation and spaces at a line end are left alone, and so is markup (`**重点**，`). The fix removes the spaces.',
  examples: {
    ok: ['成本很高，但值得。', 'He said “hello” to me.', '这是**重点**，请注意。', '参见《设计模式》一书。'],
    notOk: ['成本很高 ，但值得。', '成本很高， 但值得。', '参见 《设计模式》一书。', '他说 “你好” 就走了。'],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    // Needs a character of zh.ts's WIDE (full-width punctuation, or a Han character by a curly quote): English prose skips the scan.
    if (!hasWideText(ctx)) return out;
    const t = ctx.text;
    SPACES.lastIndex = 0;
    for (let m = SPACES.exec(t); m; m = SPACES.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start === 0 || end >= t.length || t[start - 1] === '\n' || t[end] === '\n' || t[end] === '\r') continue;
      let real = true;
      for (let k = start; k < end; k++) if (!isRealSpace(ctx, k)) { real = false; break; }
      if (!real) continue;
      const left = isFullwidthPunctuation(t[start - 1]) || isChineseQuote(t, start - 1);
      const right = isFullwidthPunctuation(t[end]) || isChineseQuote(t, end);
      if (!left && !right) continue;
      // 。 。 or ！ ！: removing the space would make a repeated mark that zh-repeated-punctuation fixes only on a
      // second pass; leave such typos to the writer so that one fix pass stays a fixed point.
      if (t[start - 1] === t[end] && '。！？'.includes(t[end]!) && !t.slice(Math.max(0, start - 3), start).startsWith('。。。')) continue;
      const mark = left ? t[start - 1]! : t[end]!;
      out.push({
        messageId: 'space',
        data: { mark },
        range: { start: left ? start - 1 : start, end: left ? end : end + 1 },
        fix: { titleId: 'fix.removeSpace', edits: [{ range: { start, end }, newText: '' }] },
      });
    }
    return out;
  },
});
