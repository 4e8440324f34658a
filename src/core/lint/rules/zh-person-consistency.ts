import { documentRule, type BlockContext, type RuleFinding } from '../rule-types';

/** Offsets of 您 and of 你 (你们 included) in a block's prose. */
interface Facts {
  formal: number[];
  informal: number[];
}

function collect(ctx: BlockContext): Facts {
  const formal: number[] = [];
  const informal: number[] = [];
  const t = ctx.text;
  for (let i = t.indexOf('您'); i >= 0; i = t.indexOf('您', i + 1)) formal.push(i);
  for (let i = t.indexOf('你'); i >= 0; i = t.indexOf('你', i + 1)) informal.push(i);
  return { formal, informal };
}

export default documentRule<Record<string, never>, Facts>({
  id: 'zh-person-consistency',
  description: 'A post that addresses the reader as both 您 and 你.',
  defaultSeverity: 'info',
  fixable: false,
  scope: 'document',
  options: {},
  why: '您 and 你 set different distances to the reader; switching between them in one post reads as two authors. Pick one.',
  example: { bad: '您可以先安装依赖。然后你需要修改配置。', good: '你可以先安装依赖。然后你需要修改配置。' },
  notes: 'Counts 您 and 你 (你们 included) in the prose of the whole post (code and quotes in code are not prose). When both occur, each occurrence of the less frequent one is reported (你 on a tie), with both counts in the message.',
  examples: {
    ok: ['你可以先安装依赖。然后你需要修改配置。', '您可以先安装依赖。'],
    notOk: ['您可以先安装依赖。然后你需要修改配置。'],
  },
  collect,
  finish(items) {
    let formal = 0;
    let informal = 0;
    for (const item of items) { formal += item.facts.formal.length; informal += item.facts.informal.length; }
    if (formal === 0 || informal === 0) return [];
    const flagFormal = formal < informal;
    const data = { formal, informal, used: flagFormal ? '您' : '你', other: flagFormal ? '你' : '您' };
    const out: RuleFinding[] = [];
    for (const item of items) {
      for (const at of flagFormal ? item.facts.formal : item.facts.informal) {
        out.push({ messageId: 'mixed', data, range: { start: item.start + at, end: item.start + at + 1 } });
      }
    }
    return out;
  },
});
