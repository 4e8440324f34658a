import { blockRule, type RuleFinding } from '../rule-types';

/**
 * A Han character touching a Latin letter. Code, URLs, HTML and math are U+001F in the masked text and markup is
 * blanked to spaces, so only prose letters can touch; "**React**的" (markup between them) is not flagged.
 */
const BOUNDARY = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff](?=[A-Za-z])|[A-Za-z](?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/g;

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
  notes: 'Applies at every boundary between Han and Latin letters, in Chinese and English sentences alike. Never inside code, URLs, HTML, link destinations or math. The fix inserts one space.',
  examples: {
    ok: ['我们使用 React 构建界面。', '这段代码用 `useState` 管理状态。', '见 https://example.com/文档 的说明。'],
    notOk: ['我们使用React构建界面。', '用Go写的服务。'],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    const t = ctx.text;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(t); m; m = BOUNDARY.exec(t)) {
      const at = m.index + 1;
      out.push({
        messageId: 'noSpace',
        data: { before: t[m.index]!, after: t[at]! },
        range: { start: m.index, end: at + 1 },
        fix: { titleId: 'fix.addSpace', edits: [{ range: { start: at, end: at }, newText: ' ' }] },
      });
    }
    return out;
  },
});
