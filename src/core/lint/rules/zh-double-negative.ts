import { sentenceRule, type RuleFinding } from '../rule-types';
import { ZH_NOT_NEGATIONS } from '../data/zh-words';
import { sentenceMatches } from '../zh';

/**
 * Two negations that make a positive: 不是不, 不能不, 并非不, 无不, 不无, and 没有 … 不 with a universal subject (没有人不知道, 没有一个…不): 没有成功就不提交 is a condition, not a double negative.
 * The second 不 must be a negation: 不同, 不断, 不少 are words of their own (ZH_NOT_NEGATIONS).
 */
const PATTERN = /不是不|不能不|并非不|并不是不|无不|不无|没有(?:人|谁|一个人|一个|任何人|什么人|哪个人|哪个)[^，。；：！？、,.;:!?\s]{0,2}?不/g;

export default sentenceRule({
  id: 'zh-double-negative',
  description: 'A double negative: 不是不, 不能不, 没有…不, 并非不, 无不…',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'sentence',
  options: {},
  why: 'Two negations make the reader undo both to find a positive; say the positive (不是不可以 → 可以).',
  example: { bad: '这个方案不是不可以，但没有人不担心性能。', good: '这个方案可以用，但大家都担心性能。' },
  notes: 'Only in Chinese sentences. 没有…不 is reported when its subject is universal (没有人不, 没有谁不, 没有一个…不, 没有任何人不): 没有成功就不提交 and 没有机制保证不丢失 are conditions and scopes, not double negatives. A 不 that begins a word of its own (不同, 不断, 不少, 不过, 不仅, 不良…) is not a negation: 没有不同 and 并无不良 are not reported.',
  examples: {
    ok: ['这个方案可以用。', '两个版本没有不同。', '没有成功就不提交。', '我们不断改进。', '并无不良反应。'],
    notOk: ['这个方案不是不可以。', '我们不能不承认这一点。', '没有人不担心性能。', '大家无不赞成。'],
  },
  check(ctx) {
    if (!ctx.sentence.cjk) return [];
    const out: RuleFinding[] = [];
    for (const { match, text, at, start, end } of sentenceMatches(ctx, PATTERN)) {
      const last = at + match[0].length - 1; // the second negation's 不
      const second = text.slice(last, last + 2);
      if (text[last] === '不' && ZH_NOT_NEGATIONS.includes(second)) continue;
      if (match[0] === '不无' && text.slice(at, at + 3) === '不无聊') continue;
      out.push({ messageId: 'double', data: { text: match[0] }, range: { start, end } });
    }
    return out;
  },
});
