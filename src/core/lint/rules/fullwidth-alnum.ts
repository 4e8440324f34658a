import { blockRule, type RuleFinding } from '../rule-types';
import { hasWideText } from '../zh';

/** Full-width digits and letters: ０-９, Ａ-Ｚ, ａ-ｚ (U+FF10-FF19, U+FF21-FF3A, U+FF41-FF5A). */
const FULLWIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;

/** The half-width form: each full-width character is 0xFEE0 above its ASCII one. */
function halfWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) - 0xfee0);
  return out;
}

export default blockRule({
  id: 'fullwidth-alnum',
  description: 'Full-width letters or digits (ＡＰＩ１２ → API12).',
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'block',
  options: {},
  why: 'Full-width letters and digits look out of place, break search ("API" does not find "ＡＰＩ") and copy badly '
    + 'into code. Chinese text uses half-width letters and digits.',
  example: { bad: '调用ＡＰＩ查询１２３条记录。', good: '调用 API 查询 123 条记录。' },
  notes: 'The fix converts the run to half-width; the spacing rules (`zh-space-latin`, `zh-space-number`) then add the spaces around it, in the same `--fix`.',
  examples: {
    ok: ['调用 API 查询 123 条记录。', '全角标点“，”不算。'],
    notOk: ['调用ＡＰＩ查询。', '共有１２３条记录。'],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    // Needs a character of zh.ts's WIDE (a full-width letter or digit): English prose skips the scan.
    if (!hasWideText(ctx)) return out;
    const t = ctx.text;
    FULLWIDTH.lastIndex = 0;
    for (let m = FULLWIDTH.exec(t); m; m = FULLWIDTH.exec(t)) {
      const range = { start: m.index, end: m.index + m[0].length };
      const replacement = halfWidth(m[0]);
      out.push({
        messageId: 'fullwidth',
        data: { text: m[0], replacement },
        range,
        fix: { titleId: 'fix.replace', data: { replacement }, edits: [{ range, newText: replacement }] },
      });
    }
    return out;
  },
});
