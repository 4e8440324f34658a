import { sentenceRule, type RuleFinding } from '../rule-types';
import { ZH_FILLER } from '../data/zh-words';
import { isExcepted, onWordBoundaries, sentenceMatches, wordsPattern } from '../zh';

const PATTERN = wordsPattern(ZH_FILLER.map((e) => e.word));
const ENTRY = new Map(ZH_FILLER.map((e) => [e.word, e]));

export default sentenceRule({
  id: 'zh-filler',
  description: 'Filler and vague Chinese words: 其实, 基本上, 可以说, 非常, 一些, 大量, 几乎, 事实上, 显然…',
  defaultSeverity: 'info',
  fixable: false,
  scope: 'sentence',
  options: {},
  why: 'Filler takes room and says nothing: 其实, 显然 and 可以说 carry no information, and 一些, 大量 and 几乎 make the reader guess the amount. Delete the word, or give the number.',
  example: { bad: '其实这个方案基本上可以减少大量的请求。', good: '这个方案把请求减少了 40%。' },
  notes: 'Only in Chinese sentences. A word matches only on word boundaries (Intl.Segmenter, asked about a few characters around the match), and never inside the longer words of its exception list: 其实 is not in 其实现, 十分 not in 十分钟, 非常 not in 非常量. Words whose removal leaves a correct sentence offer deleting as a suggestion (never applied automatically).',
  entries: ZH_FILLER.map((e) => ({ match: [e.word] })),
  examples: {
    ok: ['这个接口及其实现都在同一个包里。', '等十分钟再重试。', '非常量表达式不能放在这里。', '请求减少了 40%。'],
    notOk: ['其实这个方案不难。', '这个改动非常重要。', '我们做了一些优化。', '他十分高兴。'],
  },
  check(ctx) {
    const { sentence, block } = ctx;
    if (!sentence.cjk) return [];
    const out: RuleFinding[] = [];
    for (const { match, start, end } of sentenceMatches(ctx, PATTERN)) {
      const entry = ENTRY.get(match[0])!;
      if (isExcepted(block.text, start, entry.word, entry.except)) continue;
      if (!onWordBoundaries(block, start, end)) continue;
      const finding: RuleFinding = { messageId: 'filler', data: { text: match[0] }, range: { start, end } };
      if (entry.removable) finding.suggestions = [{ titleId: 'fix.remove', data: { text: match[0] }, edits: [{ range: { start, end }, newText: '' }] }];
      out.push(finding);
    }
    return out;
  },
});
