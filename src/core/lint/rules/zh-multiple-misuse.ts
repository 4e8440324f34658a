import { sentenceRule } from '../rule-types';
import { hasWideText, sentenceMatches } from '../zh';

/** 降低, 减少, 下降 (and their near synonyms), then "N 倍", with an optional 了 and a hedge between. */
const PATTERN = /(降低|减少|下降|减小|缩小|缩短|减轻)(了)?\s*(约|近|将近|超过|大约)?\s*([0-9０-９]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千万半]+)\s*倍/g;

export default sentenceRule({
  id: 'zh-multiple-misuse',
  description: '降低, 减少 or 下降 followed by "N 倍": a decrease cannot be a multiple; suggest a percentage.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'sentence',
  options: {},
  why: 'A quantity can grow by N times but cannot shrink by N times: 降低了 3 倍 could mean a third, a quarter or nothing sensible. Give the percentage or the fraction.',
  example: { bad: '新算法让延迟降低了 3 倍。', good: '新算法让延迟降低了 67%（降到原来的三分之一）。' },
  notes: 'Reports 降低, 减少, 下降, 减小, 缩小, 缩短 or 减轻, an optional 了 and 约/近/超过, then a number and 倍. 提高 3 倍 and 增加 3 倍 are not reported.',
  examples: {
    ok: ['延迟降低了 67%。', '吞吐提高了 3 倍。', '内存降到原来的三分之一。'],
    notOk: ['新算法让延迟降低了 3 倍。', '错误率减少两倍。', '成本下降了近10倍。'],
  },
  check(ctx) {
    // The pattern needs Han characters (zh.ts's WIDE): English prose skips it.
    if (!hasWideText(ctx.block)) return [];
    return sentenceMatches(ctx, PATTERN).map(({ match, start, end }) => ({
      messageId: 'multiple',
      data: { text: match[0], verb: match[1]! },
      range: { start, end },
    }));
  },
});
