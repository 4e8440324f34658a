import { sentenceRule } from '../rule-types';

/** 的 that is part of another word, not the particle: 的确, 目的, 的士, 的话, 标的, 有的放矢, 端的. */
const NOT_PARTICLE = /的确|目的|的士|的话|标的|有的放矢|端的|众矢之的/g;

type Options = { max: number };

export default sentenceRule<Options>({
  id: 'zh-de-chain',
  description: 'Four or more 的 in one Chinese sentence.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'sentence',
  options: { max: 3 },
  why: 'A chain of 的 stacks modifiers in front of a noun (我们的团队的服务的配置的问题); the reader has to hold them all before learning what the sentence is about. Split the chain or turn a modifier into a clause.',
  example: { bad: '这是我们团队的服务的配置文件的一个问题。', good: '问题出在我们团队服务的配置文件里。' },
  notes: 'Counts the particle 的 in a Chinese sentence; more than `max` (3) is reported. 的 inside 的确, 目的, 的士, 的话, 标的 and 有的放矢 is not the particle and is not counted. The range is the sentence.',
  examples: {
    ok: ['这是我们团队的服务。', '的确，这个目的很明确，我们的目标是清楚的。'],
    notOk: ['这是我们团队的服务的配置文件的一个问题的根源。'],
  },
  check(ctx, options) {
    const { sentence, block } = ctx;
    if (!sentence.cjk) return [];
    const text = block.text.slice(sentence.start, sentence.end).replace(NOT_PARTICLE, (w) => ' '.repeat(w.length));
    let count = 0;
    for (let i = text.indexOf('的'); i >= 0; i = text.indexOf('的', i + 1)) count++;
    if (count <= options.max) return [];
    return [{ messageId: 'chain', data: { count, max: options.max }, range: { start: sentence.start, end: sentence.end } }];
  },
});
