import { blockRule, type RuleFinding } from '../rule-types';
import { HAN, hasWideText, isHan, isMarkupGap } from '../zh';

/**
 * A Han character and a Latin letter (full-width ones included, which fullwidth-alnum turns half-width in the same
 * fix) with nothing between them but markup: `**React**的` and `[文档](url)中` read as touching. Code, URLs, HTML
 * and math are U+001F in the masked text and stay opaque, so `用 \`npm\`安装` is left alone.
 */
const LATIN = 'A-Za-z\\uff21-\\uff3a\\uff41-\\uff5a';
const BOUNDARY = new RegExp(`[${HAN}][ \\u001f]*[${LATIN}]|[${LATIN}][ \\u001f]*[${HAN}]`, 'g');

export default blockRule({
  id: 'zh-space-latin',
  description: 'A Chinese character next to a Latin letter with no space between them (我们使用React → 我们使用 React).',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'block',
  options: {},
  why: 'A space between Chinese and Latin text makes the English word stand out and the line easier to scan; the '
    + 'Chinese technical-writing guides agree on it.',
  example: { bad: '我们使用React构建界面。', good: '我们使用 React 构建界面。' },
  notes: 'Applies at every boundary between Han and Latin letters, in Chinese and English sentences alike, also across emphasis or a link (`**React**的`: the space goes outside the markup, next to the Han character). Never inside code, URLs, HTML, link destinations or math. The fix inserts one space.',
  examples: {
    ok: ['我们使用 React 构建界面。', '这段代码用 `useState` 管理状态。', '见 https://example.com/文档 的说明。', '用 **React** 写的。'],
    notOk: ['我们使用React构建界面。', '用Go写的服务。', '**React**的生态很大。', '调用ＡＰＩ查询。'],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    // Needs a character of zh.ts's WIDE (a Han character): English prose skips the scan.
    if (!hasWideText(ctx)) return out;
    const t = ctx.text;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(t); m; m = BOUNDARY.exec(t)) {
      const first = m.index;
      const last = m.index + m[0].length - 1;
      BOUNDARY.lastIndex = last; // the last character may start the next boundary
      if (last - first > 1 && !isMarkupGap(ctx, first + 1, last)) continue;
      // The space goes next to the Han character, outside any markup.
      const at = isHan(t.charCodeAt(first)) ? first + 1 : last;
      // Across markup the range is the Han character alone: it must not reach into a link destination.
      const han = at === last ? last : first;
      out.push({
        messageId: 'noSpace',
        data: { before: t[first]!, after: t[last]! },
        range: last - first > 1 ? { start: han, end: han + 1 } : { start: first, end: last + 1 },
        fix: { titleId: 'fix.addSpace', edits: [{ range: { start: at, end: at }, newText: ' ' }] },
      });
    }
    return out;
  },
});
