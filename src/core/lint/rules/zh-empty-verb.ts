import { sentenceRule, type RuleFinding } from '../rule-types';
import { ZH_EMPTY_VERB_HOSTS, ZH_HIDDEN_VERBS } from '../data/zh-words';
import { sentenceMatches, wordsPattern } from '../zh';

/** 进行, 加以 or 予以, an optional 了, then a verb of the table. */
const HOSTS = ZH_EMPTY_VERB_HOSTS.join('|');
const VERBS = wordsPattern(ZH_HIDDEN_VERBS).source;
const PATTERN = new RegExp(`(${HOSTS})(了)?(${VERBS})`, 'g');

export default sentenceRule({
  id: 'zh-empty-verb',
  description: '进行, 加以 or 予以 followed by a verb (对日志进行分析 → 分析日志).',
  defaultSeverity: 'info',
  fixable: false,
  scope: 'sentence',
  options: {},
  why: 'An empty verb (进行, 加以, 予以) in front of the real one turns an action into a noun and adds words; say the verb itself.',
  example: { bad: '我们对日志进行了分析。', good: '我们分析了日志。' },
  notes: 'Only in Chinese sentences. The verb after it comes from a table of two-character verbs (分析, 处理, 优化, 测试…). The suggestion keeps the verb (进行分析 → 分析); the object usually has to move too, so it is never applied automatically.',
  entries: ZH_EMPTY_VERB_HOSTS.map((h) => ({ match: ZH_HIDDEN_VERBS.map((v) => h + v) })),
  examples: {
    ok: ['我们分析了日志。', '会议正在进行中。', '比赛进行得很顺利。'],
    notOk: ['我们对日志进行了分析。', '对这个问题加以说明。', '对违规行为予以处罚。'],
  },
  check(ctx) {
    if (!ctx.sentence.cjk) return [];
    const out: RuleFinding[] = [];
    for (const { match, start, end } of sentenceMatches(ctx, PATTERN)) {
      const verb = match[3]!;
      out.push({
        messageId: 'emptyVerb',
        data: { text: match[0], host: match[1]!, verb },
        range: { start, end },
        suggestions: [{ titleId: 'fix.replace', data: { replacement: verb }, edits: [{ range: { start, end }, newText: verb }] }],
      });
    }
    return out;
  },
});
