import { sentenceRule } from '../rule-types';

const VERBS = new Set(['is', 'are', 'was', 'were']);

export default sentenceRule({
  id: 'there-is',
  description: 'A sentence that opens with There is/are/was/were.',
  defaultSeverity: 'hint',
  strict: { severity: 'info', calm: 'Opening with *There is* is often fine; the calm default shows it as a hint, strict as information.' },
  fixable: false,
  scope: 'sentence',
  options: {},
  why: '"There is" delays the subject; starting with the real subject makes the sentence shorter and more direct.',
  example: { bad: 'There are three services that read this table.', good: 'Three services read this table.' },
  notes: 'Only at the start of a sentence (*There is/are/was/were*, *There\'s*); *there* elsewhere is fine.',
  examples: {
    ok: ['Three services read this table.', 'Is there a faster way?', 'We went there and it was fine.'],
    notOk: ['There are three services that read this table.', "There's a bug in the parser."],
  },
  check(ctx) {
    const [first, second] = ctx.words;
    if (!first || first.cjk) return [];
    if (first.lower === "there's") {
      return [{ messageId: 'opener', data: { opener: first.text }, range: { start: first.start, end: first.end } }];
    }
    if (first.lower !== 'there' || !second || !VERBS.has(second.lower)) return [];
    const text = ctx.block.text.slice(first.start, second.end);
    if (!/^there\s+\S+$/i.test(text)) return [];
    return [{ messageId: 'opener', data: { opener: text.replace(/\s+/g, ' ') }, range: { start: first.start, end: second.end } }];
  },
});
