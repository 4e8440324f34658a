import { sentenceRule, type RuleFinding } from '../rule-types';
import { ZH_NOT_PASSIVE } from '../data/zh-words';
import { isExcepted } from '../zh';

export default sentenceRule({
  id: 'zh-passive',
  description: '被 as a passive marker (not in 被动, 被子, 被告…).',
  defaultSeverity: 'info',
  fixable: false,
  scope: 'sentence',
  options: {},
  why: 'Chinese uses 被 far less than English uses the passive; 被 sentences often read as translated and hide who acted. Name the actor (请求被网关拒绝了 → 网关拒绝了请求).',
  example: { bad: '这个请求被网关拒绝了。', good: '网关拒绝了这个请求。' },
  notes: 'Only in Chinese sentences. 被 inside 被动, 被子, 被告, 被褥, 被单, 被窝, 棉被 and similar words is not the passive marker and is not reported.',
  entries: [{ match: ['被'] }],
  examples: {
    ok: ['网关拒绝了这个请求。', '这是被动语态。', '被告没有出庭。'],
    notOk: ['这个请求被网关拒绝了。', '数据被删除了。'],
  },
  check(ctx) {
    const { sentence, block } = ctx;
    if (!sentence.cjk) return [];
    const out: RuleFinding[] = [];
    const text = block.text.slice(sentence.start, sentence.end);
    for (let k = text.indexOf('被'); k >= 0; k = text.indexOf('被', k + 1)) {
      const i = sentence.start + k;
      if (isExcepted(block.text, i, '被', ZH_NOT_PASSIVE)) continue;
      out.push({ messageId: 'passive', range: { start: i, end: i + 1 } });
    }
    return out;
  },
});
