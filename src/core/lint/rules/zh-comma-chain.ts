import { sentenceRule } from '../rule-types';
import { sentenceLength } from '../zh';

type Options = { minCommas: number; minLength: number };

export default sentenceRule<Options>({
  id: 'zh-comma-chain',
  description: '一逗到底: four or more ， in one Chinese sentence longer than 60 (Han characters plus Latin words).',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'sentence',
  options: { minCommas: 4, minLength: 60 },
  why: 'A sentence strung together with commas (一逗到底) never tells the reader where one thought ends; a full stop after each point does.',
  example: {
    bad: '我们先看了日志，发现请求在网关就超时了，后来查了网关的配置，发现连接池太小，于是把连接池调大了，问题就解决了，但是过了一周又出现了类似的问题。',
    good: '我们先看了日志：请求在网关就超时了。网关的连接池太小，调大后问题解决了。但一周后，类似的问题又出现了。',
  },
  notes: 'Counts full-width commas (，) in a Chinese sentence; `minCommas` (4) or more in a sentence longer than `minLength` (60) is reported. The range is the sentence.',
  examples: {
    ok: ['我们先看了日志，发现请求超时了。', '一，二，三，四，五。'],
    notOk: ['我们先看了日志，发现请求在网关就超时了，后来查了网关的配置，发现连接池太小，于是把连接池调大了，问题就解决了，但是过了一周又出现了类似的问题。'],
  },
  check(ctx, options) {
    const { sentence, block } = ctx;
    if (!sentence.cjk) return [];
    const length = sentenceLength(sentence);
    if (length <= options.minLength) return [];
    let commas = 0;
    for (let i = sentence.start; i < sentence.end; i++) if (block.text.charCodeAt(i) === 0xff0c) commas++;
    if (commas < options.minCommas) return [];
    return [{ messageId: 'chain', data: { commas, count: length }, range: { start: sentence.start, end: sentence.end } }];
  },
});
