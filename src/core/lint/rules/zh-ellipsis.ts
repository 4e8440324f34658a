import { blockRule, type RuleFinding } from '../rule-types';
import { hasWideText, isFullwidthPunctuation, isHan, isRealSpace } from '../zh';

/** Three or more full stops or periods: an ellipsis typed the wrong way. */
const DOTS = /。{3,}|\.{3,}/g;

export default blockRule({
  id: 'zh-ellipsis',
  description: 'An ellipsis written as 。。。 or ... in Chinese text, which should be …….',
  defaultSeverity: 'info',
  fixable: true,
  scope: 'block',
  options: {},
  why: 'The Chinese ellipsis is two ellipsis characters (……) centred on the line; dots or repeated full stops sit on the baseline and break across lines.',
  example: { bad: '我们试了缓存、索引。。。都没用。', good: '我们试了缓存、索引……都没用。' },
  notes: '。。。 is always reported; ... when a Chinese character or full-width mark is next to it (directly, not across a space). The fix writes …… in place (spaces around it are left as they are: removing them could make new neighbours).',
  examples: {
    ok: ['我们试了缓存、索引……都没用。', 'Wait... what happened?', '用 `a...b` 展开。'],
    notOk: ['我们试了缓存、索引。。。都没用。', '我们试了很多办法...都没用。', '等一下...然后呢？'],
  },
  check(ctx) {
    const out: RuleFinding[] = [];
    // Needs a character of zh.ts's WIDE (。, or next to the dots a Han character, full-width punctuation or …): English prose skips the scan.
    if (!hasWideText(ctx)) return out;
    const t = ctx.text;
    DOTS.lastIndex = 0;
    for (let m = DOTS.exec(t); m; m = DOTS.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0][0] === '.') {
        // A direct neighbour counts, and a full-width mark across spaces (zh-no-space-fullwidth removes those spaces in
        // the same fix); a Chinese character across a space does not: one fix would make the next ... its neighbour.
        let p = start - 1;
        while (p >= 0 && isRealSpace(ctx, p)) p--;
        if (p < start - 1 && !isFullwidthPunctuation(t[p])) p = start - 1;
        let q = end;
        while (q < t.length && isRealSpace(ctx, q)) q++;
        if (q > end && !isFullwidthPunctuation(t[q])) q = end;
        const chinese = (ch: string | undefined, code: number): boolean => isHan(code) || isFullwidthPunctuation(ch) || ch === '\u2026';
        if (!(p >= 0 && chinese(t[p], t.charCodeAt(p))) && !chinese(t[q], t.charCodeAt(q))) continue;
      }
      out.push({
        messageId: 'ellipsis',
        data: { text: m[0] },
        range: { start, end },
        fix: { titleId: 'fix.ellipsis', edits: [{ range: { start, end }, newText: '……' }] },
      });
    }
    return out;
  },
});
