import { sentenceRule } from '../rule-types';
import { sentenceLength } from '../zh';

type Options = { info: number; warning: number };

export default sentenceRule<Options>({
  id: 'zh-sentence-length',
  description: 'A long Chinese sentence, counting Han characters plus Latin words: over 60 is info, over 100 a warning.',
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'sentence',
  options: { info: 60, warning: 100 },
  why: 'A Chinese sentence has no spaces to rest on: past about 60 characters a reader has to go back to find the subject. One point per sentence reads faster.',
  example: {
    bad: '为了解决线上服务在流量高峰期间因为缓存失效而频繁出现的超时问题我们在上个月对整个缓存层进行了重新设计并且把原来部署在同一台机器上的缓存服务拆分成了独立的集群同时增加了监控和告警以便及时发现问题。',
    good: '线上服务在流量高峰时常因缓存失效而超时。上个月我们重新设计了缓存层：把缓存拆成独立的集群，并加上监控和告警。',
  },
  notes: 'Only sentences routed to Chinese (at least half of the letters are Han). Length = Han characters + Latin words (a number or `v1.2` is one word); code, URLs and markup do not count. Over `info` the finding is `info`; over `warning` it has the rule\'s severity (default `warning`). Sentences end at 。！？ and at . ! ? before a space or Chinese text; a comma does not end one. Headings and table cells are not judged.',
  examples: {
    ok: ['这句话不长。', '缓存拆成了独立的集群，并加上了监控和告警。'],
    notOk: ['为了解决线上服务在流量高峰期间因为缓存失效而频繁出现的超时问题我们在上个月对整个缓存层进行了重新设计并且把原来部署在同一台机器上的缓存服务拆分成了独立的集群。'],
  },
  check(ctx, options) {
    const { sentence, block } = ctx;
    if (!sentence.cjk || block.kind === 'heading' || block.kind === 'table-cell') return [];
    const count = sentenceLength(sentence);
    if (count <= options.info) return [];
    const minor = count <= options.warning;
    return [{
      messageId: minor ? 'long' : 'tooLong',
      data: { count, max: minor ? options.info : options.warning },
      range: { start: sentence.start, end: sentence.end },
      minor,
    }];
  },
});
